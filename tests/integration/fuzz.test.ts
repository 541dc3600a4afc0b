// Random and crafted input at both real-time endpoints: the server never crashes or
// hangs, the offender is closed or answered with an error, and the room is unchanged.
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { io, type Socket } from 'socket.io-client';
import { BoardDoc } from '../../shared/schema.js';
import { encodeSyncStep1 } from '../../server/yjs/messages.js';
import { schemas } from '../../shared/room.js';
import { createWorkshop, emitAck, join, lastState, roomClient, yClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile();

/** A small deterministic PRNG so a failing case can be pinned by its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(next: () => number, max: number): Uint8Array {
  const out = new Uint8Array(Math.floor(next() * max));
  for (let i = 0; i < out.length; i++) out[i] = Math.floor(next() * 256);
  return out;
}

function frame(parts: Array<(e: encoding.Encoder) => void>): Uint8Array {
  const e = encoding.createEncoder();
  for (const part of parts) part(e);
  return encoding.toUint8Array(e);
}

/** Crafted frames: valid framing around broken content, and broken framing. */
function craftedFrames(next: () => number, validUpdate: Uint8Array): Uint8Array[] {
  const cut = validUpdate.slice(0, Math.max(1, Math.floor(next() * validUpdate.length)));
  const mutated = validUpdate.slice();
  mutated[Math.floor(next() * mutated.length)] = Math.floor(next() * 256);
  return [
    randomBytes(next, 64),
    frame([(e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 2), (e) => encoding.writeVarUint8Array(e, cut)]),
    frame([(e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 2), (e) => encoding.writeVarUint8Array(e, mutated)]),
    frame([(e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint8Array(e, randomBytes(next, 32))]),
    // An absurd declared length with no bytes behind it.
    frame([(e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 2), (e) => encoding.writeVarUint(e, 0xfffffff)]),
    // A truncated varint.
    new Uint8Array([0x80, 0x80, 0x80]),
    frame([(e) => encoding.writeVarUint(e, 1), (e) => encoding.writeVarUint8Array(e, randomBytes(next, 40))]),
    frame([(e) => encoding.writeVarUint(e, Math.floor(next() * 1000) + 4)]),
    new Uint8Array(0),
  ];
}

describe('fuzzing the Yjs endpoint', () => {
  it('survives random and crafted frames; the document and other workshops are unaffected', async () => {
    const target = await createWorkshop(t.base);
    const bystander = await createWorkshop(t.base);
    const p = await join(t.base, target.joinCode);
    const owner = yClient(t.ws, target.id, target.facilitatorToken);
    await owner.synced;
    new BoardDoc(owner.doc).addNote({ text: 'blijft staan', step: 'checkin', author: 'facilitator', createdAt: 1 }, 'keep');
    await waitFor(async () => (await t.server.store.readUpdates(target.id)).length > 0, 3000, 'the note stored');
    const before = Y.encodeStateAsUpdate(owner.doc);

    const scratch = new Y.Doc();
    new BoardDoc(scratch).addNote({ text: 'x', step: 'checkin', author: 'someone-else', createdAt: 2 }, 'z');
    const validUpdate = Y.encodeStateAsUpdate(scratch);

    let tried = 0;
    let closedByServer = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const next = rng(seed);
      const ws = new WebSocket(`${t.ws}/yjs/${target.id}?token=${p.participantToken}`);
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      const frames = craftedFrames(next, validUpdate);
      for (const f of frames) {
        if (ws.readyState !== WebSocket.OPEN) break;
        ws.send(f);
        tried++;
      }
      if (seed % 4 === 0 && ws.readyState === WebSocket.OPEN) {
        ws.send('{"type":"text frame"}');
        tried++;
      }
      // Barrier: the server answers a sync query only after every frame before it; it
      // answers with sync step 2 (0, 1), which it never sends unasked.
      const answered = new Promise<number>((resolve) => ws.on('message', (data: Buffer) => data[0] === 0 && data[1] === 1 && resolve(-1)));
      if (ws.readyState === WebSocket.OPEN) ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
      const code = await Promise.race([closed, answered]);
      if (code !== -1) closedByServer++;
      ws.terminate();
    }
    // A frame above the limit is refused by ws itself (1009) without buffering it whole.
    const big = new WebSocket(`${t.ws}/yjs/${target.id}?token=${p.participantToken}`);
    await new Promise((resolve) => big.once('open', resolve));
    const bigClosed = new Promise<number>((resolve) => big.once('close', (code) => resolve(code)));
    big.send(new Uint8Array(3 * 1024 * 1024));
    tried++;
    expect(await bigClosed).toBe(1009);

    expect(closedByServer).toBeGreaterThan(30);
    const health = await fetch(`${t.base}/healthz`);
    expect(health.status).toBe(200);
    const check = yClient(t.ws, target.id, target.facilitatorToken);
    const other = yClient(t.ws, bystander.id, bystander.facilitatorToken);
    await Promise.all([check.synced, other.synced]);
    expect(Y.encodeStateAsUpdate(check.doc)).toEqual(before);
    expect(new BoardDoc(check.doc).notes().map((n) => n.id)).toEqual(['keep']);
    console.log(`[fuzz] yjs endpoint: ${tried} frames tried, ${closedByServer} connections closed by the server, 0 crashes`);
    for (const c of [owner, check, other]) c.destroy();
  });
});

describe('fuzzing the socket.io events', () => {
  it('answers wrong types, huge strings and unknown events with errors and keeps the state', async () => {
    const w = await createWorkshop(t.base);
    const facilitator = roomClient(t.base, w.facilitatorToken);
    const before = await lastState(facilitator);
    const next = rng(7);
    const junk: unknown[] = [
      null, undefined, 0, -1, 1e308, NaN, true, 'x'.repeat(10_000), [], [1, 2], { step: 42 }, { step: 'x'.repeat(5000) },
      { open: 'yes' }, { action: 'start', seconds: -5 }, { action: 'start', seconds: 1e9 }, { privateWriting: 'no' },
      { participantId: { $ne: '' } }, { title: '' }, { enabledSteps: [] }, { stepContent: { dream: { question: 1 } } },
      JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: { polluted: true } } },
    ];
    let tried = 0;
    for (const event of [...Object.keys(schemas), 'state', 'welcome', 'admin:become', 'x'.repeat(300)]) {
      for (const payload of junk) {
        const ack = await emitAck(facilitator, event, payload);
        tried++;
        expect(ack.ok, `${event} ${JSON.stringify(payload)?.slice(0, 60)}`).toBe(false);
        expect(typeof ack.error).toBe('string');
      }
      for (let i = 0; i < 10; i++) {
        const payload = JSON.parse(JSON.stringify({ [String(next())]: next() > 0.5 ? 'a'.repeat(Math.floor(next() * 100)) : next() }));
        const ack = await emitAck(facilitator, event, payload);
        tried++;
        expect(ack.ok).toBe(false);
      }
    }
    // Emitting without an acknowledgement callback must not crash the server either.
    (facilitator as unknown as Socket).emit('step:set', { step: 'nowhere' });
    // A frame above socket.io's limit closes that connection only.
    const flooder = io(t.base, { auth: { token: w.facilitatorToken }, transports: ['websocket'], reconnection: false });
    await waitFor(() => flooder.connected, 3000, 'the flooder to connect');
    flooder.emit('workshop:update', { title: 'y'.repeat(200_000) });
    tried++;
    await waitFor(() => !flooder.connected, 3000, 'the flooder to be disconnected');

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const fresh = roomClient(t.base, w.facilitatorToken);
    const after = await lastState(fresh);
    expect({ ...after, serverNow: 0, expiresAt: 0 }).toEqual({ ...before, serverNow: 0, expiresAt: 0 });
    console.log(`[fuzz] socket.io: ${tried} inputs tried, all answered with an error, 0 crashes`);
    facilitator.close();
    fresh.close();
  });
});
