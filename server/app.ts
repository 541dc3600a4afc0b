// createServer wires the concerns together on one HTTP port: the API, the built
// client, socket.io (room state) and the Yjs endpoint (board content).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import express from 'express';
import type { Config } from './config.js';
import { LevelStore } from './store/level-store.js';
import type { Store } from './store/store.js';
import { createWorkshops } from './workshops/workshops.js';
import { importWorkshop } from './workshops/import.js';
import { LoadedDocs } from './yjs/loaded-docs.js';
import { createYjsEndpoint, CLOSE } from './yjs/ws-endpoint.js';
import { revealDrafts } from './yjs/reveal.js';
import { countDraftNotes, DraftCounts } from './yjs/draft-counts.js';
import { createRoomEndpoint } from './room/socket-endpoint.js';
import { securityHeaders } from './http/security.js';
import { securityTxt } from './http/security-txt.js';
import { apiRoutes } from './http/api.js';
import { seriesRoutes } from './http/series-routes.js';
import { seriesReportRoutes } from './http/series-report-routes.js';
import { SeriesService } from './series/series.js';
import { facilitatorRoutes } from './http/facilitator-routes.js';
import { clientRoutes } from './http/static.js';
import { errorHandler } from './http/respond.js';
import { publicBaseUrl } from './net/addresses.js';
import { PdfWorkerPool } from './export/pdf-offthread.js';
import { SnapshotReader } from './export/snapshot-reader.js';
import type { RedisLink } from './cluster/redis.js';
import type { ClusterBus } from './cluster/bus.js';
import { MemoryRateCounter, RedisRateCounter } from './workshops/rate-limit.js';
import { parseDocName } from '../shared/protocol.js';

export interface RunningServer {
  /** The port actually bound (useful with port 0). */
  port: number;
  baseUrl: string;
  store: Store;
  loadedDocs: LoadedDocs;
  /** The export worker (PDF rendering, snapshots of stored workshops). */
  pdf: PdfWorkerPool;
  close(): Promise<void>;
}

/** What the server is built on; the server closes both when it closes. */
export interface ServerDeps {
  /** Durable state. Default: the embedded LevelDB store in `config.dataDir`. */
  store: Store;
  /** Shared state of a cluster of nodes. Default: from `config.redisUrl`, or none. */
  redis: RedisLink | null;
}

