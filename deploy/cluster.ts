// Several Kruiwagen nodes behind HAProxy on one machine: `npm run cluster` (deploy/run-cluster.ts)
// and the cluster tests (tests/cluster/) start it with this module. HAProxy runs
// deploy/haproxy.cfg itself, with the `bind` and `server` lines rewritten for the ports
// chosen here, plus a stats listener that says which nodes HAProxy counts as up.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export interface ClusterOptions {
  nodes: number;
  databaseUrl: string;
  redisUrl: string;
  /** HAProxy's port; 0 picks a free one. */
  port?: number;
  /** Every node's Redis keys start with this (several clusters can share one Redis). */
  redisPrefix?: string;
  leaseMs?: number;
  /** Run dist/app (after `npm run build`) instead of the TypeScript source through tsx. */
  compiled?: boolean;
  /** Extra environment for every node. */
  env?: Record<string, string>;
  /** Print node and HAProxy output (the demo); tests keep it for failure messages. */
  echo?: boolean;
}

export interface ClusterNode {
  name: string;
  port: number;
  process: ChildProcess | null;
  output: string;
  /** Starts the node (again) on its port. */
  start(): Promise<void>;
  /** Sends a signal and, for ones that end the process, waits for the exit. */
  signal(signal: NodeJS.Signals): Promise<void>;
}

export interface Cluster {
  port: number;
  base: string;
  ws: string;
  nodes: ClusterNode[];
  haproxyOutput(): string;
  /** HAProxy's view: node name -> 'UP' | 'DOWN' | … */
  serverStates(): Promise<Map<string, string>>;
  /** Waits until HAProxy counts exactly these nodes as up. */
  waitForUp(names: string[], timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** deploy/haproxy.cfg with this cluster's frontend port and nodes, plus a stats listener. */
export function haproxyConfig(frontendPort: number, statsPort: number, nodes: { name: string; port: number }[]): string {
  const template = fs.readFileSync(path.join(root, 'deploy/haproxy.cfg'), 'utf8');
  const lines = template.split('\n');
  const out: string[] = [];
  let serversWritten = false;
  for (const line of lines) {
    if (/^\s*bind\s/.test(line)) out.push(`    bind 127.0.0.1:${frontendPort}`);
    else if (/^\s*server\s/.test(line)) {
      if (!serversWritten) for (const node of nodes) out.push(`    server ${node.name} 127.0.0.1:${node.port} check`);
      serversWritten = true;
    } else out.push(line);
  }
  out.push('', 'listen stats', `    bind 127.0.0.1:${statsPort}`, '    stats enable', '    stats uri /stats', '');
  return out.join('\n');
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const port = options.port || (await freePort());
  const statsPort = await freePort();
  const prefix = options.redisPrefix ?? `kw:cluster:${process.pid}:`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-cluster-'));
  const nodes: ClusterNode[] = [];
  for (let i = 1; i <= options.nodes; i++) nodes.push(makeNode(`node${i}`, await freePort(), options, prefix, dir));

  const cfgPath = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(cfgPath, haproxyConfig(port, statsPort, nodes));
  await Promise.all(nodes.map((node) => node.start()));

  let haproxyOut = '';
  const haproxy = spawn('haproxy', ['-f', cfgPath, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const onOut = (chunk: Buffer) => {
    haproxyOut += chunk.toString();
    if (options.echo) process.stdout.write(`[haproxy] ${chunk.toString()}`);
  };
  haproxy.stdout.on('data', onOut);
  haproxy.stderr.on('data', onOut);
  const haproxyExited = new Promise<void>((resolve) => haproxy.once('exit', () => resolve()));

  async function serverStates(): Promise<Map<string, string>> {
    const res = await fetch(`http://127.0.0.1:${statsPort}/stats;csv`);
    const states = new Map<string, string>();
    for (const row of (await res.text()).split('\n')) {
      const cols = row.split(',');
      if (cols[0] === 'kruiwagen_nodes' && cols[1] && cols[1] !== 'BACKEND' && cols[1] !== 'FRONTEND') states.set(cols[1], cols[17] ?? '');
    }
    return states;
  }

  async function waitForUp(names: string[], timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const states = await serverStates();
        const up = [...states].filter(([, state]) => state.startsWith('UP')).map(([name]) => name).sort();
        if (up.join() === [...names].sort().join()) return;
      } catch {
        // HAProxy still starting
      }
      if (Date.now() > deadline) throw new Error(`HAProxy did not see exactly ${names.join(', ')} up in time:\n${haproxyOut}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  // Should the caller die without stop(), the nodes and HAProxy go with it.
  const killAll = () => {
    for (const node of nodes) node.process?.kill('SIGKILL');
    haproxy.kill('SIGKILL');
  };
  process.once('exit', killAll);

  await waitForUp(nodes.map((n) => n.name), 60_000);
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}`,
    nodes,
    haproxyOutput: () => haproxyOut,
    serverStates,
    waitForUp,
    async stop() {
      for (const node of nodes) {
        if (node.process?.signalCode === null && node.process.exitCode === null) {
          // A stopped node must continue before it can end.
          node.process.kill('SIGCONT');
        }
      }
      await Promise.all(nodes.map((node) => node.signal('SIGTERM')));
      haproxy.kill('SIGTERM');
      await haproxyExited;
      process.off('exit', killAll);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function makeNode(name: string, port: number, options: ClusterOptions, prefix: string, dir: string): ClusterNode {
  const args = options.compiled ? ['--enable-source-maps', 'dist/app/server/main.js'] : ['--import', 'tsx', 'server/main.ts'];
  let exited: Promise<void> = Promise.resolve();
  const node: ClusterNode = {
    name,
    port,
    process: null,
    output: '',
    async start() {
      const child = spawn(process.execPath, args, {
        cwd: root,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          PUBLIC_URL: `http://127.0.0.1:${port}`,
          DATA_DIR: path.join(dir, name),
          DATABASE_URL: options.databaseUrl,
          REDIS_URL: options.redisUrl,
          REDIS_PREFIX: prefix,
          NODE_ID: name,
          ...(options.leaseMs ? { LEASE_MS: String(options.leaseMs) } : {}),
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      node.process = child;
      const onData = (chunk: Buffer) => {
        node.output += chunk.toString();
        if (options.echo) process.stdout.write(`[${name}] ${chunk.toString()}`);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      exited = new Promise((resolve) => child.once('exit', () => resolve()));
      const deadline = Date.now() + 120_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${node.output}`);
        try {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`);
          if (res.ok) return;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) throw new Error(`${name} did not become ready:\n${node.output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async signal(signal) {
      const child = node.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      if (signal === 'SIGKILL' || signal === 'SIGTERM' || signal === 'SIGINT') await exited;
    },
  };
  return node;
}
