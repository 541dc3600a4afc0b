// Starts the server under test, ours or the stock reference, pinned to core 0 with
// taskset, on a port of the shared range, and reads its memory and CPU from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export type Kind = 'ours' | 'ref';
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SERVER_CORE = '0';
export const LOAD_CORE = '1';
/** Set-up only (writing a template data dir, nothing measured): either core. */
export const SETUP_CORES = '0,1';

// Below Linux's ephemeral range (32768–60999), so a port-0 server or an outgoing socket of
// another process on the machine cannot be holding one of ours.
const PORT_BASE = Number(process.env.KW_BENCH_PORT_BASE ?? 31100);
let portCounter = 0;
/** Ours and the reference take turns on the same small port range. */
export function nextPort(): number {
  return PORT_BASE + (portCounter++ % 50);
}

export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `kw-bench-${label}-`));
}

export interface BenchServer {
  kind: Kind;
  port: number;
  dataDir: string;
  base: string;
  ws: string;
  pid: number;
  /** Resident set size in bytes (VmRSS of /proc/<pid>/status). */
  rss(): number;
  /** CPU time (user + system) in ms, from /proc/<pid>/stat. */
  cpuMs(): number;
  output(): string;
  /**
   * Only for a server started with `{ probe: true }`: a full GC in the server (SIGUSR2 to
   * bench/lib/gc-probe.mjs), then its process.memoryUsage() before and after.
   */
  probe(): Promise<ProbeReading>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface ProbeReading {
  gc: boolean;
  before: NodeJS.MemoryUsage;
  after: NodeJS.MemoryUsage;
  heap: { total: number; used: number; external: number };
  snapshot: string | null;
}

export interface StartOptions {
  /** Adds `--expose-gc --import ./bench/lib/gc-probe.mjs` (both kinds alike), for probe(). */
  probe?: boolean;
  env?: Record<string, string>;
  /** taskset's CPU list; SERVER_CORE unless a set-up server (SETUP_CORES) that is not measured. */
  cores?: string;
  /** Ours only: the PostgreSQL store on this database (DATABASE_URL) instead of LevelDB in the data dir. */
  databaseUrl?: string;
}

/** The machine's PostgreSQL (trust auth on 127.0.0.1), for the runs of ours on the PostgreSQL store. */
export const PG_ADMIN_URL = process.env.KW_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  name: string;
  url: string;
  /** Sum of pg_total_relation_size over the database's own tables (indexes and TOAST included). */
  tableBytes(): Promise<number>;
  drop(): Promise<void>;
}

async function adminQuery<R extends pg.QueryResultRow>(sql: string, url = PG_ADMIN_URL): Promise<pg.QueryResult<R>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<R>(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database `kw_bench_<random>`, empty or a copy of `template` (which must have no connections). */
export async function benchDatabase(template?: string): Promise<BenchDatabase> {
  const name = `kw_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async tableBytes() {
      const { rows } = await adminQuery<{ bytes: string }>(
        "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public'",
        url.toString(),
      );
      return Number(rows[0]?.bytes ?? 0);
    },
    async drop() {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Ours as `npm start` runs it: the server compiled by `npm run build` (bench/run.ts builds first). */
export const OURS_ENTRY = 'dist/app/server/main.js';

function command(kind: Kind, probe: boolean): string[] {
  const flags = probe ? ['--expose-gc', '--import', './bench/lib/gc-probe.mjs'] : [];
  return kind === 'ours'
    ? [process.execPath, '--enable-source-maps', ...flags, OURS_ENTRY]
    : [process.execPath, ...flags, 'node_modules/@y/websocket-server/src/server.js'];
}

/**
 * Ours exactly as users run it (`node --enable-source-maps dist/app/server/main.js`, as
 * `npm start` does, with PORT/HOST/DATA_DIR). The reference is the stock
 * `@y/websocket-server` bin with HOST/PORT and its own LevelDB persistence
 * (YPERSISTENCE), so both keep the board on disk.
 */
export async function startServer(kind: Kind, port: number, dataDir: string, options: StartOptions = {}): Promise<BenchServer> {
  if (kind === 'ours' && !fs.existsSync(path.join(ROOT, OURS_ENTRY))) throw new Error(`${OURS_ENTRY} is missing: run \`npm run build\` first (bench/run.ts does)`);
  // A port some other process holds: take the next one of the range (a few times at most).
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(kind, port, dataDir, options);
    } catch (error) {
      if (attempt >= 5 || !/EADDRINUSE/.test(String(error))) throw error;
      console.log(`  (${kind}: port ${port} is in use by another process; trying the next one)`);
      port = nextPort();
    }
  }
}

async function startOnce(kind: Kind, port: number, dataDir: string, options: StartOptions): Promise<BenchServer> {
  const env =
    kind === 'ours'
      ? { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}) }
      : { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1', YPERSISTENCE: dataDir };
  const child: ChildProcess = spawn('taskset', ['-c', options.cores ?? SERVER_CORE, ...command(kind, options.probe === true)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = kind === 'ours' ? /localhost:\d+\// : /running at/;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} did not start:\n${output}`)), 30_000);
    const check = () => {
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} exited with ${code}:\n${output}`));
    });
  });
  const pid = child.pid!; // taskset execs node: same pid
  return {
    kind,
    port,
    dataDir,
    base: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}`,
    pid,
    rss: () => procRss(pid),
    cpuMs: () => procCpuMs(pid),
    output: () => output,
    async probe() {
      if (!options.probe) throw new Error('probe() needs startServer(…, { probe: true })');
      const from = output.length;
      child.kill('SIGUSR2');
      const deadline = Date.now() + 120_000;
      for (;;) {
        const line = /\[gc-probe\] (\{.*\})\n/.exec(output.slice(from));
        if (line) return JSON.parse(line[1]!) as ProbeReading;
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no gc-probe answer from ${kind}:\n${output.slice(-2000)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export function procRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status);
  return kb ? Number(kb[1]) * 1024 : NaN;
}

export function procCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after "pid (comm) ".
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Bytes on disk under a folder (the sum of file sizes). */
export function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : fs.statSync(full).size;
  }
  return total;
}

export function copyDir(from: string, label: string): string {
  const to = tempDir(label);
  fs.cpSync(from, to, { recursive: true });
  return to;
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
