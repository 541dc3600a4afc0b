// Every tunable of the server in one typed object with documented defaults.
// `process.env` is read here and nowhere else.
import path from 'node:path';
import { isSecurityContact } from './http/security-txt.js';

export interface Config {
  /** TCP port for HTTP, socket.io and Yjs. */
  port: number;
  /** Interface to listen on; 0.0.0.0 so phones on the LAN can reach a laptop. */
  host: string;
  /** Folder of the embedded database. */
  dataDir: string;
  /** Address printed and encoded in QR codes; derived from the LAN address when empty. */
  publicUrl: string;
  /** Folder of the built client; the server serves it when it exists. */
  clientDir: string;
  limits: Limits;
  /** A document nobody is connected to is unloaded after this long. */
  idleUnloadMs: number;
  /** Stored Yjs updates of one workshop are merged into one after this many. */
  compactAfterUpdates: number;
  /**
   * A workshop's updates are stored and broadcast at most once per this many ms, as one
   * merged batch (server/yjs/loaded-doc.ts): at 1,000 notes/s to 300 devices a broadcast
   * per update would be 300,000 frames a second. Below one update per window nothing waits.
   */
  broadcastWindowMs: number;
  /** Workshops expire this many days after their last activity (AVG/GDPR). */
  retentionDays: number;
  /** PostgreSQL connection string; empty means the embedded LevelDB store in dataDir. */
  databaseUrl: string;
  /** Redis connection string for running several nodes; empty means one process. */
  redisUrl: string;
  /** Prefix of every Redis key and channel, so several deployments can share one Redis. */
  redisPrefix: string;
  /**
   * How long a node's hold on a workshop's live document lasts without renewal (it is
   * renewed every third of this while loaded). A frozen or killed node's workshops move
   * to another node after at most this long; shorter means faster failover but more
   * renewals and less tolerance for a busy node. PostgreSQL store only.
   */
  leaseMs: number;
  /**
   * This node's name in leases and logs. Default: `<hostname>:<port>`, so a node restarted
   * on its address takes its own workshops back at once (the lease epoch still fences
   * its previous run). Two live nodes must never share a name.
   */
  nodeId: string;
  /**
   * Where to report a vulnerability in this installation (`mailto:` or `https:`), served
   * as /.well-known/security.txt; empty: no security.txt.
   */
  securityContact: string;
  /**
   * Start the PDF worker and render a tiny report when a facilitator opens a console, so
   * the first export does not wait for the worker to start (about a second on a cold
   * process). Costs the worker's memory while facilitators are active; it stops after ten
   * idle minutes. `EXPORT_WARM_UP=0` turns it off.
   */
  warmExports: boolean;
}

export interface Limits {
  /** Largest Yjs websocket frame; ws's own default is 100 MiB. */
  maxYjsMessageBytes: number;
  /** Largest socket.io frame. */
  maxSocketMessageBytes: number;
  /** Largest HTTP JSON body (a JSON import of a big workshop is the largest). */
  maxJsonBodyBytes: number;
  maxParticipantsPerWorkshop: number;
  /** Failed join-code attempts per address per window: guessing codes is what this stops. */
  failedJoinsPerAddress: number;
  /** Successful joins per workshop per window: a whole venue behind one NAT still gets in. */
  joinsPerWorkshop: number;
  joinWindowMs: number;
  /** Notes a participant may create per minute. */
  notesPerParticipantPerMinute: number;
}

export const defaultLimits: Limits = {
  maxYjsMessageBytes: 2 * 1024 * 1024,
  maxSocketMessageBytes: 64 * 1024,
  maxJsonBodyBytes: 20 * 1024 * 1024,
  maxParticipantsPerWorkshop: 500,
  failedJoinsPerAddress: 30,
  joinsPerWorkshop: 600,
  joinWindowMs: 5 * 60_000,
  notesPerParticipantPerMinute: 30,
};

export function defaultConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 3000,
    host: '0.0.0.0',
    dataDir: path.resolve('data'),
    publicUrl: '',
    clientDir: path.resolve('dist/client'),
    idleUnloadMs: 30_000,
    compactAfterUpdates: 500,
    broadcastWindowMs: 10,
    retentionDays: 90,
    databaseUrl: '',
    redisUrl: '',
    redisPrefix: 'kw:',
    // B8: with 3 s, kill -9 of a workshop's owner to 300 devices resynced took 3.4–3.7 s
    // (p99); with 5 s it took 6.1–7.2 s, past the 5 s goal.
    leaseMs: 3000,
    nodeId: '',
    securityContact: '',
    warmExports: true,
    ...overrides,
    limits: { ...defaultLimits, ...overrides.limits },
  };
}

export function configFromEnv(env: NodeJS.ProcessEnv): Config {
  const overrides: Partial<Config> = {};
  if (env.PORT !== undefined) overrides.port = parsePort(env.PORT);
  if (env.HOST) overrides.host = env.HOST;
  if (env.DATA_DIR) overrides.dataDir = path.resolve(env.DATA_DIR);
  if (env.PUBLIC_URL) overrides.publicUrl = env.PUBLIC_URL.replace(/\/+$/, '');
  if (env.RETENTION_DAYS) overrides.retentionDays = Number(env.RETENTION_DAYS);
  if (env.DATABASE_URL) overrides.databaseUrl = env.DATABASE_URL;
  if (env.REDIS_URL) overrides.redisUrl = env.REDIS_URL;
  if (env.REDIS_PREFIX) overrides.redisPrefix = env.REDIS_PREFIX;
  if (env.LEASE_MS) overrides.leaseMs = parsePositive('LEASE_MS', env.LEASE_MS);
  if (env.NODE_ID) overrides.nodeId = env.NODE_ID;
  if (env.BROADCAST_WINDOW_MS !== undefined) {
    const ms = Number(env.BROADCAST_WINDOW_MS);
    if (!Number.isInteger(ms) || ms < 0 || ms > 1000) throw new Error(`BROADCAST_WINDOW_MS must be a whole number from 0 to 1000, got "${env.BROADCAST_WINDOW_MS}"`);
    overrides.broadcastWindowMs = ms;
  }
  if (env.EXPORT_WARM_UP !== undefined) {
    if (!['0', '1', 'false', 'true'].includes(env.EXPORT_WARM_UP)) throw new Error(`EXPORT_WARM_UP must be 1 or 0, got "${env.EXPORT_WARM_UP}"`);
    overrides.warmExports = env.EXPORT_WARM_UP === '1' || env.EXPORT_WARM_UP === 'true';
  }
  if (env.SECURITY_CONTACT) {
    if (!isSecurityContact(env.SECURITY_CONTACT)) throw new Error(`SECURITY_CONTACT must be a mailto:, https: or tel: address, got "${env.SECURITY_CONTACT}"`);
    overrides.securityContact = env.SECURITY_CONTACT;
  }
  return defaultConfig(overrides);
}

function parsePositive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a number from 0 to 65535, got "${raw}"`);
  return port;
}
