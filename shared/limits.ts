// Every size limit of the board and the workshop settings, and how a text's length is
// counted. Imports nothing (no yjs, no zod), so the smallest page can use it.

export const LIMITS = {
  /** A note's text, and a Design note's first action. */
  noteText: 500,
  /** A participant's name. */
  name: 60,
  /** A workshop title, a place, a facilitator's name, a theme name, an action's owner. */
  title: 120,
  /** A step's question or instruction, per language. */
  stepText: 400,
  /** An action's description. */
  actionText: 500,
  /** The short note with an action's status ("what happened"). */
  statusNote: 280,
  /** Ids: keys in the document and the store. */
  id: 100,
  /** Dots one participant may spend, at most (the facilitator picks 1 to this). */
  dotsPerParticipant: 20,
  /** What a map entry offers, and for whom, in free text. */
  mapText: 200,
  /** Discover themes one ambition builds on. */
  buildsOn: 10,
  /** Entries one participant may have on the social map (themselves, their organisations). */
  mapEntriesPerParticipant: 10,
  /** Ties one participant may draw. */
  mapTiesPerParticipant: 40,
} as const;

// One segmenter for the process: creating one costs more than using it. Made on first
// use, not when the module loads: creating it loads ICU's break rules, about 50 ms on a
// throttled phone, and the join page imports LIMITS without ever counting a text.
let segmenter: Intl.Segmenter | undefined;
function graphemes(): Intl.Segmenter {
  return (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
}

/**
 * The length of a text as a person counts it: grapheme clusters, so an emoji, a flag or a
 * letter with an accent is one character however many UTF-16 units it takes.
 */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of graphemes().segment(text)) n++;
  return n;
}

/** True when `text` has at most `max` characters (cheap when its UTF-16 length fits). */
export function fitsLength(text: string, max: number): boolean {
  // A grapheme is at least one UTF-16 unit, so a short enough string never needs segmenting.
  return text.length <= max || textLength(text) <= max;
}

/** The first `max` characters of `text`, never splitting one. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let n = 0;
  for (const { index } of graphemes().segment(text)) if (n++ === max) return text.slice(0, index);
  return text;
}
