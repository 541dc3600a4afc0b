// The board over Yjs: one Y.Doc per workshop (or per private draft), synced with a stock
// WebsocketProvider and kept in IndexedDB so offline edits survive a reload.
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { BoardDoc, type Note } from '../../../shared/schema';
import { CLOSE, FINAL_CLOSE_CODES } from '../../../shared/protocol';
import { ownNotes, restoreNotes } from './restoreNotes';

export type BoardStatus = 'connecting' | 'connected' | 'disconnected' | 'closed';

export interface Board {
  board: BoardDoc;
  /** Bumps on every document update, so memoised reads recompute. */
  version: number;
  status: BoardStatus;
  /** Synced with the server at least once in this session. */
  synced: boolean;
  /** Close code when the server ended the connection for good (CLOSE.revoked, CLOSE.deleted). */
  closedCode: number | null;
}

const emptyBoard = (): Board => ({
  board: new BoardDoc(new Y.Doc()),
  version: 0,
  status: 'connecting',
  synced: false,
  closedCode: null,
});

const wsBase = () => `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`;

/**
 * The server refused one of this device's changes. Yjs cannot take back a change it
 * has made, and the server will refuse everything after it from this client id, so
 * the device drops its copy (and the IndexedDB one) and syncs the true state afresh.
 */
const REFUSED = CLOSE.refused;

/**
 * Notes of a participant's board that the server refused a change to, kept across the
 * resync (module state: the hook's effect starts over). At most one rescue per 30 s, so
 * a note the server refuses itself cannot start a loop.
 */
const refusedNotes = new Map<string, { notes: Note[]; at: number }>();
const RESCUE_INTERVAL_MS = 30_000;

/**
 * @param docName the workshop id, or a draft document name (`draftDocName`)
 * @param token   the role's token; null keeps the board local only
 * @param persistenceKey IndexedDB database name, e.g. `kw-<workshopId>-<participantId>`
 * @param author  a participant's id: their own notes survive a refusal (see refusedNotes)
 * @param restoreInto where those notes go back when it holds a board: the draft during
 *                private writing, when the server refuses new notes on the board itself
 */
export function useBoard(
  docName: string | null,
  token: string | null,
  persistenceKey: string | null,
  author: string | null = null,
  restoreInto: { readonly current: BoardDoc | null } | null = null,
): Board {
  const [board, setBoard] = useState<Board>(emptyBoard);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!docName || !token) {
      setBoard(emptyBoard());
      return;
    }
    const doc = new Y.Doc();
    const boardDoc = new BoardDoc(doc);
    const persistence = persistenceKey ? new IndexeddbPersistence(persistenceKey, doc) : null;
    const provider = new WebsocketProvider(`${wsBase()}/yjs`, docName, doc, {
      // The workshop id (drafts `<id>~<participant>` included) lets a load balancer keep
      // every connection of one workshop on one node (docs/scaling.md).
      params: { token, workshop: docName.split('~')[0] ?? docName },
      disableBc: true,
      maxBackoffTime: 5000,
      shouldReconnect: (event) => !FINAL_CLOSE_CODES.has(event.code) && event.code !== REFUSED,
    });
    let version = 0;
    let frame = 0;
    const status = (): BoardStatus => (provider.wsconnected ? 'connected' : provider.shouldConnect ? 'connecting' : 'closed');
    let closedCode: number | null = null;
    let everSynced = false;
    const publish = () => {
      frame = 0;
      setBoard({ board: boardDoc, version, status: status(), synced: (everSynced ||= provider.synced), closedCode });
    };
    // provider.destroy() below still emits 'status'; a late publish would bring back a
    // board this effect no longer owns (e.g. the draft after private writing ended).
    let disposed = false;
    const schedule = () => {
      if (disposed) return;
      version++;
      if (!frame) frame = requestAnimationFrame(publish);
    };
    // Remote and stored updates are read once per animation frame. This device's own
    // change is read at once: a controlled input bound to the board (a theme select
    // moved with the arrow keys) would otherwise snap back to the old value until then.
    const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (disposed || !transaction.local) return schedule();
      version++;
      if (frame) cancelAnimationFrame(frame);
      publish();
    };
    // start from the provider's current state, not only the next event
    publish();
    doc.on('update', onUpdate);
    provider.on('status', schedule);
    provider.on('sync', (isSynced: boolean) => {
      // After a refusal: once the true state is here, put back the notes it lacks.
      const kept = refusedNotes.get(docName);
      if (isSynced && kept && kept.notes.length > 0) {
        restoreNotes(boardDoc, kept.notes, restoreInto?.current ?? boardDoc);
        kept.notes = [];
      }
      schedule();
    });
    provider.on('closed', (event) => {
      if (event.code === REFUSED) {
        const previous = refusedNotes.get(docName);
        if (author && !(previous && Date.now() - previous.at < RESCUE_INTERVAL_MS)) {
          refusedNotes.set(docName, { notes: ownNotes(boardDoc, author), at: Date.now() });
        }
        const cleared = persistence ? persistence.clearData() : Promise.resolve();
        void cleared.finally(() => setGeneration((g) => g + 1));
        return;
      }
      // A deleted workshop or a removed participant leaves no copy of the board on this
      // device (docs/privacy.md: deletion reaches the devices too).
      if (FINAL_CLOSE_CODES.has(event.code)) void persistence?.clearData();
      closedCode = event.code;
      schedule();
    });
    persistence?.on('synced', schedule);
    return () => {
      disposed = true;
      if (frame) cancelAnimationFrame(frame);
      doc.off('update', onUpdate);
      provider.destroy();
      void persistence?.destroy();
      doc.destroy();
    };
  }, [docName, token, persistenceKey, author, restoreInto, generation]);

  return board;
}
