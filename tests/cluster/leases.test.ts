// The fence itself, on the PostgreSQL store: a lease taken over makes the old holder's
// writes fail, whatever they are, and a node asking for a lease is seen by its holder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgStore } from '../../server/store/pg-store.js';
import { FencedError } from '../../server/store/store.js';
import { createDatabase } from '../helpers/pg.js';

let a: PgStore;
let b: PgStore;
let drop: () => Promise<void>;
beforeAll(async () => {
  const db = await createDatabase();
  drop = db.drop;
  a = await PgStore.open(db.url);
  b = await PgStore.open(db.url);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await drop?.();
});

const bytes = (n: number) => new Uint8Array([n, n, n]);

describe('document leases on PostgreSQL', () => {
  it('refuses every write of a holder whose lease was taken over', async () => {
    const first = await a.acquireLease('doc1', 'node-a', 300);
    expect(first).toEqual({ ok: true, epoch: 1 });
    expect(await b.acquireLease('doc1', 'node-b', 300)).toEqual({ ok: false, owner: 'node-a' });
    await a.appendUpdates('doc1', [bytes(1), bytes(2)], { epoch: 1 });

    // node-a stalls past its lease; node-b takes over with a higher epoch.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const second = await b.acquireLease('doc1', 'node-b', 5000);
    expect(second).toEqual({ ok: true, epoch: 2 });
    expect(await b.readUpdates('doc1')).toEqual([bytes(1), bytes(2)]);

    await expect(a.appendUpdates('doc1', [bytes(3)], { epoch: 1 })).rejects.toBeInstanceOf(FencedError);
    await expect(a.replaceUpdates('doc1', bytes(9), { epoch: 1 })).rejects.toBeInstanceOf(FencedError);
    expect(await a.renewLease('doc1', 'node-a', 1, 5000)).toEqual({ held: false, wanted: false });
    await b.appendUpdates('doc1', [bytes(4)], { epoch: 2 });
    expect(await b.readUpdates('doc1')).toEqual([bytes(1), bytes(2), bytes(4)]);

    // Released, the epoch stays: an old fence never becomes current again.
    await b.releaseLease('doc1', 'node-b', 2);
    expect(await a.acquireLease('doc1', 'node-a', 5000)).toEqual({ ok: true, epoch: 3 });
    await expect(b.appendUpdates('doc1', [bytes(5)], { epoch: 2 })).rejects.toBeInstanceOf(FencedError);
  });

  it('a takeover waits for a write in flight, and the write after it is refused', async () => {
    expect(await a.acquireLease('doc2', 'node-a', 200)).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // node-a's insert holds the lease row FOR SHARE until it commits: hold one open.
    const client = await a.pool.connect();
    await client.query('BEGIN');
    await client.query(`SELECT 1 FROM doc_leases WHERE doc = 'doc2' AND epoch = 1 FOR SHARE`);
    await client.query(`INSERT INTO yjs_updates (doc, workshop_id, epoch, bytes) VALUES ('doc2', 'doc2', 1, '\\x07')`);
    let tookOver = false;
    const takeover = b.acquireLease('doc2', 'node-b', 5000).then((claim) => {
      tookOver = true;
      return claim;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(tookOver).toBe(false);
    await client.query('COMMIT');
    client.release();
    expect(await takeover).toEqual({ ok: true, epoch: 2 });
    // The new holder sees the write that was in flight.
    expect(await b.readUpdates('doc2')).toEqual([new Uint8Array([7])]);
    await expect(a.appendUpdates('doc2', [bytes(8)], { epoch: 1 })).rejects.toBeInstanceOf(FencedError);
  });

  it('tells the holder when another node asks for the lease', async () => {
    expect(await a.acquireLease('doc3', 'node-a', 5000)).toMatchObject({ ok: true, epoch: 1 });
    expect(await a.renewLease('doc3', 'node-a', 1, 5000)).toEqual({ held: true, wanted: false });
    await b.wantLease('doc3', 'node-b');
    expect(await a.renewLease('doc3', 'node-a', 1, 5000)).toEqual({ held: true, wanted: true });
    await a.releaseLease('doc3', 'node-a', 1);
    expect(await b.acquireLease('doc3', 'node-b', 5000)).toEqual({ ok: true, epoch: 2 });
  });
});
