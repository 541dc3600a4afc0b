// The set of loaded documents. Documents load on first use and unload after a quiet
// period with no lease, so memory follows the workshops actually in use.
import type { Store } from '../store/store.js';
import { DocRoom } from './doc-room.js';

export class DocRooms {
  private readonly rooms = new Map<string, DocRoom>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: Store,
    private readonly options: { idleUnloadMs: number; compactAfterUpdates: number; onStored?: (id: string) => void },
  ) {}

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** Loads (or finds) a room and holds it in memory until `release`. */
  async acquire(id: string): Promise<DocRoom> {
    let room = this.rooms.get(id);
    if (!room) {
      room = new DocRoom(id, this.store, this.options.compactAfterUpdates, this.options.onStored);
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
      this.release(room);
      throw error;
    }
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

  get(id: string): DocRoom | undefined {
    return this.rooms.get(id);
  }

  private async unload(room: DocRoom): Promise<void> {
    this.unloadTimers.delete(room.id);
    await room.settled();
    if (room.leases > 0 || this.rooms.get(room.id) !== room) return;
    this.rooms.delete(room.id);
    room.destroy();
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

  async closeAll(): Promise<void> {
    for (const room of this.rooms.values()) await room.settled();
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    for (const room of this.rooms.values()) room.destroy();
    this.rooms.clear();
  }
}
