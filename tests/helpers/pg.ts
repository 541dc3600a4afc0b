// PostgreSQL for tests. The integration suite runs twice (vite.config.ts): once on the
// embedded LevelDB store, once with KW_TEST_STORE=postgres on a database of its own per
// data folder (`kw_test_<random>`), dropped when the test file ends (pg-cleanup.ts).
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const usesPostgres = process.env.KW_TEST_STORE === 'postgres';

/** The maintenance database of the machine's PostgreSQL (trust auth on 127.0.0.1). */
export const PG_ADMIN_URL = process.env.KW_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string, adminUrl = PG_ADMIN_URL): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string, adminUrl = PG_ADMIN_URL): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl = PG_ADMIN_URL): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `kw_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`, adminUrl);
  return {
    name,
    url: databaseUrl(name, adminUrl),
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, adminUrl);
    },
  };
}

/** One database per data folder, so a server restarted on the same folder finds its data. */
const byDataDir = new Map<string, Promise<{ name: string; url: string; drop(): Promise<void> }>>();

export function databaseFor(dataDir: string): Promise<{ url: string }> {
  let db = byDataDir.get(dataDir);
  if (!db) byDataDir.set(dataDir, (db = createDatabase()));
  return db;
}

export async function dropTestDatabases(): Promise<void> {
  const all = [...byDataDir.values()];
  byDataDir.clear();
  for (const db of all) await (await db).drop();
}
