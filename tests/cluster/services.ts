// Private PostgreSQL and Redis servers on free ports, for tests that restart them (the
// machine's shared ones serve other people's tests). PostgreSQL runs as the `postgres`
// user from a fresh initdb in a temp folder; Redis keeps nothing on disk.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../deploy/cluster.js';

const PG_BIN = `/usr/lib/postgresql/${fs.existsSync('/usr/lib/postgresql') ? (fs.readdirSync('/usr/lib/postgresql').sort().pop() ?? '15') : '15'}/bin`;

export interface PrivatePostgres {
  adminUrl: string;
  port: number;
  start(): Promise<void>;
  /** Stops at once, like a crash (in-flight transactions are lost, committed ones kept). */
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

function asPostgres(args: string[]): string {
  return execFileSync('runuser', ['-u', 'postgres', '--', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function privatePostgres(): Promise<PrivatePostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-pg-'));
  fs.chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  execFileSync('chown', ['postgres:postgres', data]);
  asPostgres([`${PG_BIN}/initdb`, '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const handle: PrivatePostgres = {
    adminUrl,
    port,
    async start() {
      asPostgres([`${PG_BIN}/pg_ctl`, '-D', data, '-w', '-l', path.join(data, 'log'), '-o', `-p ${port} -k ${data} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
      // pg_ctl -w waits for the server; make sure it accepts queries on TCP too.
      const deadline = Date.now() + 20_000;
      for (;;) {
        const client = new pg.Client({ connectionString: adminUrl });
        try {
          await client.connect();
          await client.end();
          return;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
    async stop() {
      asPostgres([`${PG_BIN}/pg_ctl`, '-D', data, '-m', 'immediate', 'stop']);
    },
    async destroy() {
      try {
        asPostgres([`${PG_BIN}/pg_ctl`, '-D', data, '-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  await handle.start();
  return handle;
}

export interface PrivateRedis {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const handle: PrivateRedis = {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
      child = proc;
      await new Promise<void>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${out}`)), 10_000);
        proc.stdout?.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('Ready to accept connections')) {
            clearTimeout(timer);
            resolve();
          }
        });
        proc.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${out}`)));
      });
    },
    async stop() {
      const proc = child;
      if (!proc || proc.exitCode !== null) return;
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill('SIGKILL');
      await exited;
    },
  };
  await handle.start();
  return handle;
}
