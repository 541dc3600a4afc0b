// Starting the real server for tests: in-process on port 0 for speed, or as a child
// process (the way `npm start` runs it) when a test must kill it with SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer, type RunningServer } from '../../server/app.js';
import { defaultConfig, type Config } from '../../server/config.js';
import { LevelStore } from '../../server/store/level-store.js';
import { PgStore } from '../../server/store/pg-store.js';
import type { Store } from '../../server/store/store.js';
import { databaseFor, usesPostgres } from './pg.js';

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kruiwagen-test-'));
}

export interface TestServer {
  base: string;
  ws: string;
  server: RunningServer;
  dataDir: string;
  close(): Promise<void>;
}

/** The store of the run (see pg.ts): LevelDB in the data folder, or its own PostgreSQL database. */
export async function openTestStore(dataDir: string): Promise<Store> {
  if (usesPostgres) return PgStore.open((await databaseFor(dataDir)).url);
  fs.mkdirSync(dataDir, { recursive: true });
  return LevelStore.open(path.join(dataDir, 'kruiwagen.db'));
}

/** Environment that points a child server at the run's store for this data folder. */
async function storeEnv(dataDir: string): Promise<Record<string, string>> {
  return usesPostgres ? { DATABASE_URL: (await databaseFor(dataDir)).url } : {};
}

export async function startServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const dataDir = overrides.dataDir ?? tempDataDir();
  const server = await createServer(defaultConfig({ port: 0, host: '127.0.0.1', dataDir, warmExports: false, ...overrides }), { store: await openTestStore(dataDir) });
  return {
    base: `http://127.0.0.1:${server.port}`,
    ws: `ws://127.0.0.1:${server.port}`,
    server,
    dataDir,
    close: () => server.close(),
  };
}

export interface ChildServer {
  base: string;
  ws: string;
  port: number;
  process: ChildProcess;
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Runs the server in its own process: from source through tsx (so a test sees the code as
 * it is now), or `compiled`, exactly as `npm start` runs it after `npm run build`.
 */
export async function startChildServer(
  dataDir: string,
  port = 0,
  env: Record<string, string> = {},
  { compiled = false }: { compiled?: boolean } = {},
): Promise<ChildServer> {
  const args = compiled ? ['--enable-source-maps', 'dist/app/server/main.js'] : ['--import', 'tsx', 'server/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, EXPORT_WARM_UP: '0', ...(await storeEnv(dataDir)), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const actualPort = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = () => {
      const match = /localhost:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    base: `http://127.0.0.1:${actualPort}`,
    ws: `ws://127.0.0.1:${actualPort}`,
    port: actualPort,
    process: child,
    output: () => output,
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
