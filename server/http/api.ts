// The HTTP API (docs/protocol.md): create, import and join workshops, the join QR code,
// and the facilitator's exports and deletion.
import express, { type Request, type Router } from 'express';
import { createWorkshopBody, joinBody, type CreateWorkshopResponse } from '../../shared/api.js';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import type { Workshops } from '../workshops/workshops.js';
import { UserError } from '../workshops/errors.js';
import { handle, parseBody } from './respond.js';

export interface ApiDeps {
  workshops: Workshops;
  maxJsonBodyBytes: number;
  /** A new workshop from a checked JSON export (workshops/import.ts). */
  importWorkshop: (snapshot: WorkshopSnapshot) => Promise<CreateWorkshopResponse>;
  /** Mounted under /api/workshops/:id/ for the facilitator (exports, delete). */
  facilitatorRoutes: Router;
  /** /api/series… and /api/workshops/:id/next-meeting (http/series-routes.ts). */
  seriesRoutes: Router;
  /** A participant joined: their device opens the workshop's board next. */
  onJoined?: (workshopId: string) => void;
}

export function apiRoutes(deps: ApiDeps): Router {
  const { workshops } = deps;
  const router = express.Router();
  router.use(express.json({ limit: deps.maxJsonBodyBytes }));

  router.post(
    '/workshops',
    handle(async (req, res) => {
      const body = parseBody(createWorkshopBody, req.body);
      res.status(201).json(await workshops.creation.create(body));
    }),
  );

  // Anyone may import: the new workshop is theirs, as with POST /workshops.
  router.post(
    '/workshops/import',
    handle(async (req, res) => {
      // The schema is loaded on first use, like the exporters.
      const { parseSnapshot } = await import('../../shared/snapshot-schema.js');
      const parsed = parseSnapshot(req.body);
      if (!parsed.ok) throw new UserError(400, `This file cannot be imported: ${parsed.error}`);
      res.status(201).json(await deps.importWorkshop(parsed.snapshot));
    }),
  );

  router.get(
    '/join/:code',
    handle(async (req, res) => {
      res.json(await workshops.joining.lookup(String(req.params.code), clientAddress(req)));
    }),
  );

  router.post(
    '/join',
    handle(async (req, res) => {
      const body = parseBody(joinBody, req.body);
      const joined = await workshops.joining.join(body, clientAddress(req));
      res.json(joined);
      deps.onJoined?.(joined.workshopId);
    }),
  );

  router.get(
    '/workshops/:id/qr.svg',
    handle(async (req, res) => {
      const record = await workshops.records.require(String(req.params.id));
      // qrcode (and pngjs under it) is loaded on the first QR code, not at start.
      const { default: QRCode } = await import('qrcode');
      const svg = await QRCode.toString(workshops.links.joinUrl(record.joinCode), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      res.type('image/svg+xml').setHeader('Cache-Control', 'no-cache');
      res.send(svg);
    }),
  );

  router.use(deps.seriesRoutes);
  router.use('/workshops', deps.facilitatorRoutes);
  router.use((_req, res) => {
    res.status(404).json({ error: 'No such API endpoint.' });
  });
  return router;
}

function clientAddress(req: Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}
