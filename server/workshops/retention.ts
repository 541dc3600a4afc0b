// Workshops and everything in them are deleted after a period without activity (AVG/GDPR).
import type { Store } from '../store/store.js';
import type { WorkshopRecords } from './records.js';

export class Retention {
  readonly ms: number;

  constructor(
    private readonly store: Store,
    private readonly records: WorkshopRecords,
    days: number,
  ) {
    this.ms = days * 24 * 3600 * 1000;
  }

  /** Board activity keeps a workshop from expiring; written at most once a minute. */
  touch(id: string, now = Date.now()): void {
    const record = this.records.cached(id);
    if (!record || now - record.lastActivityAt < 60_000) return;
    this.records.update(id, () => undefined, now).catch((error: unknown) => console.error('[workshops] touch failed', error));
  }

  /** Deletes workshops idle for longer than the retention period; returns their ids. */
  async expire(now = Date.now()): Promise<string[]> {
    const expired: string[] = [];
    for (const id of await this.store.listWorkshopIds()) {
      const record = await this.store.getWorkshop(id);
      if (record && now - record.lastActivityAt > this.ms) {
        await this.records.delete(id);
        expired.push(id);
      }
    }
    return expired;
  }
}
