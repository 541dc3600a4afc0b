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

  /**
   * Deletes workshops idle for longer than the retention period; returns their ids. A
   * meeting of a series is idle only when the whole series is: its clock runs from the
   * series' last activity (a change to the series, or activity in any of its meetings).
   * A series whose meetings are all gone goes when it is idle too.
   */
  async expire(now = Date.now()): Promise<string[]> {
    const seriesActivity = new Map<string, number>();
    const records = [];
    for (const id of await this.store.listWorkshopIds()) {
      const record = await this.store.getWorkshop(id);
      if (!record) continue;
      records.push(record);
      if (record.seriesId) seriesActivity.set(record.seriesId, Math.max(seriesActivity.get(record.seriesId) ?? 0, record.lastActivityAt));
    }
    for (const seriesId of await this.store.listSeriesIds()) {
      const series = await this.store.getSeries(seriesId);
      if (!series) continue;
      const last = Math.max(series.lastActivityAt, seriesActivity.get(seriesId) ?? 0);
      seriesActivity.set(seriesId, last);
      if (now - last > this.ms && !records.some((r) => r.seriesId === seriesId && series.meetingIds.includes(r.id))) {
        await this.store.deleteSeries(seriesId);
      }
    }
    const expired: string[] = [];
    for (const record of records) {
      const last = Math.max(record.lastActivityAt, (record.seriesId && seriesActivity.get(record.seriesId)) || 0);
      if (now - last > this.ms) {
        await this.records.delete(record.id);
        expired.push(record.id);
      }
    }
    return expired;
  }
}
