// Read hooks for the living social map and the positive core, memoised on the document version.
import { useMemo } from 'react';
import type { MapEntry, MapTie, Theme } from '../../../shared/schema';
import type { Board } from './useBoard';

export function useMapEntries(b: Board): MapEntry[] {
  const { board, version } = b;
  return useMemo(() => board.mapEntries(), [board, version]);
}

export function useMapTies(b: Board): MapTie[] {
  const { board, version } = b;
  return useMemo(() => board.mapTies(), [board, version]);
}

/** Discover's themes the facilitator marked as what the room wants to keep. */
export function usePositiveCore(b: Board): Theme[] {
  const { board, version } = b;
  return useMemo(() => board.themes().filter((t) => t.step === 'discover' && t.positiveCore), [board, version]);
}
