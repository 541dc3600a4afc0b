// Matching a note's words against a concept list (concepts-nl.ts, concepts-en.ts).
import type { Language } from '../../shared/i18n/language.js';
import { foldAccents, stem, tokenize } from './text.js';

export interface Concept {
  id: string;
  /** How much a match counts next to a plain word (1 = like a strong shared word). */
  weight: number;
  /** Most name-like first: a theme is named by the note words that match early terms. */
  terms: string[];
}
export type ConceptList = readonly Concept[];

/** A part of a compound word: its stem, its folded form, and the word as written. */
export interface CompoundPart {
  stem: string;
  part: string;
  whole: string;
}

/** The words of a note that touched a concept, and how early their term is listed (0 = first, 1 = last). */
export interface Trigger {
  word: string;
  rank: number;
}

interface Hit {
  concept: string;
  rank: number;
}

/** One term, stemmed: a sequence of stems; the last may be a prefix. */
interface Pattern {
  stems: string[];
  prefix: boolean;
}

export interface CompiledConcepts {
  single: Map<string, Hit[]>;
  prefixes: { prefix: string; hit: Hit }[];
  /** Phrases, by the stem of their first word. */
  phrases: Map<string, { pattern: Pattern; hit: Hit }[]>;
  weights: Map<string, number>;
}

export function compileConcepts(list: ConceptList, language: Language): CompiledConcepts {
  const compiled: CompiledConcepts = { single: new Map(), prefixes: [], phrases: new Map(), weights: new Map() };
  for (const concept of list) {
    compiled.weights.set(concept.id, concept.weight);
    concept.terms.forEach((term, index) => {
      const hit: Hit = { concept: concept.id, rank: index / Math.max(1, concept.terms.length - 1) };
      const prefix = term.endsWith('*');
      const tokens = tokenize(prefix ? term.slice(0, -1) : term);
      // a prefix is kept unstemmed: "logeer" must still match "logeeropvang"
      const stems = tokens.map((t, i) => (prefix && i === tokens.length - 1 ? foldAccents(t) : stem(t, language)));
      const [first] = stems;
      if (first === undefined) return;
      if (tokens.length === 1 && prefix) compiled.prefixes.push({ prefix: first, hit });
      else if (tokens.length === 1) compiled.single.set(first, [...(compiled.single.get(first) ?? []), hit]);
      else compiled.phrases.set(first, [...(compiled.phrases.get(first) ?? []), { pattern: { stems, prefix }, hit }]);
    });
  }
  return compiled;
}

/**
 * The concepts a note touches, each with the words that touched it. `stems` is the
 * note's full word sequence (stop words included, for phrases), `surfaces` the same
 * words as written, `parts` the parts of its compound words.
 */
export function matchConcepts(compiled: CompiledConcepts, stems: string[], surfaces: string[], parts: readonly CompoundPart[]): Map<string, Trigger[]> {
  const found = new Map<string, Trigger[]>();
  const add = (hit: Hit, word: string) => found.set(hit.concept, [...(found.get(hit.concept) ?? []), { word, rank: hit.rank }]);
  stems.forEach((s, i) => {
    for (const hit of compiled.single.get(s) ?? []) add(hit, surfaces[i] ?? s);
  });
  surfaces.forEach((word) => {
    for (const { prefix, hit } of compiled.prefixes) if (foldAccents(word).startsWith(prefix)) add(hit, word);
  });
  // a compound matched through one of its parts is named by the whole word
  for (const part of parts) {
    for (const hit of compiled.single.get(part.stem) ?? []) if (!found.has(hit.concept)) add(hit, part.whole);
    for (const { prefix, hit } of compiled.prefixes) if (part.part.startsWith(prefix) && !found.has(hit.concept)) add(hit, part.whole);
  }
  for (let i = 0; i < stems.length; i++) {
    for (const { pattern, hit } of compiled.phrases.get(stems[i] ?? '') ?? []) {
      if (matchesAt(pattern, stems, surfaces, i)) add(hit, surfaces.slice(i, i + pattern.stems.length).join(' '));
    }
  }
  return found;
}

function matchesAt(pattern: Pattern, stems: string[], surfaces: string[], at: number): boolean {
  const n = pattern.stems.length;
  if (at + n > stems.length) return false;
  for (let k = 0; k < n; k++) {
    const last = k === n - 1;
    if (last && pattern.prefix) {
      if (!foldAccents(surfaces[at + k] ?? '').startsWith(pattern.stems[k] ?? '')) return false;
    } else if (stems[at + k] !== pattern.stems[k]) return false;
  }
  return true;
}
