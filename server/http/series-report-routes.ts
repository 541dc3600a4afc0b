// The series report behind the series token (docs/protocol.md): GET /api/series/:id/report.pdf
// and report.md. The PDF is rendered in the server's PDF worker, like a meeting's report;
// the Markdown renderer is loaded on first use, like the meeting exporters.
import express, { type Response, type Router } from 'express';
import type { Workshops } from '../workshops/workshops.js';
import type { LoadedDocs } from '../yjs/loaded-docs.js';
import type { SnapshotReader } from '../export/snapshot-reader.js';
import type { PdfWorkerPool } from '../export/pdf-offthread.js';
import type { SeriesService } from '../series/series.js';
import type { SeriesRecord } from '../store/series-record.js';
import type { SeriesReportInput } from '../export/series-report-model.js';
import { pickSeriesSettings } from '../series/series-settings.js';
import { meetingSnapshots, requireSeriesOf } from '../series/series-access.js';
import { handle } from './respond.js';
import { setAttachment } from './attachment.js';

export interface SeriesReportDeps {
  workshops: Workshops;
  series: SeriesService;
  loadedDocs: LoadedDocs;
  /** Meetings' snapshots, built off the event loop for meetings nobody has open. */
  snapshots: SnapshotReader;
  pdf: PdfWorkerPool;
}

export function seriesReportRoutes(deps: SeriesReportDeps): Router {
  const router = express.Router();
  const requireSeries = requireSeriesOf(deps.workshops, deps.series);

  async function inputOf(record: SeriesRecord): Promise<SeriesReportInput> {
    const now = Date.now();
    return { settings: pickSeriesSettings(record), meetings: await meetingSnapshots(deps, record, now), exportedAt: now };
  }

  function attachment(res: Response, input: SeriesReportInput, extension: string, type: string): void {
    setAttachment(res, { title: input.settings.name, at: input.exportedAt, fallback: 'series', extension, type });
  }

  router.get(
    '/series/:id/report.pdf',
    handle(async (req, res) => {
      const input = await inputOf(await requireSeries(req));
      const pdf = await deps.pdf.renderSeries(input);
      attachment(res, input, 'pdf', 'application/pdf');
      res.send(pdf);
    }),
  );

  router.get(
    '/series/:id/report.md',
    handle(async (req, res) => {
      const input = await inputOf(await requireSeries(req));
      const { toSeriesMarkdown } = await import('../export/series-markdown.js');
      attachment(res, input, 'md', 'text/markdown; charset=utf-8');
      res.send(toSeriesMarkdown(input));
    }),
  );

  return router;
}
