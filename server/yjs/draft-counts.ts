// How many notes wait in private-writing drafts, per workshop: the console and the
// projector show it ("12 notes waiting to be revealed"), a step change asks about it,
// and the exports say how many notes were never revealed.
import { ROOT } from '../../shared/schema.js';
import { draftDocName, parseDocName } from '../../shared/protocol.js';
import type { Store } from '../store/store.js';
import type { LoadedDocs } from './loaded-docs.js';

/** Recounts run at most this often per workshop; writing bursts need one count, not fifty. */
const RECOUNT_DELAY_MS = 150;

/** Counts the notes in every draft document of a workshop (loading drafts not in memory). */
export async function countDraftNotes(workshopId: string, store: Store, docs: LoadedDocs): Promise<number> {
  let total = 0;
  for (const owner of await store.listDraftOwners(workshopId)) {
    const name = draftDocName(workshopId, owner);
    const loaded = docs.get(name);
    total += loaded ? loaded.doc.getMap(ROOT.notes).size : await docs.read(name, (doc) => doc.getMap(ROOT.notes).size);
  }
  return total;
}

export class DraftCounts {
  private readonly counts = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: Store,
    private readonly docs: LoadedDocs,
    /** Called when a workshop's count changed, to publish the room state. */
    private readonly onChange: (workshopId: string) => void,
  ) {}

  /** The last known count; an unknown workshop starts a count and reads 0 until it lands. */
  get(workshopId: string): number {
    const known = this.counts.get(workshopId);
    if (known === undefined) {
      this.counts.set(workshopId, 0);
      this.schedule(workshopId);
      return 0;
    }
    return known;
  }

  /** A document was stored: if it is a draft, its workshop's count may have changed. */
  stored(docName: string): void {
    const { workshopId, draftOwner } = parseDocName(docName);
    if (draftOwner !== null) this.schedule(workshopId);
  }

  /** Counts again at once (after a reveal), without announcing: the caller publishes. */
  async recount(workshopId: string): Promise<void> {
    this.counts.set(workshopId, await countDraftNotes(workshopId, this.store, this.docs));
  }

  forget(workshopId: string): void {
    clearTimeout(this.timers.get(workshopId));
    this.timers.delete(workshopId);
    this.counts.delete(workshopId);
  }

  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(workshopId: string): void {
    if (this.timers.has(workshopId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(workshopId);
      countDraftNotes(workshopId, this.store, this.docs).then(
        (n) => {
          if (!this.counts.has(workshopId) || this.counts.get(workshopId) === n) return;
          this.counts.set(workshopId, n);
          this.onChange(workshopId);
        },
        (error: unknown) => console.error('[drafts] count failed', error),
      );
    }, RECOUNT_DELAY_MS);
    timer.unref();
    this.timers.set(workshopId, timer);
  }
}
