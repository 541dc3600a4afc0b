// A workshop's document loaded from the store for a new device: after a restart, after
// an idle unload, and ahead of the device when a participant joins (issue 17, B4).
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { BoardDoc } from '../../shared/schema.js';
import { createWorkshop, join, yClient, type YClient } from '../helpers/clients.js';
import { usesPostgres } from '../helpers/pg.js';
import { startServer, tempDataDir, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function server(dataDir: string, overrides: Parameters<typeof startServer>[0] = {}): Promise<TestServer> {
  const t = await startServer({ dataDir, ...overrides });
  let closed = false;
  cleanup.push(() => !closed && t.close());
  return { ...t, close: () => ((closed = true), t.close()) };
}

async function synced(ws: string, id: string, token: string): Promise<YClient> {
  const client = yClient(ws, id, token);
  cleanup.push(() => client.destroy());
  await client.synced;
  return client;
}

/** The update of the server's first answer to a device with nothing (sync step 1, empty state vector). */
function firstSyncBytes(ws: string, id: string, token: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${ws}/yjs/${id}?token=${token}`);
    socket.binaryType = 'nodebuffer';
    socket.on('open', () => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0); // sync
      encoding.writeVarUint(e, 0); // step 1
      encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
      socket.send(encoding.toUint8Array(e));
    });
    socket.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(d) !== 0 || decoding.readVarUint(d) !== 1) return; // not sync step 2
      resolve(decoding.readVarUint8Array(d));
      socket.close();
    });
    socket.on('error', reject);
  });
}

const bytesContain = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text));

/** Notes, one change each (as devices send them), one of them deleted and one edited. */
function writeBoard(client: YClient, count: number): void {
  const board = new BoardDoc(client.doc);
  const text = (i: number) => (i === 1 ? 'Weggehaald' : i === 2 ? 'Oorspronkelijk' : `Notitie ${i}`);
  for (let i = 0; i < count; i++) board.addNote({ text: text(i), step: 'checkin', author: 'f', createdAt: i }, `n${i}`);
  client.doc.getMap('notes').delete('n1');
  (client.doc.getMap('notes').get('n2') as Y.Map<unknown>).set('text', 'Bijgewerkt');
}

describe('a document loaded for a new device', () => {
  it('is stored as one update when the server stops, and a new device after the restart gets all of it and then every change', async () => {
    const dataDir = tempDataDir();
    let t = await server(dataDir);
    const w = await createWorkshop(t.base);
    const writer = await synced(t.ws, w.id, w.facilitatorToken);
    writeBoard(writer, 30);
    const reader = await synced(t.ws, w.id, w.projectorToken);
    await waitFor(() => reader.doc.getMap('notes').size === 29 && new BoardDoc(reader.doc).notes().some((n) => n.text === 'Bijgewerkt'), 5000, 'every change on another device');
    writer.destroy();
    reader.destroy();
    expect((await t.server.store.readUpdates(w.id)).length).toBeGreaterThan(1);
    await t.close();

    // The stop compacted the document: one stored update, without what was deleted.
    t = await server(dataDir);
    const stored = await t.server.store.readUpdates(w.id);
    expect(stored).toHaveLength(1);
    expect(bytesContain(stored[0]!, 'Weggehaald')).toBe(false);
    expect(bytesContain(stored[0]!, 'Oorspronkelijk')).toBe(false);

    // The first device is sent that update; what it holds is the document as it was.
    const first = await firstSyncBytes(t.ws, w.id, w.facilitatorToken);
    expect(Buffer.from(first).equals(Buffer.from(stored[0]!))).toBe(true);
    expect(bytesContain(first, 'Weggehaald')).toBe(false);
    expect(bytesContain(first, 'Bijgewerkt')).toBe(true);
    const late = await synced(t.ws, w.id, w.projectorToken);
    const texts = new BoardDoc(late.doc).notes().map((n) => n.text);
    expect(texts).toHaveLength(29);
    expect(texts).toContain('Bijgewerkt');
    expect(texts).not.toContain('Weggehaald');
    expect(texts).not.toContain('Oorspronkelijk');

    // After a change the stored update is no longer the whole document: the next new device gets the change too.
    const facilitator = await synced(t.ws, w.id, w.facilitatorToken);
    new BoardDoc(facilitator.doc).addNote({ text: 'Na de herstart', step: 'checkin', author: 'f', createdAt: 99 }, 'after');
    await waitFor(() => late.doc.getMap('notes').has('after'), 5000, 'the new note on a device');
    const later = await synced(t.ws, w.id, w.projectorToken);
    expect(later.doc.getMap('notes').size).toBe(30);
    expect(bytesContain(await firstSyncBytes(t.ws, w.id, w.facilitatorToken), 'Na de herstart')).toBe(true);
  });

  it('takes what devices send while it is still being applied, in order, and syncs a device that already holds the board', async () => {
    const dataDir = tempDataDir();
    let t = await server(dataDir);
    const w = await createWorkshop(t.base);
    const writer = await synced(t.ws, w.id, w.facilitatorToken);
    writeBoard(writer, 20);
    const kept = new Y.Doc();
    await waitFor(async () => (await t.server.store.readUpdates(w.id)).length >= 20, 5000, 'the changes stored');
    Y.applyUpdate(kept, Y.encodeStateAsUpdate(writer.doc));
    writer.destroy();
    await t.close();
    t = await server(dataDir);

    // A device that already holds the board reconnects, and a new device at the same
    // moment sends its first sync step and a note before the server has applied anything.
    const back = yClient(t.ws, w.id, w.facilitatorToken, kept);
    cleanup.push(() => back.destroy());
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0); // sync
    encoding.writeVarUint(e, 2); // update
    const early = new Y.Doc();
    new BoardDoc(early).addNote({ text: 'Meteen na het verbinden', step: 'checkin', author: 'f', createdAt: 1 }, 'early');
    encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(early));
    const socket = new WebSocket(`${t.ws}/yjs/${w.id}?token=${w.facilitatorToken}`);
    cleanup.push(() => socket.close());
    await new Promise<void>((resolve) => socket.on('open', () => resolve()));
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, 0);
    encoding.writeVarUint(step1, 0);
    encoding.writeVarUint8Array(step1, Y.encodeStateVector(new Y.Doc()));
    socket.send(encoding.toUint8Array(step1));
    socket.send(encoding.toUint8Array(e));

    await back.synced;
    await waitFor(() => back.doc.getMap('notes').has('early'), 5000, 'the early note on the device that reconnected');
    expect(back.doc.getMap('notes').size).toBe(20);
    const late = await synced(t.ws, w.id, w.projectorToken);
    await waitFor(() => late.doc.getMap('notes').size === 20, 5000, 'every note on a new device');
    expect(new BoardDoc(late.doc).notes().map((n) => n.text)).toContain('Meteen na het verbinden');
    await waitFor(async () => (await t.server.store.readUpdates(w.id)).some((u) => bytesContain(u, 'Meteen na het verbinden')), 5000, 'the early note stored');
  });

  it('is compacted when it unloads after changes, and left as it is when it was only read', async () => {
    const t = await server(tempDataDir(), { idleUnloadMs: 100 });
    const w = await createWorkshop(t.base);
    const writer = await synced(t.ws, w.id, w.facilitatorToken);
    writeBoard(writer, 5);
    await waitFor(async () => (await t.server.store.readUpdates(w.id)).length >= 5, 5000, 'the changes stored');
    writer.destroy();
    await waitFor(() => t.server.loadedDocs.get(w.id) === undefined, 5000, 'the document to unload');
    const stored = await t.server.store.readUpdates(w.id);
    expect(stored).toHaveLength(1);

    // Only read: loaded and unloaded again without a write to the store.
    const reader = await synced(t.ws, w.id, w.projectorToken);
    expect(reader.doc.getMap('notes').size).toBe(4);
    reader.destroy();
    await waitFor(() => t.server.loadedDocs.get(w.id) === undefined, 5000, 'the document to unload again');
    expect(await t.server.store.readUpdates(w.id)).toEqual(stored);
  });

  // With a shared store the node that answered the join may not be the one that serves the
  // workshop (the load balancer routes devices by workshop): loading there would take its lease.
  it.runIf(!usesPostgres)('starts loading when a participant joins, before their device connects', async () => {
    const t = await server(tempDataDir());
    const w = await createWorkshop(t.base);
    const writer = await synced(t.ws, w.id, w.facilitatorToken);
    writeBoard(writer, 3);
    await waitFor(async () => (await t.server.store.readUpdates(w.id)).length >= 3, 5000, 'the changes stored');
    writer.destroy();
    await waitFor(() => t.server.loadedDocs.get(w.id)?.leases === 0, 5000, 'the writer to leave');
    t.server.loadedDocs.drop(w.id);

    const p = await join(t.base, w.joinCode);
    await waitFor(() => t.server.loadedDocs.get(w.id), 5000, 'the document loaded after the join');
    const device = await synced(t.ws, w.id, p.participantToken);
    expect(device.doc.getMap('notes').size).toBe(2);
  });
});
