// A workshop as the store holds it (its record, participants and Yjs updates) turned into
// a snapshot without a live document: run in the export worker (pdf-worker.ts), so the
// merge and decoding of a large board never run on the server's event loop.
import * as Y from 'yjs';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import type { ParticipantRecord } from '../store/store.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import { buildSnapshot } from '../workshops/snapshot.js';

export interface StoredWorkshop {
  record: WorkshopRecord;
  participants: ParticipantRecord[];
  updates: Uint8Array[];
  /** The export's time, set by the caller so every export of one request agrees. */
  now: number;
}

export function snapshotFromStored(stored: StoredWorkshop): WorkshopSnapshot {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, Y.mergeUpdates(stored.updates));
    return buildSnapshot(stored.record, stored.participants, doc, stored.now);
  } finally {
    doc.destroy();
  }
}
