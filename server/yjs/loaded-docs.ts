// The set of loaded documents. Documents load on first use and unload after a quiet
// period with no lease, so memory follows the workshops actually in use.
//
// With a shared store (several nodes), a document is loaded only under its lease in the
// store: one writer per document, fenced by the lease epoch (store.ts). The lease is
// renewed while the document is loaded, given up when it unloads, and handed over when
// another node asks for it (the load balancer sends that node the devices).
import * as Y from 'yjs';
import type { LeaseStore, Store } from '../store/store.js';
import { CLOSE } from '../../shared/protocol.js';
import { LoadedDoc } from './loaded-doc.js';


/** Another live node holds the document's lease. */
export class LeaseHeldError extends Error {
  constructor(
    readonly docName: string,
    readonly owner: string,
  ) {
    super(`${docName} is served by ${owner}`);
  }
}

/** At most this long is spent compacting documents when the server stops (closeAll). */
const CLOSE_COMPACTION_BUDGET_MS = 2_000;

/** How long past a lease's full term a node waits for it before refusing the devices. */
const LEASE_WAIT_MARGIN_MS = 500;

export interface LeaseOptions {
  store: LeaseStore;
  /** This node's name in the lease table. */
  node: string;
  ttlMs: number;
}

export class LoadedDocs {
  private readonly docs = new Map<string, LoadedDoc>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly renewer: NodeJS.Timeout | null = null;
  private renewalFailing = false;

  constructor(
    private readonly store: Store,
    private readonly options: {
      idleUnloadMs: number;
      compactAfterUpdates: number;
      /** See LoadedDocOptions.broadcastWindowMs. */
      broadcastWindowMs?: number;
      onStored?: (id: string) => void;
      /** Present with a shared store. */
      leases?: LeaseOptions;
      /** A document was loaded here (its workshop's cached state may be stale). */
      onLoaded?: (id: string) => void;
    },
  ) {
    const leases = options.leases;
    if (leases) {
      this.renewer = setInterval(() => void this.renewAll(leases), Math.max(100, Math.floor(leases.ttlMs / 3)));
      this.renewer.unref();
    }
  }

  get loadedCount(): number {
    return this.docs.size;
  }

