// `npm run cluster [-- --nodes 3 --port 8080]`: a local demo of the clustered mode, N nodes
// plus HAProxy on one port, against the local PostgreSQL (DATABASE_URL, default database
// `kruiwagen_cluster`, created when missing) and Redis (REDIS_URL). Ctrl-C stops it all.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startCluster } from './cluster.js';

const { values } = parseArgs({ options: { nodes: { type: 'string', default: '3' }, port: { type: 'string', default: '8080' } } });
const nodes = Number(values.nodes);
const port = Number(values.port);
if (!Number.isInteger(nodes) || nodes < 1 || nodes > 16) throw new Error('--nodes must be a whole number from 1 to 16');

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kruiwagen_cluster';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

await ensureDatabase(databaseUrl);
const cluster = await startCluster({ nodes, port, databaseUrl, redisUrl, redisPrefix: 'kw:', compiled: true, echo: true });
console.log(`
Kruiwagen cluster is running: ${nodes} nodes behind HAProxy.
  Open:      http://localhost:${cluster.port}/
  Nodes:     ${cluster.nodes.map((n) => `${n.name} on port ${n.port}`).join(', ')}
  Database:  ${databaseUrl.replace(/\/\/[^@]*@/, '//')}
  Redis:     ${redisUrl}
Ctrl-C stops everything.`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  cluster.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`Created database ${name}.`);
    }
  } finally {
    await client.end();
  }
}
