// A note as a weighted bag of features: its word stems, the stems of its compound
// parts, and the concepts it touches. Weighted by TF-IDF within the workshop, so a word
// every note uses ("mantelzorger") counts for little and a rare shared word for much.
import type { Language } from '../../shared/i18n/language.js';
import { compileConcepts, matchConcepts, type CompiledConcepts, type CompoundPart, type Trigger } from './concepts.js';
import { CONCEPTS_NL } from './concepts-nl.js';
import { CONCEPTS_EN } from './concepts-en.js';
import { COMMON_PARTS_NL, splitCompound } from './compounds.js';
import { foldAccents, stem, words } from './text.js';

export type Vector = Map<string, number>;

export interface NoteFeatures {
  /** feature -> raw weight before IDF ("w:" stems, "c:" concepts). */
  counts: Map<string, number>;
  /** stem -> surface words that produced it, for naming themes in the notes' words. */
  surfaces: Map<string, string[]>;
  /** concept -> the words of the note that touched it. */
  triggers: Map<string, Trigger[]>;
}

export interface Tuning {
  /** Weight of a compound part next to a whole word. */
  partWeight: number;
  /** Weight of a concept feature (times the concept's own weight). */
  conceptWeight: number;
}

export const DEFAULT_TUNING: Tuning = { partWeight: 0.6, conceptWeight: 2 };

const compiledCache = new Map<Language, CompiledConcepts>();
function conceptsFor(language: Language): CompiledConcepts {
  let compiled = compiledCache.get(language);
  if (!compiled) {
    compiled = compileConcepts(language === 'nl' ? CONCEPTS_NL : CONCEPTS_EN, language);
    compiledCache.set(language, compiled);
  }
  return compiled;
}

export function conceptWeight(language: Language, id: string): number {
  return conceptsFor(language).weights.get(id) ?? 1;
}

/** Words known to the compound splitter: the workshop's own words and common parts. */
export function knownParts(texts: readonly string[], language: Language): Set<string> {
  const known = new Set<string>(language === 'nl' ? COMMON_PARTS_NL : []);
  if (language !== 'nl') return known;
  for (const text of texts) for (const w of words(text, language)) if (!w.stop && w.surface.length >= 3) known.add(foldAccents(w.surface));
  return known;
}

/**
 * `splits` caches compound splits across the notes of one call (the same words recur);
 * it belongs with `known`, since what splits depends on the known parts.
 */
export function noteFeatures(
  text: string,
  language: Language,
  known: ReadonlySet<string>,
  tuning: Tuning = DEFAULT_TUNING,
  splits: Map<string, string[] | null> = new Map(),
): NoteFeatures {
  const ws = words(text, language);
  const counts = new Map<string, number>();
  const surfaces = new Map<string, string[]>();
  const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  const parts: CompoundPart[] = [];
  for (const w of ws) {
    if (w.stop) continue;
    add(`w:${w.stem}`, 1);
    surfaces.set(w.stem, [...(surfaces.get(w.stem) ?? []), w.surface]);
    if (language !== 'nl') continue;
    const folded = foldAccents(w.surface);
    let split = splits.get(folded);
    if (split === undefined) {
      split = splitCompound(folded, known);
      splits.set(folded, split);
    }
    for (const part of split ?? []) {
      const s = stem(part, language);
      parts.push({ stem: s, part, whole: w.surface });
      add(`w:${s}`, tuning.partWeight);
      // the whole compound names the part better than the bare part does
      surfaces.set(s, [...(surfaces.get(s) ?? []), w.surface]);
    }
  }
  const compiled = conceptsFor(language);
  const concepts = matchConcepts(
    compiled,
    ws.map((w) => w.stem),
    ws.map((w) => w.surface),
    parts,
  );
  for (const c of concepts.keys()) add(`c:${c}`, tuning.conceptWeight * (compiled.weights.get(c) ?? 1));
  return { counts, surfaces, triggers: concepts };
}

/** TF-IDF vectors, L2-normalised, for the notes of one workshop step. */
export function tfidf(all: readonly NoteFeatures[]): Vector[] {
  const df = new Map<string, number>();
  for (const f of all) for (const key of f.counts.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = all.length;
  return all.map((f) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [key, tf] of f.counts) {
      const w = tf * (Math.log((1 + n) / (1 + (df.get(key) ?? 0))) + 1);
      v.set(key, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [key, w] of v) v.set(key, w / norm);
    return v;
  });
}

/**
 * All pairwise cosines of `vectors` (L2-normalised) as an n×n matrix, through an
 * inverted index: only pairs that share a feature are ever touched, which for short
 * notes is far fewer than all n² pairs.
 */
export function similarityMatrix(vectors: readonly Vector[]): Float64Array {
  const n = vectors.length;
  const sim = new Float64Array(n * n);
  const postings = new Map<string, { note: number; weight: number }[]>();
  vectors.forEach((v, note) => {
    for (const [key, weight] of v) {
      const list = postings.get(key);
      if (list) list.push({ note, weight });
      else postings.set(key, [{ note, weight }]);
    }
  });
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      const a = list[x];
      if (!a) continue;
      for (let y = x + 1; y < list.length; y++) {
        const b = list[y];
        if (!b) continue;
        const product = a.weight * b.weight;
        const [ab, ba] = [a.note * n + b.note, b.note * n + a.note];
        sim[ab] = (sim[ab] ?? 0) + product;
        sim[ba] = (sim[ba] ?? 0) + product;
      }
    }
  }
  for (let i = 0; i < n; i++) sim[i * n + i] = 1;
  return sim;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, w] of small) {
    const other = large.get(key);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}
