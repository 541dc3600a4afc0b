// Drafts that missed the reveal. A phone that was offline when the facilitator ended
// private writing still holds the notes it wrote meanwhile in its local draft copy
// (IndexedDB); the draft document is no longer opened, so they would never sync. Once
// the board is back online, this moves them onto the board as the participant's own
// notes and forgets the local draft.
import { useEffect } from 'react';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { BoardDoc } from '../../../shared/schema';
import type { Board } from './useBoard';
import { ownNotes, restoreNotes } from './restoreNotes';

/** Whether an IndexedDB database exists, without creating it (true when the browser cannot say). */
async function databaseExists(name: string): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((db) => db.name === name);
  } catch {
    return true;
  }
}

/**
 * @param persistenceKey the IndexedDB name of this participant's draft (`kw-<draftDocName>`)
 * @param me the participant; only their own notes are moved (the server refuses others)
 * @param active true while private writing is off and the main board is connected and synced
 */
export function useDraftRescue(persistenceKey: string | null, me: string | null, board: Board, active: boolean): void {
  const ready = active && board.status === 'connected' && board.synced;
  useEffect(() => {
    if (!ready || !persistenceKey || !me) return;
    let cancelled = false;
    let persistence: IndexeddbPersistence | null = null;
    void (async () => {
      if (!(await databaseExists(persistenceKey)) || cancelled) return;
      const doc = new Y.Doc();
      persistence = new IndexeddbPersistence(persistenceKey, doc);
      await persistence.whenSynced;
      if (cancelled) return;
      // A key the board has ever held was revealed already (and may have been deleted
      // since by the facilitator): restoreNotes leaves those alone.
      restoreNotes(board.board, ownNotes(new BoardDoc(doc), me));
      await persistence.clearData();
    })().catch((error: unknown) => console.warn('[drafts] could not move offline drafts onto the board', error));
    return () => {
      cancelled = true;
      // clearData() destroys it on success; on a cancelled run, close it here.
      void persistence?.destroy();
    };
  }, [ready, persistenceKey, me, board.board]);
}
