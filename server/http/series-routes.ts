// The series API (docs/protocol.md): create a series, read and change it behind its
// token, list its meetings and their actions over time, start the next meeting (from the
// series or from one of its meetings), import an export into it, and delete it.
import express, { type Router } from 'express';
import { createSeriesBody, nextMeetingBody, updateSeriesBody } from '../../shared/series.js';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { Workshops } from '../workshops/workshops.js';
import type { LoadedDocs } from '../yjs/loaded-docs.js';
import type { SnapshotReader } from '../export/snapshot-reader.js';
import { UserError } from '../workshops/errors.js';
import type { SeriesService } from '../series/series.js';
import { latestMeeting, startNextMeeting } from '../series/next-meeting.js';
import { seriesTimeline } from '../series/timeline.js';
import { meetingSnapshots, requireSeriesOf } from '../series/series-access.js';
import { handle, parseBody, requireFacilitatorOf } from './respond.js';

export interface SeriesRouteDeps {
  workshops: Workshops;
  series: SeriesService;
  loadedDocs: LoadedDocs;
  /** Meetings' snapshots, built off the event loop for meetings nobody has open. */
  snapshots: SnapshotReader;
  /** A new workshop from a checked JSON export (workshops/import.ts). */
  importWorkshop: (snapshot: WorkshopSnapshot) => Promise<CreateWorkshopResponse>;
  /** Deletes a meeting and closes its live connections, as DELETE /api/workshops/:id does. */
  deleteWorkshop: (workshopId: string) => Promise<void>;
}

export function seriesRoutes(deps: SeriesRouteDeps): Router {
  const { workshops, series } = deps;
  const router = express.Router();
  const requireFacilitator = requireFacilitatorOf(workshops);

  const requireSeries = requireSeriesOf(workshops, series);

  router.post(
    '/series',
    handle(async (req, res) => {
      res.status(201).json(await series.create(parseBody(createSeriesBody, req.body)));
    }),
  );

  router.get(
    '/series/:id',
    handle(async (req, res) => {
      res.json(await series.view(await requireSeries(req)));
    }),
  );

  router.patch(
    '/series/:id',
    handle(async (req, res) => {
      const body = parseBody(updateSeriesBody, req.body);
      const current = await requireSeries(req);
      const next = await series.update(current.id, (record) => void Object.assign(record, body));
      res.json(await series.view(next));
    }),
  );

  router.get(
    '/series/:id/timeline',
    handle(async (req, res) => {
      const record = await requireSeries(req);
      const meetings = await meetingSnapshots(deps, record);
      res.json(seriesTimeline(meetings, record.expectedGroups));
    }),
  );

  router.post(
    '/series/:id/meetings',
    handle(async (req, res) => {
      const body = parseBody(nextMeetingBody, req.body);
      const record = await requireSeries(req);
      if (record.meetingIds.length === 0) {
        // The first meeting: nothing to carry, the full template.
        const created = await workshops.creation.create({ title: body.title ?? record.name, language: record.language, horizonYear: record.horizonYear, place: body.place });
        await series.addMeeting(record.id, created.id);
        res.status(201).json({ ...created, seriesId: record.id });
        return;
      }
      const from = body.from ?? (await latestMeeting(deps, record));
      if (!record.meetingIds.includes(from)) throw new UserError(404, 'That meeting is not part of this series.');
      res.status(201).json(await startNextMeeting(deps, from, body));
    }),
  );

  router.post(
    '/series/:id/meetings/:meetingId/link',
    handle(async (req, res) => {
      const record = await requireSeries(req);
      res.json(await series.meetingLink(record, String(req.params.meetingId)));
    }),
  );

  router.post(
    '/series/:id/import',
    handle(async (req, res) => {
      const record = await requireSeries(req);
      const { parseSnapshot } = await import('../../shared/snapshot-schema.js');
      const parsed = parseSnapshot(req.body);
      if (!parsed.ok) throw new UserError(400, `This file cannot be imported: ${parsed.error}`);
      const created = await deps.importWorkshop(parsed.snapshot);
      await series.addMeeting(record.id, created.id);
      res.status(201).json({ ...created, seriesId: record.id });
    }),
  );

  router.delete(
    '/series/:id',
    handle(async (req, res) => {
      const record = await requireSeries(req);
      res.json({ deleted: await series.delete(record, deps.deleteWorkshop) });
    }),
  );

  // From a meeting's console: its facilitator link (or the series link) starts the next one.
  router.post(
    '/workshops/:id/next-meeting',
    handle(async (req, res) => {
      const body = parseBody(nextMeetingBody.omit({ from: true }), req.body);
      const meeting = await requireFacilitator(req);
      res.status(201).json(await startNextMeeting(deps, meeting.id, body));
    }),
  );

  return router;
}
