// Workshop records and participant lists: cached in memory and written through to the
// store before a change is announced (a step change survives kill -9). Changes to one
// workshop run one at a time, so read-modify-write never interleaves.
import type { Store, ParticipantRecord } from '../store/store.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import { UserError } from './errors.js';

/** What changed in a workshop, for other nodes' caches (see cluster/bus.ts). */
export type WorkshopChange = 'workshop' | 'participants' | 'deleted';

export class WorkshopRecords {
  /** Called after a change is stored; a cluster tells the other nodes (cluster/bus.ts). */
  onChanged: (id: string, change: WorkshopChange) => void = () => undefined;
  private readonly records = new Map<string, WorkshopRecord>();
  private readonly participants = new Map<string, ParticipantRecord[]>();
  private readonly queues = new Map<string, Promise<unknown>>();
  /**
   * Reads from the store in flight, shared by every caller meanwhile: after a restart all
   * of a workshop's devices reconnect at once, and each connection's token check needs the
   * record and the participant list (issue 17: one read, not one per device).
   */
  private readonly loadingRecords = new Map<string, Promise<WorkshopRecord | null>>();
  private readonly loadingParticipants = new Map<string, Promise<ParticipantRecord[]>>();

  constructor(private readonly store: Store) {}

  async get(id: string): Promise<WorkshopRecord | null> {
    const cached = this.records.get(id);
    if (cached) return cached;
    let loading = this.loadingRecords.get(id);
    if (!loading) {
      const read = this.store.getWorkshop(id).then((record) => {
        // Not cached when the record was changed, refreshed or invalidated meanwhile.
        if (this.loadingRecords.get(id) === read) {
          this.loadingRecords.delete(id);
          if (record && !this.records.has(id)) this.records.set(id, record);
        }
        return record;
      });
      read.catch(() => {
        if (this.loadingRecords.get(id) === read) this.loadingRecords.delete(id);
      });
      this.loadingRecords.set(id, (loading = read));
    }
    return loading;
  }

  /** The in-memory record of a workshop in use (loaded by `get` on connect). */
  cached(id: string): WorkshopRecord | undefined {
    return this.records.get(id);
  }

  async require(id: string): Promise<WorkshopRecord> {
    const record = await this.get(id);
    if (!record) throw new UserError(404, 'This workshop does not exist (any more).');
    return record;
  }

  /** Stores a new workshop's record. */
  async add(record: WorkshopRecord): Promise<void> {
    await this.store.putWorkshop(record);
    this.forgetLoading(record.id);
    this.records.set(record.id, record);
    this.participants.set(record.id, []);
  }

  /** Applies a change to a workshop record and stores it before resolving. */
  update(id: string, change: (record: WorkshopRecord) => void, now = Date.now()): Promise<WorkshopRecord> {
    return this.serial(id, async () => {
      await this.require(id);
      // The store reads the current record itself: another node may have changed it.
      const next = await this.store.updateWorkshop(id, (current) => {
        const copy = structuredClone(current);
        change(copy);
        copy.lastActivityAt = now;
        return copy;
      });
      if (!next) throw new UserError(404, 'This workshop does not exist (any more).');
      this.loadingRecords.delete(id);
      this.records.set(id, next);
      this.onChanged(id, 'workshop');
      return next;
    });
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const cached = this.participants.get(workshopId);
    if (cached) return cached;
    let loading = this.loadingParticipants.get(workshopId);
    if (!loading) {
      // Every caller gets the one cached array, which addParticipant and removeParticipant change.
      const read = this.store.listParticipants(workshopId).then((list) => {
        if (this.loadingParticipants.get(workshopId) !== read) return list;
        this.loadingParticipants.delete(workshopId);
        const current = this.participants.get(workshopId);
        if (current) return current;
        this.participants.set(workshopId, list);
        return list;
      });
      read.catch(() => {
        if (this.loadingParticipants.get(workshopId) === read) this.loadingParticipants.delete(workshopId);
      });
      this.loadingParticipants.set(workshopId, (loading = read));
    }
    return loading;
  }

  /** Stores a participant; call inside `serial` when a limit on their number must hold. */
  async addParticipant(workshopId: string, participant: ParticipantRecord): Promise<void> {
    const list = await this.listParticipants(workshopId);
    await this.store.putParticipant(workshopId, participant);
    list.push(participant);
    this.onChanged(workshopId, 'participants');
  }

  async removeParticipant(workshopId: string, participantId: string): Promise<ParticipantRecord> {
    return this.serial(workshopId, async () => {
      const list = await this.listParticipants(workshopId);
      const participant = list.find((p) => p.id === participantId);
      if (!participant) throw new UserError(404, 'No such participant.');
      participant.removed = true;
      await this.store.putParticipant(workshopId, participant);
      this.onChanged(workshopId, 'participants');
      return participant;
    });
  }

  async delete(id: string): Promise<void> {
    await this.serial(id, async () => {
      await this.store.deleteWorkshop(id);
      this.forgetLoading(id);
      this.records.delete(id);
      this.participants.delete(id);
    });
    this.onChanged(id, 'deleted');
  }

  /** Another node changed this workshop: read it from the store again. */
  invalidate(id: string, change: WorkshopChange): void {
    this.participants.delete(id);
    this.loadingParticipants.delete(id);
    if (change !== 'participants') this.loadingRecords.delete(id);
    if (change === 'deleted') this.records.delete(id);
    // Live connections read the cached record on every update: replace it, never leave a gap.
    else if (change === 'workshop' && this.records.has(id)) void this.refresh(id).catch(() => undefined);
  }

  /** Notices from other nodes may have been missed (Redis was away): read everything again. */
  invalidateAll(): void {
    for (const id of [...this.records.keys()]) this.invalidate(id, 'workshop');
    this.participants.clear();
    this.loadingParticipants.clear();
  }

  /** Reloads a workshop's cached record, so devices on this node are told its current state. */
  async refresh(id: string): Promise<WorkshopRecord | null> {
    const record = await this.store.getWorkshop(id);
    this.loadingRecords.delete(id);
    if (record) this.records.set(id, record);
    else this.records.delete(id);
    return record;
  }

  /** Drops a cached participant list (a participant joined on another node moments ago). */
  forgetParticipants(id: string): void {
    this.participants.delete(id);
    this.loadingParticipants.delete(id);
  }

  /** Reads in flight are stale: their result is returned to their callers but not cached. */
  private forgetLoading(id: string): void {
    this.loadingRecords.delete(id);
    this.loadingParticipants.delete(id);
  }

  /** Runs `task` after every earlier change of the workshop, and before any later one. */
  serial<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return run;
  }
}
