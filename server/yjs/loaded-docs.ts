// The set of loaded documents. Documents load on first use and unload after a quiet
// period with no lease, so memory follows the workshops actually in use.
import type { Store } from '../store/store.js';
import { LoadedDoc } from './loaded-doc.js';

export class LoadedDocs {
  private readonly docs = new Map<string, LoadedDoc>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: Store,
    private readonly options: { idleUnloadMs: number; compactAfterUpdates: number; onStored?: (id: string) => void },
  ) {}

  get loadedCount(): number {
    return this.docs.size;
  }

  /** Loads (or finds) a document and holds it in memory until `release`. */
  async acquire(id: string): Promise<LoadedDoc> {
    let loaded = this.docs.get(id);
    if (!loaded) {
      loaded = new LoadedDoc(id, this.store, this.options.compactAfterUpdates, this.options.onStored);
      this.docs.set(id, loaded);
    }
    loaded.leases++;
    const timer = this.unloadTimers.get(id);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(id);
    }
    try {
      await loaded.ready;
    } catch (error) {
      this.release(loaded);
      throw error;
    }
    return loaded;
  }

  release(loaded: LoadedDoc): void {
    loaded.leases--;
    if (loaded.leases > 0 || this.docs.get(loaded.id) !== loaded) return;
    const timer = setTimeout(() => void this.unload(loaded), this.options.idleUnloadMs);
    timer.unref();
    this.unloadTimers.set(loaded.id, timer);
  }

  /** Runs `fn` with the document loaded, for server-side readers such as exports. */
  async with<T>(id: string, fn: (loaded: LoadedDoc) => T | Promise<T>): Promise<T> {
    const loaded = await this.acquire(id);
    try {
      return await fn(loaded);
    } finally {
      this.release(loaded);
    }
  }

  get(id: string): LoadedDoc | undefined {
    return this.docs.get(id);
  }

  private async unload(loaded: LoadedDoc): Promise<void> {
    this.unloadTimers.delete(loaded.id);
    await loaded.settled();
    if (loaded.leases > 0 || this.docs.get(loaded.id) !== loaded) return;
    this.docs.delete(loaded.id);
    loaded.destroy();
  }

  /** Drops a document at once (the workshop was deleted). */
  drop(id: string): void {
    const loaded = this.docs.get(id);
    if (!loaded) return;
    clearTimeout(this.unloadTimers.get(id));
    this.unloadTimers.delete(id);
    this.docs.delete(id);
    loaded.destroy();
  }

  async closeAll(): Promise<void> {
    for (const loaded of this.docs.values()) await loaded.settled();
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    for (const loaded of this.docs.values()) loaded.destroy();
    this.docs.clear();
  }
}
