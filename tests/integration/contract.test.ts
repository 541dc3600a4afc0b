// The contract of docs/protocol.md to the letter, as an independent probe with stock
// clients found it wanting: close codes, acknowledgements for every command, strict
// payloads, and private writing that a client cannot bypass.
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Socket } from 'socket.io-client';
import { BoardDoc } from '../../shared/schema.js';
import { schemas } from '../../shared/room.js';
import { encodeUpdateMessage } from '../../server/yjs/messages.js';
import { createWorkshop, emitAck, join, lastState, nextClose, roomClient, yClient, type RoomClient } from '../helpers/clients.js';
import { startChildServer, tempDataDir } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile();

async function openRaw(path: string, token: string): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  const ws = new WebSocket(`${t.ws}/yjs/${path}?token=${token}`);
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, closed };
}

/** Sends with an acknowledgement callback and nothing else: no payload at all. */
function emitWithoutPayload(client: RoomClient, event: string): Promise<{ ok: boolean; error?: string }> {
  return new Promise((resolve) => (client as unknown as Socket).emit(event, resolve));
}

describe('the Yjs endpoint closes with the documented codes', () => {
  it('closes with 1009 for frames over 2 MiB, also when two come in a row', async () => {
    // The server runs in its own process here: in one process the client reads the close
    // frame before the server's reset can reach it, which hid the 1006 the probe saw.
    const server = await startChildServer(tempDataDir());
    try {
      const w = await createWorkshop(server.base);
      for (const frames of [1, 2, 3]) {
        const ws = new WebSocket(`${server.ws}/yjs/${w.id}?token=${w.facilitatorToken}`);
        ws.on('error', () => undefined);
        const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
        await new Promise((resolve) => ws.once('open', resolve));
        for (let i = 0; i < frames; i++) ws.send(new Uint8Array(2 * 1024 * 1024 + 1));
        expect(await closed, `${frames} oversized frames`).toBe(1009);
      }
    } finally {
      await server.kill();
    }
  });

  it('closes with 4400 for a malformed update inside a well-formed sync frame', async () => {
    const w = await createWorkshop(t.base);
    const p = await join(t.base, w.joinCode);
    for (const token of [p.participantToken, w.facilitatorToken]) {
      const { ws, closed } = await openRaw(w.id, token);
      ws.send(encodeUpdateMessage(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01, 0x02])));
      expect(await closed).toBe(4400);
    }
  });
});

describe('every socket.io command is answered', () => {
  it('answers a command sent without a payload with ok: false', async () => {
    const w = await createWorkshop(t.base);
    const p = await join(t.base, w.joinCode);
    const facilitator = roomClient(t.base, w.facilitatorToken);
    const participant = roomClient(t.base, p.participantToken);
    await Promise.all([lastState(facilitator), lastState(participant)]);
    for (const event of Object.keys(schemas)) {
      for (const client of [facilitator, participant]) {
        const ack = await emitWithoutPayload(client, event);
        expect(ack.ok, event).toBe(false);
        expect(typeof ack.error).toBe('string');
      }
    }
    facilitator.close();
    participant.close();
  });

  it('answers event names that Object.prototype knows with ok: false', async () => {
    const w = await createWorkshop(t.base);
    const facilitator = roomClient(t.base, w.facilitatorToken);
    await lastState(facilitator);
    for (const event of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'error']) {
      const ack = await emitAck(facilitator, event, {});
      expect(ack, event).toEqual({ ok: false, error: `Unknown event "${event}".` });
    }
    facilitator.close();
  });

  it('refuses unknown fields in step:set as in every other command', async () => {
    const w = await createWorkshop(t.base);
    const facilitator = roomClient(t.base, w.facilitatorToken);
    await lastState(facilitator);
    const ack = await emitAck(facilitator, 'step:set', { step: 'discover', extra: true });
    expect(ack.ok).toBe(false);
    expect(ack.error).toMatch(/extra/);
    expect(await emitAck(facilitator, 'step:set', { step: 'discover' })).toEqual({ ok: true });
    facilitator.close();
  });
});

describe('private writing cannot be bypassed', () => {
  it('refuses a participant’s new note on the board while private writing is on, and keeps their other changes', async () => {
    const w = await createWorkshop(t.base);
    const p = await join(t.base, w.joinCode);
    const facilitator = roomClient(t.base, w.facilitatorToken);
    await lastState(facilitator);
    const screen = yClient(t.ws, w.id, w.facilitatorToken);
    const phone = yClient(t.ws, w.id, p.participantToken);
    await Promise.all([screen.synced, phone.synced]);
    const note = (text: string) => ({ text, step: 'checkin' as const, author: p.participantId, createdAt: Date.now() });
    new BoardDoc(phone.doc).addNote(note('Voor het stille schrijven'), 'before');
    await waitFor(() => screen.doc.getMap('notes').has('before'), 3000, 'the note written before');

    expect(await emitAck(facilitator, 'writing:set', { privateWriting: true })).toEqual({ ok: true });
    // Changing one's own note that is already on the board is not new writing: allowed.
    new BoardDoc(phone.doc).updateNote('before', { text: 'Voor het stille schrijven, aangevuld' });
    await waitFor(() => new BoardDoc(screen.doc).notes()[0]?.text.endsWith('aangevuld'), 3000, 'the edit');

    const closed = nextClose(phone);
    new BoardDoc(phone.doc).addNote(note('Langs het concept heen'), 'bypass');
    expect(await closed).toBe(4403);
    // A later change by the facilitator arrives; the refused note never did.
    new BoardDoc(screen.doc).addNote({ text: 'barrière', step: 'checkin', author: 'facilitator', createdAt: 1 }, 'barrier');
    const check = yClient(t.ws, w.id, w.facilitatorToken);
    await check.synced;
    expect(check.doc.getMap('notes').has('barrier')).toBe(true);
    expect(check.doc.getMap('notes').has('bypass')).toBe(false);

    for (const c of [screen, phone, check]) c.destroy();
    facilitator.close();
  });
});
