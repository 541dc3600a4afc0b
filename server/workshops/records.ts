// Workshop records and participant lists: cached in memory and written through to the
// store before a change is announced (a step change survives kill -9). Changes to one
// workshop run one at a time, so read-modify-write never interleaves.
import type { Store, ParticipantRecord } from '../store/store.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import { UserError } from './errors.js';

export class WorkshopRecords {
  private readonly records = new Map<string, WorkshopRecord>();
  private readonly participants = new Map<string, ParticipantRecord[]>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly store: Store) {}

  async get(id: string): Promise<WorkshopRecord | null> {
    const cached = this.records.get(id);
    if (cached) return cached;
    const record = await this.store.getWorkshop(id);
    if (record) this.records.set(id, record);
    return record;
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
    this.records.set(record.id, record);
    this.participants.set(record.id, []);
  }

  /** Applies a change to a workshop record and stores it before resolving. */
  update(id: string, change: (record: WorkshopRecord) => void, now = Date.now()): Promise<WorkshopRecord> {
    return this.serial(id, async () => {
      const current = await this.require(id);
      const next = structuredClone(current);
      change(next);
      next.lastActivityAt = now;
      await this.store.putWorkshop(next);
      this.records.set(id, next);
      return next;
    });
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    let list = this.participants.get(workshopId);
    if (!list) {
      list = await this.store.listParticipants(workshopId);
      this.participants.set(workshopId, list);
    }
    return list;
  }

  /** Stores a participant; call inside `serial` when a limit on their number must hold. */
  async addParticipant(workshopId: string, participant: ParticipantRecord): Promise<void> {
    const list = await this.listParticipants(workshopId);
    await this.store.putParticipant(workshopId, participant);
    list.push(participant);
  }

  async removeParticipant(workshopId: string, participantId: string): Promise<ParticipantRecord> {
    return this.serial(workshopId, async () => {
      const list = await this.listParticipants(workshopId);
      const participant = list.find((p) => p.id === participantId);
      if (!participant) throw new UserError(404, 'No such participant.');
      participant.removed = true;
      await this.store.putParticipant(workshopId, participant);
      return participant;
    });
  }

  async delete(id: string): Promise<void> {
    await this.serial(id, async () => {
      await this.store.deleteWorkshop(id);
      this.records.delete(id);
      this.participants.delete(id);
    });
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
