// Theme suggestions against the hand-labelled sets in tests/fixtures/themes: adjusted
// Rand index and majority share per set, and the time to suggest for 40, 200 and 1,000
// notes (medians). `npx tsx bench/suggest-eval.ts [--verbose]` prints the figures and the
// markdown section for docs/benchmarks.md.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Language } from '../shared/i18n/language.js';
import { suggestThemes, DEFAULT_OPTIONS, type SuggestOptions } from '../server/suggest/suggest.js';
import { adjustedRandIndex, majorityShare } from './lib/agreement.js';

interface Fixture {
  language: Language;
  workshops: { id: string; use: string; sets: { step: string; themes: Record<string, string[]> }[] }[];
}

export interface SetScore {
  language: Language;
  workshop: string;
  use: string;
  step: string;
  notes: number;
  handThemes: number;
  suggested: number;
  unplaced: number;
  ari: number;
  majority: number;
}

export function loadFixture(language: Language): Fixture {
  return JSON.parse(fs.readFileSync(new URL(`../tests/fixtures/themes/${language}.json`, import.meta.url), 'utf8')) as Fixture;
}

export function scoreFixture(fixture: Fixture, options: SuggestOptions = DEFAULT_OPTIONS, verbose = false): SetScore[] {
  const scores: SetScore[] = [];
  for (const workshop of fixture.workshops) {
    for (const set of workshop.sets) {
      const notes = Object.entries(set.themes).flatMap(([theme, texts]) => texts.map((text, k) => ({ id: `${theme}#${k}`, text, theme })));
      const result = suggestThemes({ language: fixture.language, notes, themes: [] }, options);
      const where = new Map<string, string>();
      result.suggestions.forEach((s, k) => s.noteIds.forEach((id) => where.set(id, `s${k}`)));
      const truth = notes.map((n) => n.theme);
      const predicted = notes.map((n) => where.get(n.id) ?? null);
      scores.push({
        language: fixture.language,
        workshop: workshop.id,
        use: workshop.use,
        step: set.step,
        notes: notes.length,
        handThemes: Object.keys(set.themes).length,
        suggested: result.suggestions.length,
        unplaced: result.unplaced.length,
        // a note left unplaced is a theme of its own for the index
        ari: adjustedRandIndex(truth, predicted.map((p, i) => p ?? `u${i}`)),
        majority: majorityShare(truth, predicted),
      });
      if (verbose) {
        console.log(`\n== ${fixture.language} ${workshop.id} ${set.step}`);
        for (const s of result.suggestions) console.log(`  [${s.name}] ${s.noteIds.map((id) => id.split('#')[0]).join(' | ')}`);
        console.log(`  unplaced: ${result.unplaced.map((id) => id.split('#')[0]).join(' | ')}`);
      }
    }
  }
  return scores;
}

/** Notes-weighted mean of a field over some sets. */
export function weighted(scores: readonly SetScore[], field: 'ari' | 'majority'): number {
  const total = scores.reduce((s, x) => s + x.notes, 0);
  return scores.reduce((s, x) => s + x[field] * x.notes, 0) / total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median milliseconds to suggest for `size` notes drawn from the Dutch set (names varied so notes are distinct). */
export function timeFor(size: number, runs: number): number {
  const pool = loadFixture('nl').workshops.flatMap((w) => w.sets.flatMap((s) => Object.values(s.themes).flat()));
  const extra = ['vooral', 'bij ons', 'in de wijk', 'vorig jaar', 'op maandag', 'met de buren', 'bij oma'];
  const notes = Array.from({ length: size }, (_, i) => ({ id: `n${i}`, text: `${pool[i % pool.length]} ${i >= pool.length ? (extra[i % extra.length] ?? '') : ''}`.trim() }));
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    suggestThemes({ language: 'nl', notes, themes: [] });
    times.push(performance.now() - t0);
  }
  return median(times);
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const verbose = process.argv.includes('--verbose');
  const all = [...scoreFixture(loadFixture('nl'), DEFAULT_OPTIONS, verbose), ...scoreFixture(loadFixture('en'), DEFAULT_OPTIONS, verbose)];
  console.log('\nlanguage workshop use step notes hand suggested unplaced ARI majority');
  for (const s of all) console.log([s.language, s.workshop, s.use, s.step, s.notes, s.handThemes, s.suggested, s.unplaced, s.ari.toFixed(2), s.majority.toFixed(2)].join('\t'));
  const groups: [string, SetScore[]][] = [
    ['nl, workshop A (tuning)', all.filter((s) => s.language === 'nl' && s.workshop === 'A')],
    ['nl, workshop B (held out)', all.filter((s) => s.language === 'nl' && s.workshop === 'B')],
    ['nl, all', all.filter((s) => s.language === 'nl')],
    ['en', all.filter((s) => s.language === 'en')],
  ];
  for (const [label, scores] of groups) console.log(`${label}: ARI ${weighted(scores, 'ari').toFixed(2)}, majority ${weighted(scores, 'majority').toFixed(2)}`);
  // the same pipeline without the concept lists: what shared words alone achieve
  const wordsOnly = { ...DEFAULT_OPTIONS, tuning: { ...DEFAULT_OPTIONS.tuning, conceptWeight: 0 } };
  for (const language of ['nl', 'en'] as const) {
    const scores = scoreFixture(loadFixture(language), wordsOnly);
    console.log(`${language} without concepts: ARI ${weighted(scores, 'ari').toFixed(2)}, majority ${weighted(scores, 'majority').toFixed(2)}`);
  }
  if (!process.argv.includes('--no-time')) {
    for (const size of [40, 200, 1000]) console.log(`time ${size} notes: ${timeFor(size, size >= 1000 ? 5 : 11).toFixed(1)} ms (median)`);
  }
}
