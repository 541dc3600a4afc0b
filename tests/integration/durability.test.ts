import { afterEach, describe, expect, it } from 'vitest';
import { BoardDoc } from '../../shared/schema.js';
import { createWorkshop, emitAck, join, lastState, roomClient, yClient, type YClient } from '../helpers/clients.js';
import { startChildServer, tempDataDir, type ChildServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

describe('nothing is lost when the server is killed', () => {
  it('keeps a note that reached another device, and the step, across kill -9 and restart', async () => {
    const dataDir = tempDataDir();
    let server: ChildServer = await startChildServer(dataDir);
    cleanup.push(() => server.kill());
    const w = await createWorkshop(server.base);
    const p = await join(server.base, w.joinCode, 'carer');
    const facilitatorRoom = roomClient(server.base, w.facilitatorToken);
    cleanup.push(() => facilitatorRoom.close());
    await lastState(facilitatorRoom);
    expect(await emitAck(facilitatorRoom, 'step:set', { step: 'discover' })).toEqual({ ok: true });

    const writer: YClient = yClient(server.ws, w.id, p.participantToken);
    const reader: YClient = yClient(server.ws, w.id, w.facilitatorToken);
    cleanup.push(() => writer.destroy(), () => reader.destroy());
    await Promise.all([writer.synced, reader.synced]);
    new BoardDoc(writer.doc).addNote({ text: 'Café-ochtend voor mantelzorgers – één keer per maand', step: 'discover', author: p.participantId, createdAt: Date.now() }, 'kept');
    await waitFor(() => reader.doc.getMap('notes').has('kept'), 5000, 'the note on another device');

    // The writer must not be able to heal the server from its own copy.
    writer.destroy();
    await server.kill('SIGKILL');
    server = await startChildServer(dataDir, server.port);

    const late = yClient(server.ws, w.id, w.facilitatorToken);
    cleanup.push(() => late.destroy());
    await late.synced;
    expect(new BoardDoc(late.doc).notes().map((n) => n.text)).toEqual(['Café-ochtend voor mantelzorgers – één keer per maand']);
    const again = roomClient(server.base, w.facilitatorToken);
    cleanup.push(() => again.close());
    expect((await lastState(again)).step).toBe('discover');
    // The reader that stayed open reconnects by itself and still has the note.
    await waitFor(() => reader.provider.wsconnected, 10_000, 'the reader to reconnect');
    expect(reader.doc.getMap('notes').has('kept')).toBe(true);
  });

  it('refuses to start on a corrupt database instead of starting empty', async () => {
    const dataDir = tempDataDir();
    const server = await startChildServer(dataDir);
    await createWorkshop(server.base);
    await server.kill('SIGTERM');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dbDir = path.join(dataDir, 'kruiwagen.db');
    for (const file of fs.readdirSync(dbDir)) {
      if (file.startsWith('CURRENT')) fs.writeFileSync(path.join(dbDir, file), 'garbage\n');
    }
    await expect(startChildServer(dataDir)).rejects.toThrow(/Cannot open the database/);
  });
});

describe('compaction', () => {
  it('merges stored updates while notes keep arriving, and loses none', async () => {
    const { startServer } = await import('../helpers/server.js');
    const dataDir = tempDataDir();
    const first = await startServer({ dataDir, compactAfterUpdates: 5 });
    const w = await createWorkshop(first.base);
    const p = await join(first.base, w.joinCode);
    const writer = yClient(first.ws, w.id, p.participantToken);
    await writer.synced;
    const board = new BoardDoc(writer.doc);
    for (let i = 0; i < 60; i++) {
      board.addNote({ text: `briefje ${i}`, step: 'checkin', author: p.participantId, createdAt: i }, `c${i}`);
      if (i % 7 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitFor(async () => {
      const room = first.server.loadedDocs.get(w.id);
      await room?.settled();
      return room?.doc.getMap('notes').size === 60;
    }, 5000, 'every note on the server');
    writer.destroy();
    const stored = await first.server.store.readUpdates(w.id);
    expect(stored.length).toBeLessThan(20);
    await first.close();

    const second = await startServer({ dataDir });
    cleanup.push(() => second.close());
    const reader = yClient(second.ws, w.id, w.facilitatorToken);
    cleanup.push(() => reader.destroy());
    await reader.synced;
    expect(new BoardDoc(reader.doc).notes()).toHaveLength(60);
  });
});
