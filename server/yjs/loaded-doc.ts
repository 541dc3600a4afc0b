// One workshop's live Y.Doc: loaded from the store, written back before anything is
// broadcast, compacted now and then, and unloaded when nobody uses it.
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { FencedError, type Fence, type Store } from '../store/store.js';
import { encodeAwarenessMessage, encodeUpdateMessage } from './messages.js';
import { ClientIdOwners } from './client-ids.js';
import { receivesPresenceOf } from './presence.js';
import type { Role } from '../../shared/roles.js';

/** Stored updates applied per event-loop turn while a document loads. */
const LOAD_SLICE = 100;
/**
 * Batches that may start back to back before the broadcast window paces them. Notes come
 * in clumps (three writers' notes within a few ms at 30 notes/s in benchmark B1): with a
 * strict one-batch-per-window, every note after the first of a clump waited for the
 * window's end (a median of 5–7 ms in traces of that benchmark) before it was even stored.
 */
export const BURST_BATCHES = 3;

/** How long after a load the stored whole state is kept for a new device (see takeWholeState). */
const WHOLE_STATE_KEEP_MS = 5_000;

/** How long a load for a device waits for that device's first sync before it applies the stored state. */
const APPLY_WAIT_MS = 250;

/** One open connection as the document sees it. */
export interface DocConnection {
  /** Decides whose presence this connection receives (presence.ts). */
  readonly role: Role;
  send(message: Uint8Array): void;
  /** Awareness client ids this connection controls, removed when it closes. */
  readonly awarenessIds: Set<number>;
  /** Ends the connection (the document moves to another node, see loaded-docs.ts). */
  close(code: number, reason: string): void;
}

export interface LoadedDocOptions {
  /**
   * Takes the document's lease before anything is read (a shared store); every write
   * carries the fence it returns. Rejects when another node holds the lease.
   */
  claim?: () => Promise<Fence | undefined>;
  /** A write was refused because another node took the lease over. */
  onFenced?: (loaded: LoadedDoc) => void;
  /**
   * Batches stored and broadcast are paced to one per this many ms on average, with up to
   * BURST_BATCHES back to back (see windowEnd): a few notes arriving together never wait,
   * a busy workshop's updates wait at most about a window and go out merged. 0: a batch as
   * soon as the store is free.
   */
  broadcastWindowMs?: number;
  /**
   * The load is for a device about to connect: when the store holds the whole state as one
   * update, it is applied once something needs the document (`need`: the endpoint calls it
   * once the device was sent that update, see takeWholeState), or APPLY_WAIT_MS after it
   * was read, whichever comes first, so that the device decodes it while the server applies it.
   */
  deferApply?: boolean;
}

interface PendingUpdate {
  update: Uint8Array;
  origin: DocConnection | null;
}

export class LoadedDoc {
  readonly doc = new Y.Doc();
  readonly awareness: awarenessProtocol.Awareness;
  readonly conns = new Set<DocConnection>();
  /** Who may write under which Yjs client id (see client-ids.ts). */
  private readonly clientIds = new ClientIdOwners(this.doc.clientID);
  readonly ready: Promise<void>;
  /** Resolves once the stored updates are read (and the lease held), before they are applied. */
  readonly read: Promise<void>;
  private markRead!: () => void;
  private readonly applyWanted: Promise<void>;
  private wantApply!: () => void;
  private readyDone = false;
  /** Leases held by connections and server-side readers; the document unloads at zero. */
  leases = 0;
  private pending: PendingUpdate[] = [];
  /** The role of the connection that controls each awareness client id. */
  private readonly presenceRoles = new Map<number, Role>();
  private flushing: Promise<void> | null = null;
  /** Batches that may start now without waiting (a token bucket, see windowEnd), and when it was counted. */
  private batchCredit = BURST_BATCHES;
  private creditAt = 0;
  private storedUpdates = 0;
  /** Something was stored since the load (compactStored). */
  private storedSinceLoad = false;
  /** The lease epoch this room writes under; undefined with the embedded store. */
  fence: Fence | undefined;
  /** Set once a write was refused as stale: nothing more is stored or broadcast. */
  fencedOut = false;