  /**
   * Loads (or finds) a document and holds it in memory until `release`. `forDevice`: a
   * device's connection, which the load balancer sent here, so a lease held elsewhere is
   * asked for and waited for; a server-side reader never takes a document from its node.
   * `early`: for a device that can be sent the stored whole state (LoadedDoc.takeWholeState)
   * before the document is applied: resolves once that state is read, when there is one
   * (check `isReady`); otherwise once the document is applied, like any acquire.
   */
  async acquire(id: string, options: { forDevice?: boolean; early?: boolean } = {}): Promise<LoadedDoc> {
    let loaded = this.docs.get(id);
    if (!loaded) {
      loaded = this.create(id, options.forDevice === true, options.early === true);
      this.docs.set(id, loaded);
    }
    loaded.leases++;
    const timer = this.unloadTimers.get(id);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(id);
    }
    try {
      if (options.early) await Promise.race([loaded.read, loaded.ready]);
      if (!options.early || !loaded.hasWholeState) {
        loaded.need();
        await loaded.ready;
      }
    } catch (error) {
      loaded.leases--;
      // A failed load is not kept: the next device tries again (the lease may be free by then).
      if (this.docs.get(id) === loaded && loaded.leases === 0) this.drop(id);
      throw error;
    }
    return loaded;
  }

  private create(id: string, forDevice: boolean, deferApply: boolean): LoadedDoc {
    const leases = this.options.leases;
    const loaded = new LoadedDoc(id, this.store, this.options.compactAfterUpdates, this.options.onStored, {
      claim: leases
        ? async () => ({ epoch: await this.claimLease(id, leases, forDevice) })
        : undefined,
      onFenced: (lost) => this.evict(lost),
      broadcastWindowMs: this.options.broadcastWindowMs,
      deferApply,
    });
    void loaded.ready.then(
      () => this.options.onLoaded?.(id),
      // A failed load is not kept, also when devices attached early hold it (they are closed).
      () => {
        if (this.docs.get(id) === loaded) this.drop(id);
      },
    );
    return loaded;
  }

  /**
   * Takes the document's lease, waiting for it while another node holds it. The load
   * balancer sends a document's devices here when this node should serve it, so the
   * holder is asked to hand over: a live holder does so at its next renewal (a third of
   * the lease), a dead one's lease runs out. Waiting holds the devices' upgrade requests
   * instead of refusing them, so they are served the moment the lease is free rather than
   * after their next back-off step (up to 2.5 s for y-websocket). Only a holder that
   * keeps its lease past the whole wait gets the devices refused with 1013.
   */
  private async claimLease(id: string, leases: LeaseOptions, forDevice: boolean): Promise<number> {
    if (!forDevice) {
      const claim = await leases.store.acquireLease(id, leases.node, leases.ttlMs);
      if (!claim.ok) throw new LeaseHeldError(id, claim.owner);
      return claim.epoch;
    }
    const deadline = Date.now() + leases.ttlMs + Math.ceil(leases.ttlMs / 3) + LEASE_WAIT_MARGIN_MS;
    const pollMs = Math.min(250, Math.max(25, Math.floor(leases.ttlMs / 20)));
    for (;;) {
      const claim = await leases.store.acquireLease(id, leases.node, leases.ttlMs);
      if (claim.ok) return claim.epoch;
      await leases.store.wantLease(id, leases.node);
      if (Date.now() >= deadline) throw new LeaseHeldError(id, claim.owner);
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /**
   * Starts loading a document a device is about to open (a participant just joined), so
   * that loading overlaps the device setting up its connection. Only with the embedded
   * store: with a shared store the load balancer decides which node serves the document,
   * and loading it here would take its lease.
   */
  warm(id: string): void {
    if (this.options.leases) return;
    this.acquire(id, { early: true }).then(
      (loaded) => this.release(loaded),
      (error: unknown) => console.warn(`[yjs] could not load ${id} ahead of its device`, error),
    );
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

  /**
   * Reads a document without writing it. Served by another node, it is read from the
   * store, which holds everything any device was ever sent (stored before broadcast).
   */
  async read<T>(id: string, fn: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
    try {
      return await this.with(id, (loaded) => fn(loaded.doc));
    } catch (error) {
      if (!(error instanceof LeaseHeldError)) throw error;
    }
    const doc = new Y.Doc();
    try {
      const updates = await this.store.readUpdates(id);
      doc.transact(() => updates.forEach((update) => Y.applyUpdate(doc, update)));
      return await fn(doc);
    } finally {
      doc.destroy();
    }
  }

  get(id: string): LoadedDoc | undefined {
    return this.docs.get(id);
  }

  private async unload(loaded: LoadedDoc): Promise<void> {
    this.unloadTimers.delete(loaded.id);
    await loaded.compactStored();
    if (loaded.leases > 0 || this.docs.get(loaded.id) !== loaded) return;
    this.docs.delete(loaded.id);
    loaded.destroy();
    await this.giveUp(loaded);
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

  /** The lease is gone: devices here reconnect, and the load balancer's node serves them. */
  private evict(loaded: LoadedDoc): void {
    loaded.fencedOut = true;
    if (this.docs.get(loaded.id) === loaded) this.drop(loaded.id);
    for (const conn of [...loaded.conns]) conn.close(CLOSE.tryAgain, 'this workshop moved to another server; reconnecting');
  }

  /** Another node wants the document: store what is pending, then let go. */
  private async handOver(loaded: LoadedDoc, leases: LeaseOptions): Promise<void> {
    await loaded.settled();
    if (this.docs.get(loaded.id) !== loaded || loaded.fencedOut) return;
    const epoch = loaded.fence?.epoch;
    this.evict(loaded);
    if (epoch !== undefined) {
      await leases.store.releaseLease(loaded.id, leases.node, epoch).catch((error: unknown) => {
        console.warn(`[yjs] could not release the lease of ${loaded.id}; it expires by itself`, error);
      });
    }
    console.log(`[yjs] handed ${loaded.id} over to the node its devices are sent to`);
  }

  private async giveUp(loaded: LoadedDoc): Promise<void> {
    const leases = this.options.leases;
    if (!leases || !loaded.fence || loaded.fencedOut) return;
    await leases.store.releaseLease(loaded.id, leases.node, loaded.fence.epoch).catch((error: unknown) => {
      console.warn(`[yjs] could not release the lease of ${loaded.id}; it expires by itself`, error);
    });
  }

  private async renewAll(leases: LeaseOptions): Promise<void> {
    for (const loaded of [...this.docs.values()]) {
      if (!loaded.fence || loaded.fencedOut) continue;
      try {
        const { held, wanted } = await leases.store.renewLease(loaded.id, leases.node, loaded.fence.epoch, leases.ttlMs);
        if (this.renewalFailing) console.log('[yjs] lease renewal works again');
        this.renewalFailing = false;
        if (!held) loaded.lostLease();
        else if (wanted) void this.handOver(loaded, leases);
      } catch (error) {
        // The store is unreachable: writes fail too, so nothing is broadcast meanwhile. If
        // another node takes the lease over before the store is back, the epoch check
        // refuses this node's writes and renewal reports the loss.
        if (!this.renewalFailing) console.warn(`[yjs] cannot renew document leases: ${(error as Error).message}`);
        this.renewalFailing = true;
        return;
      }
    }
  }

  async closeAll(): Promise<void> {
    if (this.renewer) clearInterval(this.renewer);
    // Compacted as they unload (compactStored), so a restart loads one update per
    // document; within a budget, so that a node with many written workshops still stops soon.
    const compactUntil = performance.now() + CLOSE_COMPACTION_BUDGET_MS;
    for (const loaded of this.docs.values()) await (performance.now() < compactUntil ? loaded.compactStored() : loaded.settled());
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    const docs = [...this.docs.values()];
    for (const loaded of docs) loaded.destroy();
    this.docs.clear();
    // Given up at once, so another node can take the workshops over without waiting.
    await Promise.all(docs.map((loaded) => this.giveUp(loaded)));
  }
}
