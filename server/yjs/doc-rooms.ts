// The set of loaded documents. Documents load on first use and unload after a quiet
// period with no lease, so memory follows the workshops actually in use.
//
// With a shared store (several nodes), a document is loaded only under its lease in the
// store: one writer per document, fenced by the lease epoch (store.ts). The lease is
// renewed while the document is loaded, given up when it unloads, and handed over when
// another node asks for it (the load balancer sends that node the devices).
import * as Y from 'yjs';
import type { LeaseStore, Store } from '../store/store.js';
import { DocRoom } from './doc-room.js';

/** Close code for "this document is served elsewhere or moving; try again" (docs/protocol.md). */
export const TRY_AGAIN = 1013;

/** Another live node holds the document's lease. */
export class LeaseHeldError extends Error {
  constructor(
    readonly docName: string,
    readonly owner: string,
  ) {
    super(`${docName} is served by ${owner}`);
  }
}

export interface LeaseOptions {
  store: LeaseStore;
  /** This node's name in the lease table. */
  node: string;
  ttlMs: number;
}

export class DocRooms {
  private readonly rooms = new Map<string, DocRoom>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly renewer: NodeJS.Timeout | null = null;
  private renewalFailing = false;

  constructor(
    private readonly store: Store,
    private readonly options: {
      idleUnloadMs: number;
      compactAfterUpdates: number;
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
    return this.rooms.size;
  }

  /** Loads (or finds) a room and holds it in memory until `release`. */
  async acquire(id: string): Promise<DocRoom> {
    let room = this.rooms.get(id);
    if (!room) {
      room = this.create(id);
      this.rooms.set(id, room);
    }
    room.leases++;
    const timer = this.unloadTimers.get(id);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(id);
    }
    try {
      await room.ready;
    } catch (error) {
      room.leases--;
      // A failed load is not kept: the next device tries again (the lease may be free by then).
      if (this.rooms.get(id) === room && room.leases === 0) this.drop(id);
      throw error;
    }
    return room;
  }

  private create(id: string): DocRoom {
    const leases = this.options.leases;
    const room = new DocRoom(id, this.store, this.options.compactAfterUpdates, this.options.onStored, {
      claim: leases
        ? async () => {
            const claim = await leases.store.acquireLease(id, leases.node, leases.ttlMs);
            if (!claim.ok) {
              // Ask the holder to hand over: the load balancer sends this document's devices here.
              await leases.store.wantLease(id, leases.node);
              throw new LeaseHeldError(id, claim.owner);
            }
            return { epoch: claim.epoch };
          }
        : undefined,
      onFenced: (lost) => this.evict(lost),
    });
    void room.ready.then(
      () => this.options.onLoaded?.(id),
      () => undefined,
    );
    return room;
  }

  release(room: DocRoom): void {
    room.leases--;
    if (room.leases > 0 || this.rooms.get(room.id) !== room) return;
    const timer = setTimeout(() => void this.unload(room), this.options.idleUnloadMs);
    timer.unref();
    this.unloadTimers.set(room.id, timer);
  }

  /** Runs `fn` with the room loaded, for server-side readers such as exports. */
  async with<T>(id: string, fn: (room: DocRoom) => T | Promise<T>): Promise<T> {
    const room = await this.acquire(id);
    try {
      return await fn(room);
    } finally {
      this.release(room);
    }
  }

  /**
   * Reads a document without writing it. Served by another node, it is read from the
   * store, which holds everything any device was ever sent (stored before broadcast).
   */
  async read<T>(id: string, fn: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
    try {
      return await this.with(id, (room) => fn(room.doc));
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

  get(id: string): DocRoom | undefined {
    return this.rooms.get(id);
  }

  private async unload(room: DocRoom): Promise<void> {
    this.unloadTimers.delete(room.id);
    await room.settled();
    if (room.leases > 0 || this.rooms.get(room.id) !== room) return;
    this.rooms.delete(room.id);
    room.destroy();
    await this.giveUp(room);
  }

  /** Drops a room at once (the workshop was deleted). */
  drop(id: string): void {
    const room = this.rooms.get(id);
    if (!room) return;
    clearTimeout(this.unloadTimers.get(id));
    this.unloadTimers.delete(id);
    this.rooms.delete(id);
    room.destroy();
  }

  /** The lease is gone: devices here reconnect, and the load balancer's node serves them. */
  private evict(room: DocRoom): void {
    room.fencedOut = true;
    if (this.rooms.get(room.id) === room) this.drop(room.id);
    for (const conn of [...room.conns]) conn.close(TRY_AGAIN, 'this workshop moved to another server; reconnecting');
  }

  /** Another node wants the document: store what is pending, then let go. */
  private async handOver(room: DocRoom, leases: LeaseOptions): Promise<void> {
    await room.settled();
    if (this.rooms.get(room.id) !== room || room.fencedOut) return;
    const epoch = room.fence?.epoch;
    this.evict(room);
    if (epoch !== undefined) {
      await leases.store.releaseLease(room.id, leases.node, epoch).catch((error: unknown) => {
        console.warn(`[yjs] could not release the lease of ${room.id}; it expires by itself`, error);
      });
    }
    console.log(`[yjs] handed ${room.id} over to the node its devices are sent to`);
  }

  private async giveUp(room: DocRoom): Promise<void> {
    const leases = this.options.leases;
    if (!leases || !room.fence || room.fencedOut) return;
    await leases.store.releaseLease(room.id, leases.node, room.fence.epoch).catch((error: unknown) => {
      console.warn(`[yjs] could not release the lease of ${room.id}; it expires by itself`, error);
    });
  }

  private async renewAll(leases: LeaseOptions): Promise<void> {
    for (const room of [...this.rooms.values()]) {
      if (!room.fence || room.fencedOut) continue;
      try {
        const { held, wanted } = await leases.store.renewLease(room.id, leases.node, room.fence.epoch, leases.ttlMs);
        if (this.renewalFailing) console.log('[yjs] lease renewal works again');
        this.renewalFailing = false;
        if (!held) room.lostLease();
        else if (wanted) void this.handOver(room, leases);
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
    for (const room of this.rooms.values()) await room.settled();
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    const rooms = [...this.rooms.values()];
    for (const room of rooms) room.destroy();
    this.rooms.clear();
    // Given up at once, so another node can take the workshops over without waiting.
    await Promise.all(rooms.map((room) => this.giveUp(room)));
  }
}
