// A suggested theme's name, in the notes' own words. When most of the cluster's notes
// touch one concept, the name is the words they used for it ("Bellen en loket");
// otherwise the words that set these notes apart from the rest of the step (more
// common inside the cluster than outside it), as the notes write them ("mantelzorgcafé",
// never the stem "mantelzorgcaf").
import type { Language } from '../../shared/i18n/language.js';
import type { NoteFeatures } from './features.js';

const AND: Record<Language, string> = { nl: 'en', en: 'and' };

export function nameCluster(members: readonly number[], features: readonly NoteFeatures[], language: Language, conceptWeight: (id: string) => number): string {
  const words = conceptWords(members, features, conceptWeight) ?? distinctiveWords(members, features);
  const name = words.join(` ${AND[language]} `);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function conceptWords(members: readonly number[], features: readonly NoteFeatures[], conceptWeight: (id: string) => number): string[] | null {
  const byConcept = new Map<string, Map<string, { notes: number; rank: number }>>();
  for (const i of members) {
    for (const [concept, triggers] of features[i]?.triggers ?? []) {
      if (conceptWeight(concept) < 1) continue;
      const words = byConcept.get(concept) ?? new Map<string, { notes: number; rank: number }>();
      const seen = new Set<string>();
      for (const { word, rank } of triggers) {
        if (seen.has(word)) continue;
        seen.add(word);
        const entry = words.get(word) ?? { notes: 0, rank };
        words.set(word, { notes: entry.notes + 1, rank: Math.min(entry.rank, rank) });
      }
      byConcept.set(concept, words);
    }
  }
  const notesWith = (concept: string) => members.filter((i) => features[i]?.triggers.has(concept)).length;
  const [best] = [...byConcept.keys()].map((c) => ({ c, n: notesWith(c) })).sort((a, b) => b.n - a.n || a.c.localeCompare(b.c));
  if (!best || best.n < Math.max(2, members.length / 2)) return null;
  // words more notes use first; among equals, the one whose term the list puts first
  // (the lists start with their most name-like words); phrases only when common
  const ranked = [...(byConcept.get(best.c) ?? new Map<string, { notes: number; rank: number }>()).entries()]
    .filter(([w, e]) => !w.includes(' ') || e.notes >= 3)
    .map(([w, e]) => ({ w, score: e.notes + (1 - e.rank) * 0.9 }))
    .sort((a, b) => b.score - a.score || a.w.localeCompare(b.w));
  const [first, second] = ranked;
  if (!first) return null;
  return second && second.score >= 2 ? [first.w, second.w] : [first.w];
}

function distinctiveWords(members: readonly number[], features: readonly NoteFeatures[]): string[] {
  const inside = new Set(members);
  const outsideCount = Math.max(1, features.length - members.length);
  const counts = new Map<string, { inn: number; out: number }>();
  features.forEach((f, i) => {
    for (const stem of f.surfaces.keys()) {
      if (/^\d+$/.test(stem)) continue;
      const c = counts.get(stem) ?? { inn: 0, out: 0 };
      if (inside.has(i)) c.inn++;
      else c.out++;
      counts.set(stem, c);
    }
  });
  const ranked = [...counts.entries()]
    .filter(([, c]) => c.inn > 0)
    .map(([stem, c]) => ({ stem, score: c.inn / members.length - c.out / outsideCount, inn: c.inn }))
    .sort((a, b) => b.score - a.score || b.inn - a.inn || a.stem.localeCompare(b.stem));
  const [top] = ranked;
  if (!top) return [];
  const chosen = [top];
  const second = ranked.find((r) => r !== top && r.inn >= 2 && r.score >= top.score * 0.6);
  if (second) chosen.push(second);
  const surfaces = chosen.map((c) => surfaceOf(c.stem, members, features));
  return surfaces.filter((w, i) => surfaces.indexOf(w) === i);
}

function surfaceOf(stem: string, members: readonly number[], features: readonly NoteFeatures[]): string {
  const counts = new Map<string, number>();
  for (const i of members) for (const s of features[i]?.surfaces.get(stem) ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length);
  return best ? best[0] : stem;
}
