// Workshops, participants and tokens: the server-side authority for who may do what.
// Records are cached in memory and written through to the store before a change is
// announced, so a step change survives kill -9.
import type { Store, TokenGrant, ParticipantRecord } from '../store/store.js';
import type { Config } from '../config.js';
import type { CreateWorkshopBody, CreateWorkshopResponse, JoinBody, JoinResponse, WorkshopLookup } from '../../shared/api.js';
import { hashToken, newId, newJoinCode, newToken } from '../auth/tokens.js';
import { normaliseJoinCode } from '../../shared/protocol.js';
import { newWorkshopRecord } from './create.js';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import { toRoomState, type WorkshopRecord } from './record.js';
import type { RoomState } from '../../shared/room.js';
import { UserError } from './errors.js';
import { WindowCounter } from './rate-limit.js';

export type Grant = TokenGrant & { tokenHash: string };

export class WorkshopService {
  private readonly records = new Map<string, WorkshopRecord>();
  private readonly participants = new Map<string, ParticipantRecord[]>();
  /** Serialises changes per workshop so read-modify-write never interleaves. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly failedJoins: WindowCounter;
  private readonly joinsPerWorkshop: WindowCounter;

  constructor(
    private readonly store: Store,
    private readonly config: Config,
    readonly baseUrl: string,
  ) {
    this.failedJoins = new WindowCounter(config.limits.failedJoinsPerAddress, config.limits.joinWindowMs);
    this.joinsPerWorkshop = new WindowCounter(config.limits.joinsPerWorkshop, config.limits.joinWindowMs);
  }

  joinUrl(code: string): string {
    return `${this.baseUrl}/j/${code}`;
  }

  get retentionMs(): number {
    return this.config.retentionDays * 24 * 3600 * 1000;
  }

  roomState(record: WorkshopRecord, now = Date.now()): RoomState {
    return toRoomState(record, this.joinUrl(record.joinCode), this.retentionMs, now);
  }

  /** Board activity keeps a workshop from expiring; written at most once a minute. */
  touch(id: string, now = Date.now()): void {
    const record = this.records.get(id);
    if (!record || now - record.lastActivityAt < 60_000) return;
    this.update(id, () => undefined, now).catch((error: unknown) => console.error('[workshops] touch failed', error));
  }

  /** Deletes workshops idle for longer than the retention period; returns their ids. */
  async expire(now = Date.now()): Promise<string[]> {
    const expired: string[] = [];
    for (const id of await this.store.listWorkshopIds()) {
      const record = await this.store.getWorkshop(id);
      if (record && now - record.lastActivityAt > this.retentionMs) {
        await this.delete(id);
        expired.push(id);
      }
    }
    return expired;
  }

  async create(body: CreateWorkshopBody, now = Date.now()): Promise<CreateWorkshopResponse> {
    const id = newId();
    const facilitatorToken = newToken();
    const projectorToken = newToken();
    const joinCode = await this.claimFreshCode(id);
    const facilitatorHash = hashToken(facilitatorToken);
    const projectorHash = hashToken(projectorToken);
    const record = newWorkshopRecord(body, { id, joinCode, tokenHashes: [facilitatorHash, projectorHash] }, now);
    await this.store.putToken(facilitatorHash, { workshopId: id, role: 'facilitator', participantId: null });
    await this.store.putToken(projectorHash, { workshopId: id, role: 'projector', participantId: null });
    await this.store.putWorkshop(record);
    this.records.set(id, record);
    this.participants.set(id, []);
    return {
      id,
      joinCode,
      facilitatorToken,
      projectorToken,
      facilitatorUrl: `${this.baseUrl}/f/${id}#${facilitatorToken}`,
      projectorUrl: `${this.baseUrl}/p/${id}#${projectorToken}`,
      joinUrl: this.joinUrl(joinCode),
    };
  }