  constructor(
    readonly id: string,
    private readonly store: Store,
    private readonly compactAfter: number,
    private readonly onStored: (id: string) => void = () => undefined,
    private readonly options: LoadedDocOptions = {},
  ) {
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
    // With an 'update' listener, yjs encodes every transaction's changes as an update:
    // for the load's own transactions that is the whole stored document once more, a
    // third of the load's time, thrown away. So the listener is added after the load,
    // or before the first transaction that is not the load's: nothing slips past.
    this.doc.on('beforeTransaction', this.listenBeforeOthers);
    this.read = new Promise((resolve) => (this.markRead = resolve));
    this.applyWanted = new Promise((resolve) => (this.wantApply = resolve));
    this.ready = this.load()
      .finally(() => this.listen())
      .then(() => void (this.readyDone = true));
  }

  /** The stored updates are applied: the document is complete. */
  get isReady(): boolean {
    return this.readyDone;
  }

  /** Something needs the document itself: a deferred apply (LoadedDocOptions.deferApply) starts now. */
  need(): void {
    this.wantApply();
  }

  private loading = true;
  private destroyed = false;
  private listening = false;
  /** See takeWholeState. */
  private storedWhole: Uint8Array | null = null;
  private storedWholeTimer: NodeJS.Timeout | null = null;

