// createServer wires the concerns together on one HTTP port: the API, the built
// client, socket.io (room state) and the Yjs endpoint (board content).
import http from 'node:http';
import fs from 'node:fs';
import express from 'express';
import type { Config } from './config.js';
import { LevelStore } from './store/level-store.js';
import type { Store } from './store/store.js';
import { createWorkshops } from './workshops/workshops.js';
import { importWorkshop } from './workshops/import.js';
import { LoadedDocs } from './yjs/loaded-docs.js';
import { createYjsEndpoint, CLOSE } from './yjs/ws-endpoint.js';
import { revealDrafts } from './yjs/reveal.js';
import { createRoomEndpoint } from './room/socket-endpoint.js';
import { securityHeaders } from './http/security.js';
import { securityTxt } from './http/security-txt.js';
import { apiRoutes } from './http/api.js';
import { facilitatorRoutes } from './http/facilitator-routes.js';
import { clientRoutes } from './http/static.js';
import { errorHandler } from './http/respond.js';
import { publicBaseUrl } from './net/addresses.js';
import { PdfWorkerPool } from './export/pdf-offthread.js';

export interface RunningServer {
  /** The port actually bound (useful with port 0). */
  port: number;
  baseUrl: string;
  store: Store;
  loadedDocs: LoadedDocs;
  close(): Promise<void>;
}

export async function createServer(config: Config): Promise<RunningServer> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const store = await LevelStore.open(`${config.dataDir}/kruiwagen.db`);
  const httpServer = http.createServer();
  // The port is known only after listen (port 0 in tests), and the base URL needs it.
  const port = await new Promise<number>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      const address = httpServer.address();
      resolve(typeof address === 'object' && address ? address.port : config.port);
    });
  });
  const baseUrl = publicBaseUrl(config.publicUrl, config.host, port);

  const workshops = createWorkshops(store, config, baseUrl);
  const loadedDocs = new LoadedDocs(store, {
    idleUnloadMs: config.idleUnloadMs,
    compactAfterUpdates: config.compactAfterUpdates,
    onStored: (id) => workshops.retention.touch(id),
  });
  const yjs = createYjsEndpoint({
    loadedDocs,
    workshops,
    limits: config.limits,
  });
  const roomEndpoint = createRoomEndpoint({
    httpServer,
    workshops,
    maxMessageBytes: config.limits.maxSocketMessageBytes,
    onParticipantRemoved: (workshopId, participantId) => yjs.disconnect(workshopId, participantId, CLOSE.revoked, 'removed'),
    onReveal: (workshopId) => revealDrafts(workshopId, store, loadedDocs),
  });

  const pdf = new PdfWorkerPool();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(securityHeaders);
  app.get('/.well-known/security.txt', securityTxt({ contact: config.securityContact, baseUrl }));
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/api',
    apiRoutes({
      workshops,
      maxJsonBodyBytes: config.limits.maxJsonBodyBytes,
      importWorkshop: (snapshot) => importWorkshop(snapshot, workshops.creation, loadedDocs),
      facilitatorRoutes: facilitatorRoutes({
        workshops,
        loadedDocs,
        pdf,
        onDeleted: (id) => forget(id),
      }),
    }),
  );
  app.use(clientRoutes(config.clientDir));
  app.use(errorHandler);
  httpServer.on('request', app);

  httpServer.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path.startsWith('/yjs/')) yjs.handleUpgrade(req, socket, head);
    else if (!path.startsWith('/socket.io/')) socket.destroy();
  });

  const forget = (id: string) => {
    yjs.disconnect(id, null, CLOSE.deleted, 'workshop deleted');
    roomEndpoint.disconnect(id, null);
    loadedDocs.drop(id);
  };
  const expireIdle = () => {
    workshops.retention.expire().then(
      (ids) => ids.forEach(forget),
      (error: unknown) => console.error('[retention] sweep failed', error),
    );
  };
  expireIdle();
  const retentionTimer = setInterval(expireIdle, 3600_000);
  retentionTimer.unref();

  return {
    port,
    baseUrl,
    store,
    loadedDocs,
    async close() {
      clearInterval(retentionTimer);
      yjs.close();
      await roomEndpoint.io.close();
      await loadedDocs.closeAll();
      await pdf.close();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await store.close();
    },
  };
}
