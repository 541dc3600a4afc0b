// The broadcast window (server/yjs/loaded-doc.ts): under a burst of updates a workshop's
// changes go out as merged batches, and still none reaches another device before it is
// stored; a few updates after a quiet spell do not wait for the window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createServer, type RunningServer } from '../../server/app.js';
import { defaultConfig } from '../../server/config.js';
import type { Store } from '../../server/store/store.js';
import { BURST_BATCHES } from '../../server/yjs/loaded-doc.js';
import { createWorkshop, join, yClient } from '../helpers/clients.js';
import { openTestStore, tempDataDir } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

/** Items of the test's array root whose update has been stored, and how many writes it took. */
const stored = new Set<string>();
let appendCalls = 0;
/** When each append began (performance.now()). */
const appendStarts: number[] = [];

/** The run's store, with a slow append that records what it has stored once it has. */
function recordingStore(base: Store): Store {
  return new Proxy(base, {
    get(target, key, receiver) {
      if (key === 'appendUpdates') {
        return async (id: string, updates: Uint8Array[], fence?: Parameters<Store['appendUpdates']>[2]) => {
          appendCalls++;
          appendStarts.push(performance.now());
          await new Promise((resolve) => setTimeout(resolve, 15));
          await target.appendUpdates(id, updates, fence);
          for (const update of updates) {
            for (const struct of Y.decodeUpdate(update).structs) {
              if (struct instanceof Y.Item && struct.content instanceof Y.ContentString) stored.add(struct.content.str);
              if (struct instanceof Y.Item && struct.content instanceof Y.ContentAny) for (const v of struct.content.arr) stored.add(String(v));
            }
          }
        };
      }
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const WINDOW_MS = 40;
/** A window no test waits out: a batch that waited for it would take a second. */
const LONG_WINDOW_MS = 1000;
let server: RunningServer;
let slow: RunningServer;
let base = '';
let ws = '';
beforeAll(async () => {
  const dataDir = tempDataDir();
  server = await createServer(defaultConfig({ port: 0, host: '127.0.0.1', dataDir, broadcastWindowMs: WINDOW_MS }), { store: recordingStore(await openTestStore(dataDir)) });
  base = `http://127.0.0.1:${server.port}`;
  ws = `ws://127.0.0.1:${server.port}`;
  const slowDir = tempDataDir();
  slow = await createServer(defaultConfig({ port: 0, host: '127.0.0.1', dataDir: slowDir, broadcastWindowMs: LONG_WINDOW_MS }), { store: recordingStore(await openTestStore(slowDir)) });
});
afterAll(async () => {
  await server.close();
  await slow.close();
});

describe('batched broadcasts', () => {
  it('sends a burst in fewer batches, in order, each item only after it is stored', async () => {
    const w = await createWorkshop(base);
    const p = await join(base, w.joinCode);
    const writer = yClient(ws, w.id, w.facilitatorToken);
    const other = yClient(ws, w.id, w.facilitatorToken);
    const participant = yClient(ws, w.id, p.participantToken);
    await Promise.all([writer.synced, other.synced, participant.synced]);

    const problems: string[] = [];
    for (const reader of [other, participant]) {
      reader.doc.getArray<string>('testOrder').observe((event) => {
        const items = event.target.toArray();
        if (items.some((item, i) => item !== `w${i}`)) problems.push(`out of order: ${items.join(',')}`);
        for (const item of items) if (!stored.has(item)) problems.push(`${item} arrived before it was stored`);
      });
    }
    const before = appendCalls;
    const firstBatch = appendStarts.length;
    const count = 40;
    const startedAt = performance.now();
    for (let i = 0; i < count; i++) {
      writer.doc.getArray<string>('testOrder').push([`w${i}`]);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    // A concurrent writer on another connection: both end with the same document.
    other.doc.getMap('testOther').set('k', 'from the other');
    const expected = Array.from({ length: count }, (_, i) => `w${i}`);
    for (const reader of [other, participant]) await waitFor(() => reader.doc.getArray('testOrder').length === count || undefined, 5000, 'every item');
    await waitFor(() => writer.doc.getMap('testOther').get('k') && participant.doc.getMap('testOther').get('k'), 5000, 'the other write everywhere');

    expect(problems).toEqual([]);
    for (const c of [writer, other, participant]) expect(c.doc.getArray('testOrder').toArray()).toEqual(expected);
    expect(Y.encodeStateVector(participant.doc)).toEqual(Y.encodeStateVector(writer.doc));
    expect(Y.encodeStateVector(other.doc)).toEqual(Y.encodeStateVector(writer.doc));
    // 41 updates through a 40 ms window: merged batches, not one write each (without the
    // window a batch would follow each 15 ms write at once). At most BURST_BATCHES begin
    // back to back; beyond that, batches i..j span at least (j - i + 1 - BURST_BATCHES) windows.
    const starts = appendStarts.slice(firstBatch);
    const spanMs = starts[starts.length - 1]! - startedAt;
    expect(appendCalls - before).toBeLessThan(count);
    expect(appendCalls - before).toBeLessThanOrEqual(BURST_BATCHES + Math.ceil(spanMs / WINDOW_MS));
    for (let i = 0; i < starts.length; i++) {
      for (let j = i + BURST_BATCHES; j < starts.length; j++) {
        expect(starts[j]! - starts[i]!).toBeGreaterThanOrEqual((j - i + 1 - BURST_BATCHES) * WINDOW_MS - 1);
      }
    }
    for (const c of [writer, other, participant]) c.destroy();
  });

  it('stores and sends a few updates after a quiet spell without waiting for the window', async () => {
    const slowBase = `http://127.0.0.1:${slow.port}`;
    const slowWs = `ws://127.0.0.1:${slow.port}`;
    const w = await createWorkshop(slowBase);
    const writer = yClient(slowWs, w.id, w.facilitatorToken);
    const reader = yClient(slowWs, w.id, w.facilitatorToken);
    await Promise.all([writer.synced, reader.synced]);
    // The set-up's own batches (if any) have long given their credit back.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const problems: string[] = [];
    reader.doc.getArray<string>('testClump').observe((event) => {
      for (const item of event.target.toArray()) if (!stored.has(item)) problems.push(`${item} arrived before it was stored`);
    });
    const started = performance.now();
    // Two notes one after the other, the second while the first is being stored.
    writer.doc.getArray<string>('testClump').push(['c0']);
    await new Promise((resolve) => setTimeout(resolve, 5));
    writer.doc.getArray<string>('testClump').push(['c1']);
    await waitFor(() => reader.doc.getArray('testClump').length === 2 || undefined, 5000, 'both notes at the reader');
    expect(problems).toEqual([]);
    expect(reader.doc.getArray('testClump').toArray()).toEqual(['c0', 'c1']);
    // A batch that waited for the window would have taken LONG_WINDOW_MS.
    expect(performance.now() - started).toBeLessThan(LONG_WINDOW_MS / 2);
    writer.destroy();
    reader.destroy();
  });

  it('stores and sends updates that two devices sent at the same moment as one batch', async () => {
    const slowBase = `http://127.0.0.1:${slow.port}`;
    const slowWs = `ws://127.0.0.1:${slow.port}`;
    const w = await createWorkshop(slowBase);
    const first = yClient(slowWs, w.id, w.facilitatorToken);
    const second = yClient(slowWs, w.id, w.facilitatorToken);
    const reader = yClient(slowWs, w.id, w.facilitatorToken);
    await Promise.all([first.synced, second.synced, reader.synced]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const problems: string[] = [];
    reader.doc.getMap<string>('testSameMoment').observe((event) => {
      for (const value of event.target.values()) if (!stored.has(value)) problems.push(`${value} arrived before it was stored`);
    });
    const before = appendCalls;
    // Both frames are in the server's sockets before its event loop runs again (the test
    // shares the process), so it reads them in one turn, one socket callback each.
    first.doc.getMap<string>('testSameMoment').set('a', 'from the first');
    second.doc.getMap<string>('testSameMoment').set('b', 'from the second');
    await waitFor(() => reader.doc.getMap('testSameMoment').size === 2 || undefined, 5000, 'both updates at the reader');
    expect(problems).toEqual([]);
    expect(appendCalls - before).toBe(1);
    for (const c of [first, second, reader]) c.destroy();
  });
});
