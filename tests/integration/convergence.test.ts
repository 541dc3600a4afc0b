// Nothing lost: offline edits merge, eight devices with random disconnects and a
// server kill end with identical documents, and idle documents leave memory.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from '../../shared/schema.js';
import { createWorkshop, join, yClient, type YClient } from '../helpers/clients.js';
import { startChildServer, startServer, tempDataDir, type ChildServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

const notesOf = (c: YClient) => new BoardDoc(c.doc).notes().map((n) => `${n.id}=${n.text}`).sort();

describe('offline devices', () => {
  it('merges notes written and deleted offline, without loss or duplicates', async () => {
    const t = await startServer();
    cleanup.push(() => t.close());
    const w = await createWorkshop(t.base);
    const p = await join(t.base, w.joinCode, 'carer');
    const q = await join(t.base, w.joinCode, 'volunteer');
    const phone = yClient(t.ws, w.id, p.participantToken);
    const other = yClient(t.ws, w.id, q.participantToken);
    cleanup.push(() => phone.destroy(), () => other.destroy());
    await Promise.all([phone.synced, other.synced]);
    const board = new BoardDoc(phone.doc);
    board.addNote({ text: 'voor het vertrek', step: 'checkin', author: p.participantId, createdAt: 1 }, 'a');
    await waitFor(() => other.doc.getMap('notes').has('a'), 3000, 'the first note');

    phone.provider.disconnect();
    board.addNote({ text: 'offline één', step: 'checkin', author: p.participantId, createdAt: 2 }, 'b');
    board.addNote({ text: 'offline twee', step: 'checkin', author: p.participantId, createdAt: 3 }, 'c');
    board.updateNote('b', { text: 'offline één, aangepast' });
    board.deleteNote('a');
    new BoardDoc(other.doc).addNote({ text: 'intussen online', step: 'checkin', author: q.participantId, createdAt: 4 }, 'd');
    // The other device's note is at the server before the phone comes back.
    await waitFor(() => t.server.loadedDocs.get(w.id)?.doc.getMap('notes').has('d'), 3000, 'the online note at the server');
    phone.provider.connect();

    const expected = ['b=offline één, aangepast', 'c=offline twee', 'd=intussen online'];
    await waitFor(() => JSON.stringify(notesOf(other)) === JSON.stringify(expected), 5000, 'the offline edits on the other device');
    await waitFor(() => JSON.stringify(notesOf(phone)) === JSON.stringify(expected), 5000, 'the online note on the phone');
    const late = yClient(t.ws, w.id, w.facilitatorToken);
    cleanup.push(() => late.destroy());
    await late.synced;
    expect(notesOf(late)).toEqual(expected);
  });
});

describe('convergence under disconnects and a server kill', () => {
  for (const seed of [1, 2]) {
    it(`eight devices end with identical documents (seed ${seed})`, async () => {
      const next = rng(seed);
      const dataDir = tempDataDir();
      let server: ChildServer = await startChildServer(dataDir);
      cleanup.push(() => server.kill());
      const w = await createWorkshop(server.base);
      const people = await Promise.all(Array.from({ length: 8 }, (_, i) => join(server.base, w.joinCode, i % 2 ? 'carer' : 'professional')));
      const devices = people.map((p) => yClient(server.ws, w.id, p.participantToken));
      cleanup.push(() => devices.forEach((d) => d.destroy()));
      await Promise.all(devices.map((d) => d.synced));

      let written = 0;
      for (let round = 0; round < 60; round++) {
        const i = Math.floor(next() * devices.length);
        const device = devices[i]!;
        const person = people[i]!;
        const board = new BoardDoc(device.doc);
        const roll = next();
        if (roll < 0.1) {
          if (device.provider.wsconnected) device.provider.disconnect();
          else device.provider.connect();
        } else {
          const mine = board.notes().filter((n) => n.author === person.participantId);
          if (roll < 0.75 || mine.length === 0) {
            board.addNote({ text: `r${round} d${i}`, step: 'discover', author: person.participantId, createdAt: round }, `s${seed}-${round}`);
            written++;
          } else if (roll < 0.9) board.updateNote(mine[0]!.id, { text: `${mine[0]!.text}+` });
          else board.deleteNote(mine[mine.length - 1]!.id);
        }
        if (round === 30) {
          await server.kill('SIGKILL');
          server = await startChildServer(dataDir, server.port);
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      for (const d of devices) if (!d.provider.wsconnected) d.provider.connect();
      // Converged: the same notes and the same state vector (every change, also the ones
      // that show nothing, has arrived everywhere). Equal notes alone can come first.
      const stateOf = (d: YClient) => JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(d.doc))].sort());
      const reference = () => JSON.stringify(notesOf(devices[0]!)) + stateOf(devices[0]!);
      await waitFor(
        () => devices.every((d) => d.provider.synced && JSON.stringify(notesOf(d)) + stateOf(d) === reference()),
        15_000,
        'every device to converge',
      );
      expect(written).toBeGreaterThan(20);
      expect(notesOf(devices[0]!).length).toBeGreaterThan(10);
    }, 60_000);
  }
});

describe('memory', () => {
  it('unloads the documents of workshops nobody is connected to', async () => {
    const t = await startServer({ idleUnloadMs: 100 });
    cleanup.push(() => t.close());
    const clients: YClient[] = [];
    for (let i = 0; i < 20; i++) {
      const w = await createWorkshop(t.base, { title: `Werkplaats ${i}` });
      const c = yClient(t.ws, w.id, w.facilitatorToken);
      clients.push(c);
      await c.synced;
      new BoardDoc(c.doc).addNote({ text: `briefje ${i}`, step: 'checkin', author: 'facilitator', createdAt: i }, `n${i}`);
    }
    expect(t.server.loadedDocs.loadedCount).toBe(20);
    clients.forEach((c) => c.destroy());
    await waitFor(() => t.server.loadedDocs.loadedCount === 0, 5000, 'every document to unload');
  });
});
