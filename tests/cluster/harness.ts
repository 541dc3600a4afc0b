// A three-node cluster behind HAProxy for a test file, and devices that reach it only
// through HAProxy (stock y-websocket and socket.io clients with the workshop id in the URL).
import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';
import * as Y from 'yjs';
import { startCluster, type Cluster } from '../../deploy/cluster.js';
import { createDatabase, PG_ADMIN_URL } from '../helpers/pg.js';
import { createWorkshop, roomClient, yClient, type RoomClient, type YClient } from '../helpers/clients.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { BoardDoc } from '../../shared/schema.js';
import { privatePostgres, privateRedis, type PrivatePostgres, type PrivateRedis } from './services.js';

export interface ClusterEnv {
  cluster: Cluster;
  db: pg.Pool;
  databaseUrl: string;
  postgres: PrivatePostgres | null;
  redis: PrivateRedis | null;
  devices: Device[];
}

/** Starts a cluster for the file: on private PostgreSQL/Redis servers when the file restarts them. */
export function clusterForFile(options: { privatePostgres?: boolean; privateRedis?: boolean; leaseMs?: number } = {}): ClusterEnv {
  const env = { devices: [] as Device[] } as ClusterEnv;
  let dropDb: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    env.postgres = options.privatePostgres ? await privatePostgres() : null;
    env.redis = options.privateRedis ? await privateRedis() : null;
    const db = await createDatabase(env.postgres?.adminUrl ?? PG_ADMIN_URL);
    dropDb = db.drop;
    env.databaseUrl = db.url;
    env.db = new pg.Pool({ connectionString: db.url, max: 2 });
    env.db.on('error', () => undefined);
    env.cluster = await startCluster({
      nodes: 3,
      databaseUrl: db.url,
      redisUrl: env.redis?.url ?? 'redis://127.0.0.1:6379',
      redisPrefix: `kw:test:${db.name}:`,
      leaseMs: options.leaseMs ?? 2000,
      // As `npm start` runs it (npm test builds first): a tsx start costs seconds per node.
      compiled: true,
    });
  }, 120_000);
  afterAll(async () => {
    for (const device of env.devices.splice(0)) device.close();
    await env.cluster?.stop();
    await env.db?.end();
    await dropDb?.().catch(() => undefined);
    await env.postgres?.destroy();
    await env.redis?.stop();
  }, 60_000);
  return env;
}

export interface Device {
  participantId: string | null;
  token: string;
  board: YClient;
  room: RoomClient;
  close(): void;
}

export function device(env: ClusterEnv, workshopId: string, token: string, participantId: string | null): Device {
  const board = yClient(env.cluster.ws, workshopId, token);
  const room = roomClient(env.cluster.base, token, workshopId);
  const d: Device = {
    participantId,
    token,
    board,
    room,
    close() {
      board.destroy();
      room.close();
    },
  };
  env.devices.push(d);
  return d;
}

export async function workshopWithDevices(
  env: ClusterEnv,
  participants: number,
  title = 'Mantelzorg Utrecht',
): Promise<{ w: CreateWorkshopResponse; facilitator: Device; people: Device[] }> {
  const w = await createWorkshop(env.cluster.base, { title });
  const facilitator = device(env, w.id, w.facilitatorToken, null);
  // Phones join in waves of ten, as a room does when the code goes up on the screen.
  const people: Device[] = [];
  for (let start = 0; start < participants; start += 10) {
    const wave = Array.from({ length: Math.min(10, participants - start) }, (_, k) => joinThrough(env, w.joinCode, start + k));
    for (const p of await Promise.all(wave)) people.push(device(env, w.id, p.participantToken, p.participantId));
  }
  await Promise.all([facilitator, ...people].map((d) => d.board.synced));
  return { w, facilitator, people };
}

async function joinThrough(env: ClusterEnv, code: string, i: number): Promise<{ participantToken: string; participantId: string }> {
  const res = await fetch(`${env.cluster.base}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, group: i % 2 ? 'carer' : 'volunteer', name: `Deelnemer ${i}` }),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`join ${i} failed with ${res.status}: ${text.slice(0, 200)}\n${env.cluster.haproxyOutput().split('\n').slice(-10).join('\n')}`);
  return JSON.parse(text) as { participantToken: string; participantId: string };
}

export const noteIds = (d: Device): string[] => [...d.board.doc.getMap('notes').keys()].sort();

export function addNote(d: Device, id: string, step = 'checkin'): void {
  new BoardDoc(d.board.doc).addNote({ text: `notitie ${id}`, step: step as 'checkin', author: d.participantId ?? 'facilitator', createdAt: Date.now() }, id);
}

/** The node holding the workshop's live lease, as the table says. */
export async function ownerOf(env: ClusterEnv, workshopId: string): Promise<{ owner: string; epoch: number } | null> {
  const { rows } = await env.db.query<{ owner: string; epoch: string }>(
    'SELECT owner, epoch FROM doc_leases WHERE doc = $1 AND expires_at > clock_timestamp()',
    [workshopId],
  );
  return rows[0] ? { owner: rows[0].owner, epoch: Number(rows[0].epoch) } : null;
}

/** Percentile of a list of numbers (p in 0..100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** What a failing cluster test prints: each device's view and the nodes' last log lines. */
export function diagnose(env: ClusterEnv, devices: Device[]): string {
  const views = devices.map((d) => `${noteIds(d).length}${d.board.provider.wsconnected ? '' : '(offline)'}${d.room.connected ? '' : '(room offline)'}`);
  const logs = env.cluster.nodes.map((n) => `--- ${n.name}\n${n.output.split('\n').slice(-25).join('\n')}`);
  return `notes per device: ${views.join(' ')}\n${logs.join('\n')}`;
}

/** Waits like waitFor, and on timeout fails with the cluster's state. */
export async function waitForCluster(env: ClusterEnv, devices: Device[], check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${diagnose(env, devices)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Note ids as the store holds them: every stored update of the document, applied afresh. */
export async function storedNoteIds(env: ClusterEnv, docName: string): Promise<string[]> {
  const { rows } = await env.db.query<{ bytes: Buffer }>('SELECT bytes FROM yjs_updates WHERE doc = $1 ORDER BY seq', [docName]);
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row.bytes));
  const ids = [...doc.getMap('notes').keys()].sort();
  doc.destroy();
  return ids;
}

/** Writers each add a note every `everyMs`; `stop` returns the ids written. */
export function startWriters(writers: Device[], everyMs: number, prefix: string, step = 'checkin'): { stop(): string[]; written: string[] } {
  const written: string[] = [];
  let n = 0;
  const timers = writers.map((w, i) =>
    setInterval(() => {
      const id = `${prefix}-${i}-${n++}`;
      addNote(w, id, step);
      written.push(id);
    }, everyMs),
  );
  return {
    written,
    stop() {
      timers.forEach(clearInterval);
      return [...written];
    },
  };
}

export const allHave = (devices: Device[], ids: string[]): boolean => {
  const want = [...ids].sort().join();
  return devices.every((d) => d.board.provider.wsconnected && noteIds(d).join() === want);
};
