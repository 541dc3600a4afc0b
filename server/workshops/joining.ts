// Joining by code: finding the workshop behind a typed code, and adding a participant,
// within the limits (wrong codes per address, joins per workshop, participants per workshop).
import type { JoinBody, JoinResponse, WorkshopLookup } from '../../shared/api.js';
import type { Limits } from '../config.js';
import type { Store, ParticipantRecord } from '../store/store.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import { hashToken, newId, newToken } from '../auth/tokens.js';
import { normaliseJoinCode } from '../../shared/protocol.js';
import type { WorkshopRecords } from './records.js';
import { UserError } from './errors.js';
import { WindowCounter } from './rate-limit.js';

export class Joining {
  private readonly failedJoins: WindowCounter;
  private readonly joinsPerWorkshop: WindowCounter;

  constructor(
    private readonly store: Store,
    private readonly records: WorkshopRecords,
    private readonly limits: Limits,
  ) {
    this.failedJoins = new WindowCounter(limits.failedJoinsPerAddress, limits.joinWindowMs);
    this.joinsPerWorkshop = new WindowCounter(limits.joinsPerWorkshop, limits.joinWindowMs);
  }

  async lookup(rawCode: string, address: string): Promise<WorkshopLookup> {
    const record = await this.recordForCode(rawCode, address);
    return { workshopId: record.id, title: record.title, language: record.language, locked: record.locked, anonymous: record.anonymous };
  }

  async join(body: JoinBody, address: string, now = Date.now()): Promise<JoinResponse> {
    const record = await this.recordForCode(body.code, address);
    if (record.locked) throw new UserError(403, 'The facilitator has closed this workshop to new participants.');
    if (!this.joinsPerWorkshop.hit(record.id, now)) {
      throw new UserError(429, 'Many people are joining at once. Try again in a minute.');
    }
    return this.records.serial(record.id, async () => {
      const list = await this.records.listParticipants(record.id);
      if (list.filter((p) => !p.removed).length >= this.limits.maxParticipantsPerWorkshop) {
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
      await this.records.addParticipant(record.id, participant);
      return { workshopId: record.id, participantId: participant.id, participantToken: token };
    });
  }

  private async recordForCode(rawCode: string, address: string): Promise<WorkshopRecord> {
    if (this.failedJoins.isOver(address)) {
      throw new UserError(429, 'Too many wrong codes from this address. Wait a few minutes and try again.');
    }
    const code = normaliseJoinCode(rawCode);
    const id = /^[A-Z0-9]{4,12}$/.test(code) ? await this.store.workshopForCode(code) : null;
    const record = id ? await this.records.get(id) : null;
    if (!record) {
      this.failedJoins.hit(address);
      throw new UserError(404, `No workshop has the code ${code || rawCode}. Check the code on the screen.`);
    }
    return record;
  }
}
