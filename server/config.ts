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
  /** Workshops expire this many days after their last activity (AVG/GDPR). */
  retentionDays: number;
  /**
   * Where to report a vulnerability in this installation (`mailto:` or `https:`), served
   * as /.well-known/security.txt; empty: no security.txt.
   */
  securityContact: string;
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
    retentionDays: 90,
    securityContact: '',
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
  if (env.SECURITY_CONTACT) {
    if (!isSecurityContact(env.SECURITY_CONTACT)) throw new Error(`SECURITY_CONTACT must be a mailto:, https: or tel: address, got "${env.SECURITY_CONTACT}"`);
    overrides.securityContact = env.SECURITY_CONTACT;
  }
  return defaultConfig(overrides);
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a number from 0 to 65535, got "${raw}"`);
  return port;
}