export async function createServer(config: Config, deps: Partial<ServerDeps> = {}): Promise<RunningServer> {
  let store = deps.store;
  if (!store) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    store = await LevelStore.open(`${config.dataDir}/kruiwagen.db`);
  }
  // A node of a cluster loads the cluster's modules before it listens (cluster/modules.ts).
  const cluster = deps.redis || config.redisUrl ? await import('./cluster/modules.js') : null;
  const redis = deps.redis !== undefined ? deps.redis : cluster && config.redisUrl ? new cluster.RedisLink(config.redisUrl, config.redisPrefix) : null;
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
  const nodeId = config.nodeId || `${os.hostname()}:${port}`;

  const workshops = createWorkshops(store, config, baseUrl, (name, limit, windowMs) =>
    redis ? new RedisRateCounter(redis, name, limit, windowMs) : new MemoryRateCounter(limit, windowMs),
  );
  const series = new SeriesService(store, workshops.records, workshops.links, workshops.retention.ms);
  const loadedDocs = new LoadedDocs(store, {
    idleUnloadMs: config.idleUnloadMs,
    compactAfterUpdates: config.compactAfterUpdates,
    broadcastWindowMs: config.broadcastWindowMs,
    onStored: (id) => {
      workshops.retention.touch(id);
      drafts.stored(id);
    },
    leases: store.leases ? { store: store.leases, node: nodeId, ttlMs: config.leaseMs } : undefined,
    // Taking a workshop over from another node: its record may have changed meanwhile.
    onLoaded: store.leases ? (id) => void workshops.records.refresh(parseDocName(id).workshopId).catch(() => undefined) : undefined,
  });
  const drafts = new DraftCounts(store, loadedDocs, (id) => roomEndpoint.publishState(id));
  const yjs = createYjsEndpoint({
    loadedDocs,
    workshops,
    limits: config.limits,
  });
  const pdf = new PdfWorkerPool();
  const roomEndpoint = createRoomEndpoint({
    httpServer,
    workshops,
    maxMessageBytes: config.limits.maxSocketMessageBytes,
    onParticipantRemoved: (workshopId, participantId) => {
      yjs.disconnect(workshopId, participantId, CLOSE.revoked, 'removed');
      bus?.publish({ workshopId, change: 'participant-removed', participantId });
    },
    onReveal: async (workshopId) => {
      await revealDrafts(workshopId, store, loadedDocs);
      await drafts.recount(workshopId);
    },
    unrevealedNotes: (workshopId) => drafts.get(workshopId),
    onFacilitator: config.warmExports ? () => pdf.warm() : undefined,
  });

  // Several nodes: socket.io broadcasts reach every node's sockets, and caches follow
  // changes stored by other nodes (cluster/bus.ts).
  let bus: ClusterBus | null = null;
  if (redis && cluster) {
    const { createAdapter, ClusterBus } = cluster;
    roomEndpoint.io.adapter(createAdapter(redis.adapter, { streamName: redis.key('socket.io'), channelPrefix: redis.key('socket.io') }));
    bus = new ClusterBus(
      redis,
      nodeId,
      (notice) => {
        if (notice.change === 'deleted') forget(notice.workshopId);
        else if (notice.change === 'participant-removed' && notice.participantId) {
          workshops.records.invalidate(notice.workshopId, 'participants');
          yjs.disconnect(notice.workshopId, notice.participantId, CLOSE.revoked, 'removed');
        } else if (notice.change !== 'participant-removed') workshops.records.invalidate(notice.workshopId, notice.change);
      },
      () => workshops.records.invalidateAll(),
    );
    const notify = bus;
    workshops.records.onChanged = (workshopId, change) => notify.publish({ workshopId, change });
  }

  const snapshots = new SnapshotReader({ loadedDocs, store, worker: pdf });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(securityHeaders);
  app.get('/.well-known/security.txt', securityTxt({ contact: config.securityContact, baseUrl }));
  // Load balancers send devices only to a ready node: the store is open by now, and a
  // cluster node also waits for Redis once at start (later outages do not make it unready:
  // its workshops keep running without Redis).
  app.get('/healthz', (_req, res) => {
    if (redis && !redis.started) {
      res.status(503).json({ ok: false, waitingFor: 'redis' });
      return;
    }
    res.json({ ok: true, node: nodeId, redis: redis ? (redis.connected ? 'connected' : 'reconnecting') : 'none' });
  });
  app.use('/api', seriesReportRoutes({ workshops, series, loadedDocs, pdf, snapshots }));
  const importOne = (snapshot: Parameters<typeof importWorkshop>[0]) => importWorkshop(snapshot, workshops.creation, loadedDocs);
  app.use(
    '/api',
    apiRoutes({
      workshops,
      maxJsonBodyBytes: config.limits.maxJsonBodyBytes,
      importWorkshop: importOne,
      // The new participant's phone opens the board next: its load overlaps the phone's connecting.
      onJoined: (workshopId) => loadedDocs.warm(workshopId),
      seriesRoutes: seriesRoutes({
        workshops,
        series,
        loadedDocs,
        snapshots,
        importWorkshop: importOne,
        deleteWorkshop: async (id) => {
          forget(id);
          await workshops.records.delete(id);
        },
      }),
      facilitatorRoutes: facilitatorRoutes({
        workshops,
        loadedDocs,
        pdf,
        snapshots,
        onDeleted: (id) => forget(id),
        unrevealedNotes: (id) => countDraftNotes(id, store, loadedDocs),
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
    drafts.forget(id);
    roomEndpoint.disconnect(id, null);
    loadedDocs.drop(id);
    workshops.records.invalidate(id, 'deleted');
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
    pdf,
    async close() {
      clearInterval(retentionTimer);
      drafts.close();
      yjs.close();
      await roomEndpoint.io.close();
      await loadedDocs.closeAll();
      await pdf.close();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await store.close();
      await redis?.close();
    },
  };
}
