// Reading a series behind its token, and its meetings as plain snapshots: shared by the
// series API (http/series-routes.ts) and the series report (http/series-report-routes.ts).
import type { Request } from 'express';
import type { SeriesRecord } from '../store/series-record.js';
import type { Workshops } from '../workshops/workshops.js';
import type { SnapshotReader } from '../export/snapshot-reader.js';
import { UserError } from '../workshops/errors.js';
import { bearerToken } from '../http/respond.js';
import type { SeriesService } from './series.js';
import type { MeetingSnapshot } from './timeline.js';

/** The series of the URL, if the bearer token is its series token: unknown 404, else 403. */
export const requireSeriesOf =
  (workshops: Pick<Workshops, 'authenticateSeries'>, series: Pick<SeriesService, 'require'>) =>
  async (req: Request): Promise<SeriesRecord> => {
    const record = await series.require(String(req.params.id));
    const token = bearerToken(req);
    if (!token) throw new UserError(403, 'This needs the series link: send Authorization: Bearer <seriesToken>.');
    if ((await workshops.authenticateSeries(token)) !== record.id) throw new UserError(403, 'Only the facilitator of this series can do that.');
    return record;
  };

/** The series' meetings that still exist, oldest first, as their exports would hold them (removed participants left out). */
export async function meetingSnapshots(deps: { workshops: Workshops; snapshots: SnapshotReader }, record: SeriesRecord, now = Date.now()): Promise<MeetingSnapshot[]> {
  const meetings: MeetingSnapshot[] = [];
  for (const id of record.meetingIds) {
    const meeting = await deps.workshops.records.get(id);
    if (!meeting) continue;
    const participants = (await deps.workshops.records.listParticipants(id)).filter((p) => !p.removed);
    meetings.push({ id, snapshot: await deps.snapshots.read(meeting, participants, now) });
  }
  return meetings;
}
