// The shared store for several nodes: PostgreSQL through `pg`. Yjs updates go into an
// append-only table; every write of a document's updates carries its lease epoch and is
// refused when that epoch is no longer current (see leases below), so a node that was
// frozen or cut off can never store an update after another node took the document over.
import pg from 'pg';
import type { Fence, LeaseClaim, LeaseStore, ParticipantRecord, Store, TokenGrant } from './store.js';
import { FencedError } from './store.js';
import type { WorkshopRecord } from './workshop-record.js';
import type { SeriesRecord } from './series-record.js';
import { migrate } from './pg-migrations.js';
import { StoreOpenError } from './level-store.js';

/** Tables that hold a workshop's rows; vacuumed after a deletion (docs/privacy.md). */
const WORKSHOP_TABLES = ['workshops', 'join_codes', 'tokens', 'participants', 'yjs_updates', 'client_owners', 'doc_leases'];

export class PgStore implements Store, LeaseStore {
  /** Highest stored seq per document this process knows of: compaction replaces up to it. */
  private readonly lastSeq = new Map<string, number>();
  readonly leases: LeaseStore = this;

  private constructor(readonly pool: pg.Pool) {}

  static async open(connectionString: string): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
    // An idle connection dropped by a restarting server must not take the process down;
    // the next query opens a fresh one.
    pool.on('error', (error) => console.warn(`[store] PostgreSQL connection lost: ${error.message}`));
    try {
      const applied = await migrate(pool);
      if (applied.length > 0) console.log(`[store] PostgreSQL schema migrated to version ${applied[applied.length - 1]}`);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new StoreOpenError(
        `Cannot use the PostgreSQL database (DATABASE_URL): ${(error as Error).message}. ` +
          'Check that PostgreSQL runs and the database exists (createdb), then start again.',
      );
    }
    return new PgStore(pool);
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.pool.query<{ record: WorkshopRecord }>('SELECT record FROM workshops WHERE id = $1', [id]);
    return rows[0]?.record ?? null;
  }
  async putWorkshop(record: WorkshopRecord): Promise<void> {
    await this.pool.query('INSERT INTO workshops (id, record) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET record = EXCLUDED.record', [record.id, record]);
  }
  async updateWorkshop(id: string, change: (current: WorkshopRecord) => WorkshopRecord): Promise<WorkshopRecord | null> {
    return this.transaction(async (client) => {
      const { rows } = await client.query<{ record: WorkshopRecord }>('SELECT record FROM workshops WHERE id = $1 FOR UPDATE', [id]);
      const current = rows[0]?.record;
      if (!current) return null;
      const next = change(current);
      await client.query('UPDATE workshops SET record = $2 WHERE id = $1', [id, next]);
      return next;
    });
  }
  async listWorkshopIds(): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>('SELECT id FROM workshops ORDER BY id');
    return rows.map((r) => r.id);
  }
  async claimJoinCode(code: string, workshopId: string): Promise<boolean> {
    const result = await this.pool.query('INSERT INTO join_codes (code, workshop_id) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING', [code, workshopId]);
    return result.rowCount === 1;
  }
  async workshopForCode(code: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ workshop_id: string }>('SELECT workshop_id FROM join_codes WHERE code = $1', [code]);
    return rows[0]?.workshop_id ?? null;
  }
  async putToken(tokenHash: string, grant: TokenGrant): Promise<void> {
    await this.pool.query(
      'INSERT INTO tokens (token_hash, workshop_id, grant_json) VALUES ($1, $2, $3) ON CONFLICT (token_hash) DO UPDATE SET grant_json = EXCLUDED.grant_json',
      [tokenHash, grant.workshopId, grant],
    );
  }
  async getToken(tokenHash: string): Promise<TokenGrant | null> {
    const { rows } = await this.pool.query<{ grant_json: TokenGrant }>('SELECT grant_json FROM tokens WHERE token_hash = $1', [tokenHash]);
    return rows[0]?.grant_json ?? null;
  }
  async putParticipant(workshopId: string, participant: ParticipantRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO participants (workshop_id, id, record) VALUES ($1, $2, $3) ON CONFLICT (workshop_id, id) DO UPDATE SET record = EXCLUDED.record',
      [workshopId, participant.id, participant],
    );
  }
  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const { rows } = await this.pool.query<{ record: ParticipantRecord }>('SELECT record FROM participants WHERE workshop_id = $1', [workshopId]);
    return rows.map((r) => r.record).sort((a, b) => a.joinedAt - b.joinedAt);
  }

  async appendUpdates(docName: string, updates: Uint8Array[], fence?: Fence): Promise<void> {
    if (updates.length === 0) return;
    const bytes = updates.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength));
    // FOR SHARE on the lease row: a takeover (an UPDATE of that row) waits for this insert
    // to commit, and an insert that starts after the takeover finds no row with its epoch.
    const { rows } = await this.pool.query<{ seq: string }>(
      `WITH lease AS (SELECT epoch FROM doc_leases WHERE doc = $1 AND epoch = $3 FOR SHARE)
       INSERT INTO yjs_updates (doc, workshop_id, epoch, bytes)
       SELECT $1, $2, e.epoch, u.bytes
         FROM ${fence ? 'lease e' : '(SELECT 0::bigint AS epoch) e'}, unnest($4::bytea[]) WITH ORDINALITY AS u(bytes, n)
        ORDER BY u.n
       RETURNING seq`,
      [docName, workshopOf(docName), fence?.epoch ?? 0, bytes],
    );
    if (rows.length === 0) throw new FencedError(`the lease of ${docName} under epoch ${fence?.epoch} was taken over`);
    this.noteSeq(docName, Math.max(...rows.map((r) => Number(r.seq))));
  }
  async readUpdates(docName: string): Promise<Uint8Array[]> {
    const { rows } = await this.pool.query<{ seq: string; bytes: Buffer }>('SELECT seq, bytes FROM yjs_updates WHERE doc = $1 ORDER BY seq', [docName]);
    if (rows.length > 0) this.noteSeq(docName, Number(rows[rows.length - 1]!.seq));
    return rows.map((r) => new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength));
  }
  async replaceUpdates(docName: string, merged: Uint8Array, fence?: Fence): Promise<void> {
    // The caller encoded `merged` from a document that holds every update stored so far,
    // so the boundary is read now, before anything else can be appended.
    const boundary = this.lastSeq.get(docName);
    if (boundary === undefined) return;
    await this.transaction(async (client) => {
      if (fence) {
        const lease = await client.query('SELECT 1 FROM doc_leases WHERE doc = $1 AND epoch = $2 FOR SHARE', [docName, fence.epoch]);
        if (lease.rowCount === 0) throw new FencedError(`the lease of ${docName} under epoch ${fence.epoch} was taken over`);
      }
      await client.query('DELETE FROM yjs_updates WHERE doc = $1 AND seq <= $2', [docName, boundary]);
      await client.query('INSERT INTO yjs_updates (doc, workshop_id, seq, epoch, bytes) VALUES ($1, $2, $3, $4, $5)', [
        docName,
        workshopOf(docName),
        boundary,
        fence?.epoch ?? 0,
        Buffer.from(merged.buffer, merged.byteOffset, merged.byteLength),
      ]);
    });
  }
  private noteSeq(docName: string, seq: number): void {
    if (seq > (this.lastSeq.get(docName) ?? -1)) this.lastSeq.set(docName, seq);
  }

  async readClientOwners(docName: string): Promise<Map<number, string>> {
    const { rows } = await this.pool.query<{ client_id: string; owner: string }>('SELECT client_id, owner FROM client_owners WHERE doc = $1', [docName]);
    return new Map(rows.map((r) => [Number(r.client_id), r.owner]));
  }
  async putClientOwners(docName: string, owners: Map<number, string>): Promise<void> {
    if (owners.size === 0) return;
    await this.pool.query(
      `INSERT INTO client_owners (doc, workshop_id, client_id, owner)
       SELECT $1, $2, c.id, c.owner FROM unnest($3::bigint[], $4::text[]) AS c(id, owner)
       ON CONFLICT (doc, client_id) DO NOTHING`,
      [docName, workshopOf(docName), [...owners.keys()], [...owners.values()]],
    );
  }

  async listDraftOwners(workshopId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ doc: string }>('SELECT DISTINCT doc FROM yjs_updates WHERE workshop_id = $1 AND doc <> $1', [workshopId]);
    return rows.map((r) => r.doc.slice(workshopId.length + 1));
  }

  async getSeries(id: string): Promise<SeriesRecord | null> {
    const { rows } = await this.pool.query<{ record: SeriesRecord }>('SELECT record FROM series WHERE id = $1', [id]);
    return rows[0]?.record ?? null;
  }
  async putSeries(record: SeriesRecord): Promise<void> {
    await this.pool.query('INSERT INTO series (id, record) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET record = EXCLUDED.record', [record.id, record]);
  }
  async updateSeries(id: string, change: (current: SeriesRecord) => SeriesRecord): Promise<SeriesRecord | null> {
    return this.transaction(async (client) => {
      const { rows } = await client.query<{ record: SeriesRecord }>('SELECT record FROM series WHERE id = $1 FOR UPDATE', [id]);
      const current = rows[0]?.record;
      if (!current) return null;
      const next = change(current);
      await client.query('UPDATE series SET record = $2 WHERE id = $1', [id, next]);
      return next;
    });
  }
  async listSeriesIds(): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>('SELECT id FROM series ORDER BY id');
    return rows.map((r) => r.id);
  }
  async putSeriesToken(tokenHash: string, seriesId: string): Promise<void> {
    await this.pool.query('INSERT INTO series_tokens (token_hash, series_id) VALUES ($1, $2) ON CONFLICT (token_hash) DO NOTHING', [tokenHash, seriesId]);
  }
  async seriesForToken(tokenHash: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ series_id: string }>('SELECT series_id FROM series_tokens WHERE token_hash = $1', [tokenHash]);
    return rows[0]?.series_id ?? null;
  }
  async deleteSeries(id: string): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('DELETE FROM series_tokens WHERE series_id = $1', [id]);
      await client.query('DELETE FROM series WHERE id = $1', [id]);
    });
    await this.pool.query('VACUUM series, series_tokens').catch((error: unknown) => {
      console.warn(`[store] VACUUM after deleting series ${id} failed; autovacuum will reclaim the rows`, error);
    });
  }

  async deleteWorkshop(id: string): Promise<void> {
    await this.transaction(async (client) => {
      for (const table of WORKSHOP_TABLES) {
        await client.query(`DELETE FROM ${table} WHERE ${table === 'workshops' ? 'id' : 'workshop_id'} = $1`, [id]);
      }
    });
    for (const doc of this.lastSeq.keys()) if (workshopOf(doc) === id) this.lastSeq.delete(doc);
    // Deleted rows stay in the table files until VACUUM reclaims them (docs/privacy.md
    // says what remains in WAL and backups). Plain VACUUM takes no lock that stops writers.
    await this.pool.query(`VACUUM ${WORKSHOP_TABLES.join(', ')}`).catch((error: unknown) => {
      console.warn(`[store] VACUUM after deleting ${id} failed; autovacuum will reclaim the rows`, error);
    });
  }

  // Leases: see yjs/doc-leases.ts for how they are used.

  async acquireLease(docName: string, node: string, ttlMs: number): Promise<LeaseClaim> {
    const { rows } = await this.pool.query<{ epoch: string }>(
      `INSERT INTO doc_leases (doc, workshop_id, owner, epoch, expires_at)
       VALUES ($1, $2, $3, 1, clock_timestamp() + $4 * interval '1 millisecond')
       ON CONFLICT (doc) DO UPDATE
         SET owner = EXCLUDED.owner, epoch = doc_leases.epoch + 1, expires_at = EXCLUDED.expires_at, wanted_by = NULL
         WHERE doc_leases.expires_at <= clock_timestamp() OR doc_leases.owner = EXCLUDED.owner
       RETURNING epoch`,
      [docName, workshopOf(docName), node, ttlMs],
    );
    if (rows[0]) return { ok: true, epoch: Number(rows[0].epoch) };
    const held = await this.pool.query<{ owner: string }>('SELECT owner FROM doc_leases WHERE doc = $1', [docName]);
    return { ok: false, owner: held.rows[0]?.owner ?? 'another node' };
  }
  async renewLease(docName: string, node: string, epoch: number, ttlMs: number): Promise<{ held: boolean; wanted: boolean }> {
    const { rows } = await this.pool.query<{ wanted_by: string | null }>(
      `UPDATE doc_leases SET expires_at = clock_timestamp() + $4 * interval '1 millisecond'
        WHERE doc = $1 AND owner = $2 AND epoch = $3 RETURNING wanted_by`,
      [docName, node, epoch, ttlMs],
    );
    const row = rows[0];
    return { held: row !== undefined, wanted: row !== undefined && row.wanted_by !== null && row.wanted_by !== node };
  }
  async wantLease(docName: string, node: string): Promise<void> {
    await this.pool.query('UPDATE doc_leases SET wanted_by = $2 WHERE doc = $1 AND owner <> $2', [docName, node]);
  }
  async releaseLease(docName: string, node: string, epoch: number): Promise<void> {
    await this.pool.query(`UPDATE doc_leases SET expires_at = '-infinity', wanted_by = NULL WHERE doc = $1 AND owner = $2 AND epoch = $3`, [
      docName,
      node,
      epoch,
    ]);
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is dropped rather than reused.
      await client.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Drafts of private writing are documents `<workshopId>~<participantId>`. */
function workshopOf(docName: string): string {
  const tilde = docName.indexOf('~');
  return tilde === -1 ? docName : docName.slice(0, tilde);
}