  /**
   * A new workshop carrying an exported one's settings and roster (the board content
   * is applied to its document by the caller). Imported participants keep their ids
   * and groups, so votes still read per group, but get no working token.
   */
  async importSnapshot(snapshot: WorkshopSnapshot, now = Date.now()): Promise<CreateWorkshopResponse> {
    const created = await this.create({ title: snapshot.room.title, language: snapshot.room.language }, now);
    await this.update(created.id, (record) => {
      Object.assign(record, structuredClone(snapshot.room));
    }, now);
    const list = await this.listParticipants(created.id);
    for (const p of snapshot.participants) {
      const participant: ParticipantRecord = { ...p, removed: false, tokenHash: hashToken(newToken()) };
      await this.store.putParticipant(created.id, participant);
      list.push(participant);
    }
    return created;
  }

  private async claimFreshCode(id: string): Promise<string> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newJoinCode();
      if (await this.store.claimJoinCode(code, id)) return code;
    }
    throw new Error('could not find a free join code');
  }

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

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    let list = this.participants.get(workshopId);
    if (!list) {
      list = await this.store.listParticipants(workshopId);
      this.participants.set(workshopId, list);
    }
    return list;
  }

  async lookup(rawCode: string, address: string): Promise<WorkshopLookup> {
    const record = await this.recordForCode(rawCode, address);
    return { workshopId: record.id, title: record.title, language: record.language, locked: record.locked, anonymous: record.anonymous };
  }

  private async recordForCode(rawCode: string, address: string): Promise<WorkshopRecord> {
    if (this.failedJoins.isOver(address)) {
      throw new UserError(429, 'Too many wrong codes from this address. Wait a few minutes and try again.');
    }
    const code = normaliseJoinCode(rawCode);
    const id = /^[A-Z0-9]{4,12}$/.test(code) ? await this.store.workshopForCode(code) : null;
    const record = id ? await this.get(id) : null;
    if (!record) {
      this.failedJoins.hit(address);
      throw new UserError(404, `No workshop has the code ${code || rawCode}. Check the code on the screen.`);
    }
    return record;
  }

  async join(body: JoinBody, address: string, now = Date.now()): Promise<JoinResponse> {
    const record = await this.recordForCode(body.code, address);
    if (record.locked) throw new UserError(403, 'The facilitator has closed this workshop to new participants.');
    if (!this.joinsPerWorkshop.hit(record.id, now)) {
      throw new UserError(429, 'Many people are joining at once. Try again in a minute.');
    }
    return this.serial(record.id, async () => {
      const list = await this.listParticipants(record.id);
      if (list.filter((p) => !p.removed).length >= this.config.limits.maxParticipantsPerWorkshop) {
        throw new UserError(403, 'This workshop is full.');
      }
      const token = newToken();
      const participant: ParticipantRecord = {
        id: newId(),
        name: body.name ?? '',
        group: body.group,
        joinedAt: now,
        removed: false,
        tokenHash: hashToken(token),
      };
      await this.store.putToken(participant.tokenHash, { workshopId: record.id, role: 'participant', participantId: participant.id });
      await this.store.putParticipant(record.id, participant);
      list.push(participant);
      return { workshopId: record.id, participantId: participant.id, participantToken: token };
    });
  }

  /** The grant a token carries, or null for unknown, revoked or deleted. */
  async authenticate(token: unknown): Promise<Grant | null> {
    if (typeof token !== 'string' || token.length < 10 || token.length > 100) return null;
    const tokenHash = hashToken(token);
    const grant = await this.store.getToken(tokenHash);
    if (!grant || !(await this.get(grant.workshopId))) return null;
    if (grant.participantId) {
      const list = await this.listParticipants(grant.workshopId);
      const participant = list.find((p) => p.id === grant.participantId);
      if (!participant || participant.removed) return null;
    }
    return { ...grant, tokenHash };
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

  /** Forget cached state of a workshop nobody uses; it reloads from the store. */
  evict(id: string): void {
    if (!this.queues.has(id)) {
      this.records.delete(id);
      this.participants.delete(id);
    }
  }

  private serial<T>(id: string, task: () => Promise<T>): Promise<T> {
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
