// The theme-suggestion endpoints (docs/protocol.md): request bodies validated on the
// server, answers typed for the client.
import { z } from 'zod';
import { STEP_IDS } from './steps.js';

export const suggestThemesBody = z.object({ step: z.enum(STEP_IDS) }).strict();
export type SuggestThemesBody = z.infer<typeof suggestThemesBody>;

export interface ThemeSuggestion {
  /** A short name in the notes' own words (an existing theme's name when `themeId` is set). */
  name: string;
  /** Unthemed notes of the step proposed for this theme. */
  noteIds: string[];
  /** Set when the notes fit a theme that already exists; absent for a new theme. */
  themeId?: string;
}

export interface SuggestThemesResponse {
  suggestions: ThemeSuggestion[];
  /** Unthemed notes that fit no theme. */
  unplaced: string[];
}

export const MAX_SIMILAR = 20;
export const similarNotesBody = z.object({ noteId: z.string().min(1).max(100), limit: z.number().int().min(1).max(MAX_SIMILAR).optional() }).strict();
export type SimilarNotesBody = z.infer<typeof similarNotesBody>;

export interface SimilarNotesResponse {
  /** Notes of the same step most like the given one, best first; score is 0..1. */
  similar: { noteId: string; score: number }[];
}
