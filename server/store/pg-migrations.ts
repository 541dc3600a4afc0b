// The PostgreSQL schema, as numbered steps. Every node runs them at start: each step runs
// once, in its own transaction, under an advisory lock, so nodes starting together do
// not race and a step that fails leaves nothing half done. Never edit a released step;
// add the next one.
import type pg from 'pg';

const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'workshops, codes, tokens, participants, Yjs updates, client ids, leases',
    sql: `
      CREATE TABLE workshops (
        id text PRIMARY KEY,
        record jsonb NOT NULL
      );
      -- A join code belongs to one workshop: the primary key is what makes a claim atomic.
      CREATE TABLE join_codes (
        code text PRIMARY KEY,
        workshop_id text NOT NULL
      );
      CREATE INDEX join_codes_workshop ON join_codes (workshop_id);
      CREATE TABLE tokens (
        token_hash text PRIMARY KEY,
        workshop_id text NOT NULL,
        grant_json jsonb NOT NULL
      );
      CREATE INDEX tokens_workshop ON tokens (workshop_id);
      CREATE TABLE participants (
        workshop_id text NOT NULL,
        id text NOT NULL,
        record jsonb NOT NULL,
        PRIMARY KEY (workshop_id, id)
      );
      -- Append-only per document; compaction replaces a prefix with one merged row.
      -- epoch: the lease under which the row was written (see doc_leases).
      CREATE SEQUENCE yjs_update_seq;
      CREATE TABLE yjs_updates (
        doc text NOT NULL,
        workshop_id text NOT NULL,
        seq bigint NOT NULL DEFAULT nextval('yjs_update_seq'),
        epoch bigint NOT NULL,
        bytes bytea NOT NULL,
        PRIMARY KEY (doc, seq)
      );
      CREATE INDEX yjs_updates_workshop ON yjs_updates (workshop_id);
      CREATE TABLE client_owners (
        doc text NOT NULL,
        workshop_id text NOT NULL,
        client_id bigint NOT NULL,
        owner text NOT NULL,
        PRIMARY KEY (doc, client_id)
      );
      CREATE INDEX client_owners_workshop ON client_owners (workshop_id);
      -- One writer per document: who holds it, under which epoch, until when (database clock).
      CREATE TABLE doc_leases (
        doc text PRIMARY KEY,
        workshop_id text NOT NULL,
        owner text NOT NULL,
        epoch bigint NOT NULL,
        expires_at timestamptz NOT NULL,
        wanted_by text
      );
      CREATE INDEX doc_leases_workshop ON doc_leases (workshop_id);
    `,
  },
  {
    version: 2,
    name: 'series of meetings and their tokens',
    sql: `
      CREATE TABLE series (
        id text PRIMARY KEY,
        record jsonb NOT NULL
      );
      CREATE TABLE series_tokens (
        token_hash text PRIMARY KEY,
        series_id text NOT NULL
      );
      CREATE INDEX series_tokens_series ON series_tokens (series_id);
    `,
  },
];

/** Any constant shared by all nodes: the lock that serialises migrations. */
const MIGRATION_LOCK = 0x6b727569;

export async function migrate(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const step of MIGRATIONS) {
      if (done.has(step.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(step.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(step.version);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  return applied;
}

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
