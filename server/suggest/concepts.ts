// Matching a note's words against a concept list (concepts-nl.ts, concepts-en.ts).
import type { Language } from '../../shared/i18n/language.js';
import { foldAccents, stem, tokenize } from './text.js';

export interface Concept {
  id: string;
  /** How much a match counts next to a plain word (1 = like a strong shared word). */
  weight: number;
  terms: string[];
}
export type ConceptList = readonly Concept[];

/** A part of a compound word: its stem, its folded form, and the word as written. */
export interface CompoundPart {
  stem: string;
  part: string;
  whole: string;
}

/** One term, stemmed: a sequence of stems; the last may be a prefix. */
interface Pattern {
  stems: string[];
  prefix: boolean;
}

export interface CompiledConcepts {
  /** Single-word terms by stem (exact). */
  single: Map<string, Set<string>>;
  /** Single-word prefix terms. */
  prefixes: { prefix: string; concept: string }[];
  /** Phrases, by the stem of their first word. */
  phrases: Map<string, { pattern: Pattern; concept: string }[]>;
  weights: Map<string, number>;
}

export function compileConcepts(list: ConceptList, language: Language): CompiledConcepts {
  const compiled: CompiledConcepts = { single: new Map(), prefixes: [], phrases: new Map(), weights: new Map() };
  for (const concept of list) {
    compiled.weights.set(concept.id, concept.weight);
    for (const term of concept.terms) {
      const prefix = term.endsWith('*');
      const tokens = tokenize(prefix ? term.slice(0, -1) : term);
      if (tokens.length === 0) continue;
      // a prefix is kept unstemmed: "logeer" must still match "logeeropvang"
      const stems = tokens.map((t, i) => (prefix && i === tokens.length - 1 ? foldAccents(t) : stem(t, language)));
      const [first] = stems;
      if (first === undefined) continue;
      if (tokens.length === 1 && prefix) compiled.prefixes.push({ prefix: first, concept: concept.id });
      else if (tokens.length === 1) addTo(compiled.single, first, concept.id);
      else {
        const list = compiled.phrases.get(first) ?? [];
        list.push({ pattern: { stems, prefix }, concept: concept.id });
        compiled.phrases.set(first, list);
      }
    }
  }
  return compiled;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/**
 * The concepts a note touches, each with the words that touched it (as written, for
 * naming). `stems` is the note's full word sequence (stop words
 * included, for phrases), `surfaces` the same words as written, `parts` the parts of
 * its compound words.
 */
export function matchConcepts(compiled: CompiledConcepts, stems: string[], surfaces: string[], parts: readonly CompoundPart[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (concept: string, words: string) => found.set(concept, [...(found.get(concept) ?? []), words]);
  stems.forEach((s, i) => {
    for (const c of compiled.single.get(s) ?? []) add(c, surfaces[i] ?? s);
  });
  surfaces.forEach((word) => {
    for (const { prefix, concept } of compiled.prefixes) if (foldAccents(word).startsWith(prefix)) add(concept, word);
  });
  // a compound matched through one of its parts is named by the whole word
  for (const part of parts) {
    for (const c of compiled.single.get(part.stem) ?? []) if (!found.has(c)) add(c, part.whole);
    for (const { prefix, concept } of compiled.prefixes) if (part.part.startsWith(prefix) && !found.has(concept)) add(concept, part.whole);
  }
  for (let i = 0; i < stems.length; i++) {
    for (const { pattern, concept } of compiled.phrases.get(stems[i] ?? '') ?? []) {
      if (matchesAt(pattern, stems, surfaces, i)) add(concept, surfaces.slice(i, i + pattern.stems.length).join(' '));
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
