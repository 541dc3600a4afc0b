// Theme suggestions for the notes of one step, and the notes most like a given one.
// Pure functions: the route reads the board and hands over plain notes and themes.
import type { Language } from '../../shared/i18n/language.js';
import { clusterByThreshold } from './cluster.js';
import { conceptWeight, cosine, similarityMatrix, DEFAULT_TUNING, knownParts, noteFeatures, tfidf, type NoteFeatures, type Tuning, type Vector } from './features.js';
import { nameCluster } from './naming.js';

export interface SuggestNote {
  id: string;
  text: string;
  /** Set when the note is already in an existing theme; such notes stay where they are. */
  themeId?: string;
}

export interface SuggestInput {
  language: Language;
  notes: readonly SuggestNote[];
  themes: readonly { id: string; name: string }[];
}

export interface Suggestion {
  name: string;
  noteIds: string[];
  /** An existing theme these (unthemed) notes fit; absent for a new theme. */
  themeId?: string;
}

export interface SuggestResult {
  suggestions: Suggestion[];
  /** Unthemed notes that fit nowhere (a theme of one is no theme). */
  unplaced: string[];
}

export interface SuggestOptions {
  /** Average cosine similarity at which notes belong together. */
  threshold: number;
  tuning: Tuning;
}

export const DEFAULT_OPTIONS: SuggestOptions = { threshold: 0.1, tuning: DEFAULT_TUNING };

interface Prepared {
  features: NoteFeatures[];
  vectors: Vector[];
}

/** Vectors for the notes, with each existing theme's name as one more pseudo-note at the end. */
function prepare(texts: readonly string[], language: Language, tuning: Tuning): Prepared {
  const known = knownParts(texts, language);
  const splits = new Map<string, string[] | null>();
  const features = texts.map((t) => noteFeatures(t, language, known, tuning, splits));
  return { features, vectors: tfidf(features) };
}

const EMPTY: Vector = new Map();
const similarity = (vectors: readonly Vector[], i: number, j: number): number => cosine(vectors[i] ?? EMPTY, vectors[j] ?? EMPTY);

function averageSimilarity(vectors: readonly Vector[], a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let sum = 0;
  for (const i of a) for (const j of b) sum += similarity(vectors, i, j);
  return sum / (a.length * b.length);
}

export function suggestThemes(input: SuggestInput, options: SuggestOptions = DEFAULT_OPTIONS): SuggestResult {
  const { notes, themes, language } = input;
  const themeIds = new Set(themes.map((t) => t.id));
  const texts = [...notes.map((n) => n.text), ...themes.map((t) => t.name)];
  const { features, vectors } = prepare(texts, language, options.tuning);

  // each existing theme: its notes plus its name
  const themeMembers = new Map<string, number[]>(themes.map((t, k) => [t.id, [notes.length + k]]));
  const loose: number[] = [];
  notes.forEach((n, i) => {
    if (n.themeId && themeIds.has(n.themeId)) themeMembers.get(n.themeId)?.push(i);
    else loose.push(i);
  });

  const idsOf = (members: readonly number[]): string[] => members.map((i) => notes[i]?.id ?? '');
  const placed = new Map<string, number[]>();
  const place = (themeId: string, members: readonly number[]) => placed.set(themeId, [...(placed.get(themeId) ?? []), ...members]);
  const bestTheme = (members: readonly number[]): string | null => {
    let best: string | null = null;
    let bestSim = options.threshold;
    for (const [id, inTheme] of themeMembers) {
      const s = averageSimilarity(vectors, members, inTheme);
      if (s >= bestSim) [best, bestSim] = [id, s];
    }
    return best;
  };

  // notes that clearly fit an existing theme go there first
  const rest: number[] = [];
  for (const i of loose) {
    const fit = bestTheme([i]);
    if (fit) place(fit, [i]);
    else rest.push(i);
  }

  const sim = similarityMatrix(rest.map((i) => vectors[i] ?? EMPTY));
  const suggestions: Suggestion[] = [];
  const unplaced: string[] = [];
  for (const cluster of clusterByThreshold(sim, rest.length, options.threshold)) {
    const members = cluster.map((k) => rest[k] ?? 0);
    const fit = bestTheme(members);
    if (fit) place(fit, members);
    else if (members.length < 2) unplaced.push(...idsOf(members));
    else suggestions.push({ name: nameCluster(members, features, language, (id) => conceptWeight(language, id)), noteIds: idsOf(members) });
  }
  const existing: Suggestion[] = themes
    .filter((t) => placed.has(t.id))
    .map((t) => ({ name: t.name, themeId: t.id, noteIds: idsOf(placed.get(t.id) ?? []) }));
  return { suggestions: [...existing, ...suggestions], unplaced };
}

export interface SimilarNote {
  noteId: string;
  /** Cosine similarity, 0..1. */
  score: number;
}

/** The notes most like `noteId` among `notes`, best first, above a floor. */
export function similarNotes(
  notes: readonly SuggestNote[],
  noteId: string,
  language: Language,
  limit = 5,
  options: SuggestOptions = DEFAULT_OPTIONS,
): SimilarNote[] {
  const index = notes.findIndex((n) => n.id === noteId);
  if (index < 0) return [];
  const { vectors } = prepare(
    notes.map((n) => n.text),
    language,
    options.tuning,
  );
  return notes
    .map((n, i) => ({ noteId: n.id, score: i === index ? -1 : similarity(vectors, index, i) }))
    .filter((s) => s.score >= options.threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
