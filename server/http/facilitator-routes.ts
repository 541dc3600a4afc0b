// Facilitator-only routes of one workshop: exports and deletion. The exporters
// are imported on first use: pdfkit and its fonts cost memory a server that never
// exports should not pay.
import express, { type Response, type Router } from 'express';
import type { Workshops } from '../workshops/workshops.js';
import type { LoadedDocs } from '../yjs/loaded-docs.js';
import type { PdfWorkerPool } from '../export/pdf-offthread.js';
import type { SnapshotReader } from '../export/snapshot-reader.js';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import { handle, requireFacilitatorOf } from './respond.js';
import { setAttachment } from './attachment.js';
import { suggestRoutes } from './suggest-routes.js';

export function facilitatorRoutes(deps: {
  workshops: Workshops;
  loadedDocs: LoadedDocs;
  /** Renders PDFs off the main thread; owned by the server so close() stops it. */
  pdf: PdfWorkerPool;
  snapshots: SnapshotReader;
  onDeleted: (workshopId: string) => void;
  /** Notes still in private-writing drafts: the exports say how many were never revealed. */
  unrevealedNotes?: (workshopId: string) => Promise<number>;
}): Router {
  const { workshops, loadedDocs } = deps;
  const { records } = workshops;
  const router = express.Router();
  const requireFacilitator = requireFacilitatorOf(workshops);

  async function snapshotOf(id: string): Promise<WorkshopSnapshot> {
    const record = await records.require(id);
    const participants = await records.listParticipants(id);
    const snapshot = await deps.snapshots.read(record, participants, Date.now());
    const unrevealed = (await deps.unrevealedNotes?.(id)) ?? 0;
    return unrevealed > 0 ? { ...snapshot, unrevealedNotes: unrevealed } : snapshot;
  }

  function attachment(res: Response, snapshot: WorkshopSnapshot, extension: string, type: string): void {
    setAttachment(res, { title: snapshot.room.title, at: snapshot.exportedAt, fallback: 'workshop', extension, type });
  }

  router.get(
    '/:id/export.pdf',
    handle(async (req, res) => {
      await requireFacilitator(req);
      const snapshot = await snapshotOf(String(req.params.id));
      const pdf = await deps.pdf.render(snapshot);
      attachment(res, snapshot, 'pdf', 'application/pdf');
      res.send(pdf);
    }),
  );

  router.get(
    '/:id/export.md',
    handle(async (req, res) => {
      await requireFacilitator(req);
      const snapshot = await snapshotOf(String(req.params.id));
      attachment(res, snapshot, 'md', 'text/markdown; charset=utf-8');
      const { toMarkdown } = await import('../export/markdown.js');
      res.send(toMarkdown(snapshot));
    }),
  );

  router.get(
    '/:id/export.json',
    handle(async (req, res) => {
      await requireFacilitator(req);
      const snapshot = await snapshotOf(String(req.params.id));
      attachment(res, snapshot, 'json', 'application/json; charset=utf-8');
      res.send(JSON.stringify(snapshot, null, 2));
    }),
  );

  for (const name of ['notes', 'actions'] as const) {
    router.get(
      `/:id/${name}.csv`,
      handle(async (req, res) => {
        await requireFacilitator(req);
        const snapshot = await snapshotOf(String(req.params.id));
        attachment(res, snapshot, `${name}.csv`, 'text/csv; charset=utf-8');
        const csv = await import('../export/csv.js');
        res.send(name === 'notes' ? csv.notesCsv(snapshot) : csv.actionsCsv(snapshot));
      }),
    );
  }

  router.use(suggestRoutes({ workshops, loadedDocs }));

  router.delete(
    '/:id',
    handle(async (req, res) => {
      const record = await requireFacilitator(req);
      deps.onDeleted(record.id);
      await records.delete(record.id);
      res.status(204).end();
    }),
  );

  return router;
}