  private readonly listenBeforeOthers = (transaction: Y.Transaction): void => {
    if (transaction.origin !== this) this.listen();
  };

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.doc.off('beforeTransaction', this.listenBeforeOthers);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin));
  }

  private async load(): Promise<void> {
    if (this.options.claim) this.fence = await this.options.claim();
    const [updates, owners] = await Promise.all([this.store.readUpdates(this.id), this.store.readClientOwners(this.id)]);
    this.clientIds.restore(owners);
    if (updates.length === 1) this.keepStoredWhole(updates[0]!);
    this.markRead();
    if (this.storedWhole && this.options.deferApply) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.applyWanted, new Promise((resolve) => (timer = setTimeout(resolve, APPLY_WAIT_MS)))]);
      clearTimeout(timer);
    }
    // Stored updates are applied in slices, one transaction each, yielding to the event
    // loop between slices, so loading a large workshop does not hold up the live ones.
    // (Merging them first with Y.mergeUpdates costs about three times as much: 30 ms
    // against 9 ms for 1000 one-note updates.) Nobody sees the document before `ready`.
    for (let start = 0; start < updates.length; start += LOAD_SLICE) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      this.doc.transact(() => {
        for (const update of updates.slice(start, start + LOAD_SLICE)) Y.applyUpdate(this.doc, update, this);
      }, this);
    }
    this.storedUpdates = updates.length;
    this.loading = false;
    this.listen();
    if (updates.length > this.compactAfter) await (this.compacting = this.compact());
  }

  /**
   * The document as one update, as the store holds it: after a compaction (which also
   * runs when a document unloads and when the server stops) one update is the whole
   * state. Until the document changes, the first new device is sent these bytes as they
   * are instead of an encoding of the whole document (the largest cost of its first sync
   * after a load). The update is one the store holds for this document: either a
   * compaction's encoding of the document, or the one update ever written to it, which
   * every device of the document was sent as it is when it was written. Null when the
   * store held several updates, once the document changed, once taken, and a few seconds
   * after the load: the copy is not kept in memory beside the document.
   */
  takeWholeState(): Uint8Array | null {
    const whole = this.storedWhole;
    this.dropStoredWhole();
    return whole;
  }

  /** See takeWholeState. */
  get hasWholeState(): boolean {
    return this.storedWhole !== null;
  }

  private keepStoredWhole(update: Uint8Array): void {
    this.storedWhole = update;
    this.storedWholeTimer = setTimeout(() => this.dropStoredWhole(), WHOLE_STATE_KEEP_MS);
    this.storedWholeTimer.unref();
  }

  private dropStoredWhole(): void {
    this.storedWhole = null;
    if (this.storedWholeTimer) clearTimeout(this.storedWholeTimer);
    this.storedWholeTimer = null;
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    this.dropStoredWhole();
    if ((this.loading && origin === this) || this.fencedOut) return;
    this.pending.push({ update, origin: isConnection(origin) ? origin : null });
    void this.flush();
  }

  /**
   * Claims the update's Yjs client ids for `owner` (a participant or the facilitator), or
   * names the first one that belongs to someone else; new claims are stored.
   */
  claimClientIds(update: Uint8Array, owner: string): { ok: true } | { ok: false; clientId: number } {
    const claim = this.clientIds.claim(update, owner);
    if (claim.ok && claim.added.size > 0) {
      this.store.putClientOwners(this.id, claim.added).catch((error: unknown) => console.error(`[yjs] could not store client id owners of ${this.id}`, error));
    }
    return claim;
  }

  /** Applies a checked update from a connection (or from the server itself when origin is null). */
  applyUpdate(update: Uint8Array, origin: DocConnection | null): void {
    Y.applyUpdate(this.doc, update, origin ?? undefined);
  }

  /** Resolves once everything applied so far is stored and broadcast. */
  async settled(): Promise<void> {
    while (this.flushing || this.pending.length > 0 || this.compacting) {
      await (this.flushing ?? this.compacting ?? this.flush());
    }
  }

  private flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = endOfTurn().then(() => this.windowEnd()).then(() => this.writeAndBroadcast()).finally(() => {
      this.flushing = null;
      if (this.pending.length > 0) void this.flush();
    });
    return this.flushing;
  }

  /**
   * Resolves when the next batch may begin: each batch spends one credit, a credit comes
   * back per window, and at most BURST_BATCHES are kept. Over any stretch of time T, at
   * most BURST_BATCHES + T / window batches begin (so the frames a device receives stay
   * bounded at any note rate), and a workshop that was quiet for a few windows sends at once.
   */
  private async windowEnd(): Promise<void> {
    const windowMs = this.options.broadcastWindowMs ?? 0;
    if (windowMs <= 0) return;
    // A timer counts from the event loop's cached clock, which can lag behind: check again.
    for (;;) {
      const now = performance.now();
      this.batchCredit = Math.min(BURST_BATCHES, this.batchCredit + (now - this.creditAt) / windowMs);
      this.creditAt = now;
      if (this.batchCredit >= 1) {
        this.batchCredit -= 1;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.ceil((1 - this.batchCredit) * windowMs)));
    }
  }

  /**
   * Updates that arrive while a write is in flight are written together next time:
   * under load this batches both the disk writes and the broadcasts.
   */
  private async writeAndBroadcast(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    if (this.fencedOut) return;
    try {
      await this.store.appendUpdates(this.id, batch.map((p) => p.update), this.fence);
    } catch (error) {
      if (error instanceof FencedError) {
        // Another node serves this document now. What was not stored was never broadcast;
        // the devices still hold it and send it to the new owner when they reconnect.
        this.pending = [];
        this.lostLease();
        return;
      }
      console.error(`[yjs] could not store updates of ${this.id}; retrying`, error);
      this.pending = batch.concat(this.pending);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return;
    }
    this.storedUpdates += batch.length;
    this.storedSinceLoad = true;
    this.broadcast(batch);
    this.onStored(this.id);
    // Compaction runs beside the write path: new updates keep flowing while it writes.
    if (this.storedUpdates > this.compactAfter && !this.compacting) this.compacting = this.compact();
  }

  private broadcast(batch: PendingUpdate[]): void {
    if (batch.length === 1) {
      const [{ update, origin }] = batch as [PendingUpdate];
      const message = encodeUpdateMessage(update);
      for (const conn of this.conns) if (conn !== origin) conn.send(message);
      return;
    }
    // One merged message for everyone; a sender receiving its own changes back is a no-op.
    const message = encodeUpdateMessage(Y.mergeUpdates(batch.map((p) => p.update)));
    for (const conn of this.conns) conn.send(message);
  }

  private compacting: Promise<void> | null = null;

  /**
   * Once everything is stored, replaces the stored updates by one when there are several
   * and some were written since the load: run before a document unloads and when the
   * server stops, so that the next load reads one update, which a new device is then
   * sent as it is (takeWholeState). A document only read is left as it is: unloading the
   * workshops of a quiet server costs no encoding and no disk writes.
   */
  async compactStored(): Promise<void> {
    await this.settled();
    if (!this.destroyed && this.storedSinceLoad && this.storedUpdates > 1 && !this.fencedOut) await (this.compacting = this.compact());
  }

  /**
   * Every stored update was applied to the document before it was stored, so the
   * document's state now covers all of them; the store replaces exactly those.
   */
  private async compact(): Promise<void> {
    const counted = this.storedUpdates;
    try {
      await this.store.replaceUpdates(this.id, Y.encodeStateAsUpdate(this.doc), this.fence);
      this.storedUpdates -= counted - 1;
    } catch (error) {
      if (error instanceof FencedError) return this.lostLease();
      console.error(`[yjs] compaction of ${this.id} failed; the uncompacted updates are kept`, error);
    } finally {
      this.compacting = null;
    }
  }

  private readonly onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = changes.added.concat(changes.updated, changes.removed);
    if (isConnection(origin)) {
      for (const id of changes.added) origin.awarenessIds.add(id);
      for (const id of changes.removed) origin.awarenessIds.delete(id);
      for (const id of changes.added.concat(changes.updated)) this.presenceRoles.set(id, origin.role);
    }
    if (changed.length > 0) {
      const messages = new Map<Role, Uint8Array | null>();
      for (const conn of this.conns) {
        let message = messages.get(conn.role);
        if (message === undefined) messages.set(conn.role, (message = this.presenceMessage(conn.role, changed)));
        if (message) conn.send(message);
      }
    }
    for (const id of changes.removed) this.presenceRoles.delete(id);
  };

  /** The awareness message of `ids` (default: every known state) that a `receiver` may see, or null if none. */
  presenceMessage(receiver: Role, ids: readonly number[] = [...this.awareness.getStates().keys()]): Uint8Array | null {
    const visible = ids.filter((id) => receivesPresenceOf(receiver, this.presenceRoles.get(id)));
    return visible.length > 0 ? encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, visible)) : null;
  }

  /** Stops storing and broadcasting for good; LoadedDocs drops it. */
  lostLease(): void {
    if (this.fencedOut) return;
    this.fencedOut = true;
    this.pending = [];
    console.warn(`[yjs] ${this.id}: another node took the document over (epoch ${this.fence?.epoch} is stale); closing its connections here`);
    this.options.onFenced?.(this);
  }

  removeConnection(conn: DocConnection): void {
    this.conns.delete(conn);
    if (conn.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.dropStoredWhole();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/**
 * Resolves once the event loop has run the I/O callbacks of this turn. Updates from
 * several devices that arrived while the server was busy (sending the previous batch) are
 * read in one turn, one socket callback each, with promise jobs run between them: without
 * this, the batch began after the first of them, and the others waited for its write and
 * fan-out, each clump note costing one more fan-out to every device.
 */
function endOfTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function isConnection(value: unknown): value is DocConnection {
  return typeof value === 'object' && value !== null && 'awarenessIds' in value && 'send' in value && 'role' in value;
}
