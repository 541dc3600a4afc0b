// Clustering and suggesting on small crafted cases.
import { describe, expect, it } from 'vitest';
import { clusterByThreshold } from '../../server/suggest/cluster.js';
import { similarNotes, suggestThemes } from '../../server/suggest/suggest.js';

function matrix(rows: number[][]): Float64Array {
  return Float64Array.from(rows.flat());
}

describe('clusterByThreshold', () => {
  it('finds the number of clusters itself', () => {
    const sim = matrix([
      [1, 0.9, 0.8, 0, 0],
      [0.9, 1, 0.85, 0.05, 0],
      [0.8, 0.85, 1, 0, 0.1],
      [0, 0.05, 0, 1, 0.7],
      [0, 0, 0.1, 0.7, 1],
    ]);
    expect(clusterByThreshold(sim, 5, 0.5)).toEqual([[0, 1, 2], [3, 4]]);
    expect(clusterByThreshold(sim, 5, 0.01)).toEqual([[0, 1, 2, 3, 4]]);
    expect(clusterByThreshold(sim, 5, 0.95)).toEqual([[0], [1], [2], [3], [4]]);
  });

  it('uses average linkage: one close pair does not pull two groups together', () => {
    // 0-1 and 2-3 are groups; only 1-2 are close across them
    const sim = matrix([
      [1, 0.9, 0, 0],
      [0.9, 1, 0.6, 0],
      [0, 0.6, 1, 0.9],
      [0, 0, 0.9, 1],
    ]);
    expect(clusterByThreshold(sim, 4, 0.3)).toEqual([[0, 1], [2, 3]]);
  });

  it('handles none and one', () => {
    expect(clusterByThreshold(new Float64Array(0), 0, 0.5)).toEqual([]);
    expect(clusterByThreshold(Float64Array.of(1), 1, 0.5)).toEqual([[0]]);
  });
});

const notes = [
  { id: 'a1', text: 'Iemand die ik altijd kan bellen' },
  { id: 'a2', text: 'Eén loket voor al mijn vragen' },
  { id: 'a3', text: 'De casemanager nam ook s avonds op' },
  { id: 'b1', text: 'Het mantelzorgcafé op donderdagavond' },
  { id: 'b2', text: 'Praten met andere mantelzorgers die hetzelfde meemaken' },
  { id: 'b3', text: 'Lotgenotencontact via het steunpunt' },
  { id: 'c1', text: 'Logeeropvang zodat ik een weekend weg kon' },
  { id: 'c2', text: 'Dagbesteding, dan heb ik tijd voor mezelf' },
  { id: 'c3', text: 'Even ademhalen, al is het maar een uurtje' },
];
const groupOf = (id: string) => id[0];

describe('suggestThemes', () => {
  it('groups notes by meaning and names each group with the notes\' own words', () => {
    const { suggestions } = suggestThemes({ language: 'nl', notes, themes: [] });
    expect(suggestions).toHaveLength(3);
    for (const s of suggestions) {
      expect(new Set(s.noteIds.map(groupOf)).size).toBe(1);
      expect(s.themeId).toBeUndefined();
      const words = s.name.toLowerCase().split(/ en /);
      for (const w of words) expect(notes.filter((n) => s.noteIds.includes(n.id)).some((n) => n.text.toLowerCase().includes(w))).toBe(true);
    }
  });

  it('leaves notes in themes alone and places unthemed ones into an existing theme that fits', () => {
    const themed = notes.map((n) => (n.id === 'b1' || n.id === 'b2' ? { ...n, themeId: 't-peers' } : n));
    const { suggestions } = suggestThemes({ language: 'nl', notes: themed, themes: [{ id: 't-peers', name: 'Lotgenoten' }] });
    const intoExisting = suggestions.find((s) => s.themeId === 't-peers');
    expect(intoExisting?.noteIds).toEqual(['b3']);
    expect(intoExisting?.name).toBe('Lotgenoten');
    const all = suggestions.flatMap((s) => s.noteIds);
    expect(all).not.toContain('b1');
    expect(all).not.toContain('b2');
  });

  it('suggests nothing for an empty step and keeps a lone odd note unplaced', () => {
    expect(suggestThemes({ language: 'nl', notes: [], themes: [] })).toEqual({ suggestions: [], unplaced: [] });
    const odd = [...notes, { id: 'x', text: 'Fietsen langs de Vecht' }];
    expect(suggestThemes({ language: 'nl', notes: odd, themes: [] }).unplaced).toContain('x');
  });

  it('works in English', () => {
    const en = [
      { id: 'a1', text: 'Someone I can always call' },
      { id: 'a2', text: 'A single front desk for my questions' },
      { id: 'b1', text: 'The carers cafe on Thursdays' },
      { id: 'b2', text: 'A support group with other carers' },
    ];
    const { suggestions } = suggestThemes({ language: 'en', notes: en, themes: [] });
    expect(suggestions.map((s) => s.noteIds.sort())).toEqual(expect.arrayContaining([['a1', 'a2'], ['b1', 'b2']]));
  });
});

describe('similarNotes', () => {
  it('returns the notes most like the given one, best first, not itself', () => {
    const similar = similarNotes(notes, 'c1', 'nl', 3);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.map((s) => s.noteId)).not.toContain('c1');
    expect(similar.every((s) => s.noteId.startsWith('c'))).toBe(true);
    expect(similarNotes(notes, 'nope', 'nl')).toEqual([]);
  });
});
