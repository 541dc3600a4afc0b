// Read hooks over a Board: memoised on the document version.
import { useMemo } from 'react';
import type { Action, Note, Theme, Vote } from '../../../shared/schema';
import type { StepId } from '../../../shared/steps';
import type { Board } from './useBoard';

export function useNotes(b: Board, step: StepId | null): Note[] {
  const { board, version } = b;
  return useMemo(() => (step ? board.notes().filter((n) => n.step === step) : board.notes()), [board, version, step]);
}

export function useThemes(b: Board, step: StepId | null): Theme[] {
  const { board, version } = b;
  return useMemo(() => board.themes().filter((t) => !step || t.step === step), [board, version, step]);
}

export function useVotes(b: Board): Vote[] {
  const { board, version } = b;
  return useMemo(() => board.votes(), [board, version]);
}

export function useActions(b: Board): Action[] {
  const { board, version } = b;
  return useMemo(() => board.actions(), [board, version]);
}

/** The Dream note chosen as the shared ambition, if it still exists. */
export function useSharedAmbition(b: Board): Note | null {
  const { board, version } = b;
  return useMemo(() => {
    const id = board.sharedAmbitionId();
    if (!id) return null;
    return board.notes().find((n) => n.id === id) ?? null;
  }, [board, version]);
}
