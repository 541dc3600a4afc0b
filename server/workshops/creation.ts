// New workshops: from the facilitator's choices, or from a JSON export. Each gets a fresh
// id, join code and facilitator and projector tokens (only their hashes are stored).
import type { CreateWorkshopBody, CreateWorkshopResponse } from '../../shared/api.js';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import type { Store } from '../store/store.js';
import { hashToken, newId, newJoinCode, newToken } from '../auth/tokens.js';
import { newWorkshopRecord } from './create.js';
import type { WorkshopRecords } from './records.js';
import type { WorkshopLinks } from './links.js';

export class WorkshopCreation {
  constructor(
    private readonly store: Store,
    private readonly records: WorkshopRecords,
    private readonly links: WorkshopLinks,
  ) {}

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
    await this.records.add(record);
    return {
      id,
      joinCode,
      facilitatorToken,
      projectorToken,
      facilitatorUrl: this.links.facilitatorUrl(id, facilitatorToken),
      projectorUrl: this.links.projectorUrl(id, projectorToken),
      joinUrl: this.links.joinUrl(joinCode),
    };
  }

  /**
   * A new workshop carrying an exported one's settings and roster (the board content
   * is applied to its document by import.ts). Imported participants keep their ids
   * and groups, so votes still read per group, but get no working token.
   */
  async fromSnapshot(snapshot: WorkshopSnapshot, now = Date.now()): Promise<CreateWorkshopResponse> {
    const created = await this.create({ title: snapshot.room.title, language: snapshot.room.language }, now);
    await this.records.update(created.id, (record) => {
      Object.assign(record, structuredClone(snapshot.room));
    }, now);
    for (const p of snapshot.participants) {
      await this.records.addParticipant(created.id, { ...p, removed: false, tokenHash: hashToken(newToken()) });
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
}
