// Paired appreciative interviews (Discover): the guide every phone shows, and the round
// the server runs. The round is server-decided state (shared/room.ts); who may write an
// interview note follows from it (server/yjs/authorize.ts).
// No zod here: the phone and projector import this module, and the guide's schema is in
// shared/settings.ts with the other settings.
import type { LocalText } from './steps.js';

export const INTERVIEW_LIMITS = {
  /** Questions in the guide. */
  questions: 8,
  /** Minutes per turn, at most. */
  turnMinutes: 60,
} as const;

export const DEFAULT_INTERVIEW_MINUTES = 10;

export const DEFAULT_INTERVIEW_GUIDE: LocalText[] = [
  {
    nl: 'Vertel over een keer dat samenwerken rond een mantelzorger heel goed ging. Wat gebeurde er?',
    en: 'Tell me about a time when working together around a carer went really well. What happened?',
  },
  {
    nl: 'Wat waardeerde je toen in jezelf? En in de anderen?',
    en: 'What did you value in yourself then? And in the others?',
  },
  {
    nl: 'Wat maakte het mogelijk? Wat hielp?',
    en: 'What made it possible? What helped?',
  },
  {
    nl: 'Als je één wens mag doen voor de toekomst, wat is die dan?',
    en: 'If you could make one wish for the future, what would it be?',
  },
];

export const INTERVIEW_PHASES = ['proposed', 'running', 'ended'] as const;
export type InterviewPhase = (typeof INTERVIEW_PHASES)[number];

/**
 * One interview round. `groups` are rings of participant ids: in [a, b] a interviews b,
 * then b interviews a; in a trio each interviews the next. In turn t, the t-th member of
 * every group asks the questions; a pair is done after two turns, a trio after three.
 */
export interface InterviewRound {
  phase: InterviewPhase;
  groups: string[][];
  /** 0-based; `turns` is the size of the largest group. */
  turn: number;
  turns: number;
  turnMs: number;
  /** Server clock (ms) when the current turn ends; null before the start and after the end. */
  endsAt: number | null;
  /** When the pairs were made: interview notes written since belong to this round. */
  createdAt: number;
}

export const turnsFor = (groups: readonly (readonly string[])[]): number => Math.max(2, ...groups.map((g) => g.length));

/**
 * While a round is proposed or running, interview notes are shown only to their author
 * (the partner) and their interviewer, so each can correct or withdraw them first; the
 * room sees them once the round has ended (or is removed).
 */
export function awaitsReveal(note: { interviewer?: string }, round: InterviewRound | null): boolean {
  return note.interviewer !== undefined && round !== null && round.phase !== 'ended';
}
