// Series records: creating one with its secret link, reading, changing (one change at a
// time per series), adding meetings, and the meetings' list with who was there. A series
// token gives facilitator rights over every meeting of its series (http/respond.ts); to
// open a meeting's live console, the series page asks for a facilitator link of that
// meeting (meetingLink), so the live endpoints only ever see workshop tokens.
import type { CreateSeriesBody, CreateSeriesResponse, SeriesMeeting, SeriesView } from '../../shared/series.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { Store } from '../store/store.js';
import type { SeriesRecord } from '../store/series-record.js';
import type { WorkshopRecords } from '../workshops/records.js';
import type { WorkshopLinks } from '../workshops/links.js';
import { UserError } from '../workshops/errors.js';
import { hashToken, newId, newToken } from '../auth/tokens.js';
import { pickSeriesSettings } from './series-settings.js';
import { presence } from './timeline.js';

const EXPECTED_GROUPS: SeriesRecord['expectedGroups'] = ['carer', 'volunteer', 'professional', 'organisation', 'municipality'];

export class SeriesService {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly records: WorkshopRecords,
    private readonly links: WorkshopLinks,
    /** The retention period (workshops/retention.ts): a series' clock is its last activity. */
    private readonly retentionMs: number,
  ) {}

  async create(body: CreateSeriesBody, now = Date.now()): Promise<CreateSeriesResponse> {
    const id = newId();
    const token = newToken();
    const tokenHash = hashToken(token);
    const record: SeriesRecord = {
      name: body.name,
      organiser: body.organiser ?? '',
      expectedGroups: body.expectedGroups ?? [...EXPECTED_GROUPS],
      horizonYear: body.horizonYear ?? new Date(now).getFullYear() + 5,
      ambition: body.ambition ?? '',
      language: body.language ?? 'nl',
      id,
      createdAt: now,
      lastActivityAt: now,
      meetingIds: [],
      tokenHashes: [tokenHash],
    };
    await this.store.putSeriesToken(tokenHash, id);
    await this.store.putSeries(record);
    return { id, seriesToken: token, seriesUrl: this.links.seriesUrl(id, token) };
  }

  async require(id: string): Promise<SeriesRecord> {
    const record = await this.store.getSeries(id);
    if (!record) throw new UserError(404, 'This series does not exist (any more).');
    return record;
  }

  /** Applies a change and stores it; the series' last activity becomes `now`. */
  update(id: string, change: (record: SeriesRecord) => void, now = Date.now()): Promise<SeriesRecord> {
    return this.serial(id, async () => {
      const next = await this.store.updateSeries(id, (current) => {
        const copy = structuredClone(current);
        change(copy);
        copy.lastActivityAt = Math.max(copy.lastActivityAt, now);
        return copy;
      });
      if (!next) throw new UserError(404, 'This series does not exist (any more).');
      return next;
    });
  }

  /** Puts a workshop into the series as its latest meeting. */
  async addMeeting(seriesId: string, workshopId: string, now = Date.now()): Promise<SeriesRecord> {
    await this.records.update(workshopId, (record) => {
      record.seriesId = seriesId;
    }, now);
    return this.update(seriesId, (series) => {
      if (!series.meetingIds.includes(workshopId)) series.meetingIds.push(workshopId);
    }, now);
  }

  /** The series' meetings that still exist, oldest first, with who was at the table. */
  async meetings(series: SeriesRecord): Promise<SeriesMeeting[]> {
    const out: SeriesMeeting[] = [];
    for (const id of series.meetingIds) {
      const record = await this.records.get(id);
      if (!record) continue;
      const participants = (await this.records.listParticipants(id)).filter((p) => !p.removed);
      out.push({
        id,
        title: record.title,
        date: record.createdAt,
        place: record.place,
        ...presence(participants, series.expectedGroups),
        reportPath: `/api/workshops/${id}/export.pdf`,
      });
    }
    return out;
  }

  async view(series: SeriesRecord): Promise<SeriesView> {
    let last = series.lastActivityAt;
    for (const id of series.meetingIds) last = Math.max(last, (await this.records.get(id))?.lastActivityAt ?? 0);
    return {
      ...pickSeriesSettings(series),
      id: series.id,
      createdAt: series.createdAt,
      lastActivityAt: last,
      expiresAt: last + this.retentionMs,
      meetings: await this.meetings(series),
    };
  }

  /**
   * A fresh facilitator link to one meeting of the series, for its console: stored like
   * the one made with the workshop, and deleted with it.
   */
  async meetingLink(series: SeriesRecord, workshopId: string): Promise<Pick<CreateWorkshopResponse, 'id' | 'facilitatorToken' | 'facilitatorUrl'>> {
    if (!series.meetingIds.includes(workshopId)) throw new UserError(404, 'This meeting is not part of the series.');
    const token = newToken();
    const tokenHash = hashToken(token);
    await this.records.update(workshopId, (record) => {
      record.tokenHashes.push(tokenHash);
    });
    await this.store.putToken(tokenHash, { workshopId, role: 'facilitator', participantId: null });
    return { id: workshopId, facilitatorToken: token, facilitatorUrl: this.links.facilitatorUrl(workshopId, token) };
  }

  /** Deletes the series and every meeting in it; `deleteMeeting` also closes its live connections. */
  async delete(series: SeriesRecord, deleteMeeting: (workshopId: string) => Promise<void>): Promise<string[]> {
    return this.serial(series.id, async () => {
      const deleted: string[] = [];
      for (const id of series.meetingIds) {
        if (await this.records.get(id)) {
          await deleteMeeting(id);
          deleted.push(id);
        }
      }
      await this.store.deleteSeries(series.id);
      return deleted;
    });
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
