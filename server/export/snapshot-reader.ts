// Where a workshop's snapshot (what every export reads) is built. A document this node has
// loaded is current and costs nothing to read, so it is read here. A workshop nobody has
// open is built in the export worker from what the store holds: loading a 1,000-note
// document on the event loop stalled every live workshop on the node (B6: 142 ms on a cold
// process). A small one is built here, which costs less than starting the worker.
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import type { ParticipantRecord, Store } from '../store/store.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import { buildSnapshot } from '../workshops/snapshot.js';
import type { LoadedDocs } from '../yjs/loaded-docs.js';
import type { PdfWorkerPool } from './pdf-offthread.js';
import { snapshotFromStored } from './stored-snapshot.js';

/** Stored updates up to this size are decoded on the event loop (a few ms even on a cold process). */
export const SMALL_STORED_BYTES = 16 * 1024;

export class SnapshotReader {
  constructor(
    private readonly deps: {
      loadedDocs: Pick<LoadedDocs, 'get' | 'read'>;
      store: Pick<Store, 'readUpdates'>;
      worker: Pick<PdfWorkerPool, 'snapshot'>;
    },
  ) {}

  async read(record: WorkshopRecord, participants: ParticipantRecord[], now: number): Promise<WorkshopSnapshot> {
    const { loadedDocs, store, worker } = this.deps;
    if (loadedDocs.get(record.id)) return loadedDocs.read(record.id, (doc) => buildSnapshot(record, participants, doc, now));
    const updates = await store.readUpdates(record.id);
    const bytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
    const stored = { record, participants, updates, now };
    return bytes > SMALL_STORED_BYTES ? worker.snapshot(stored) : snapshotFromStored(stored);
  }
}
