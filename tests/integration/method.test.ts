// The method's rules that the server enforces on the board: voting belongs to the
// facilitator, dots are limited, and only the facilitator marks the shared ambition.
import { describe, expect, it } from 'vitest';
import { BoardDoc } from '../../shared/schema.js';
import { barrier, createWorkshop, emitAck, join, lastState, nextClose, roomClient, yClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile();

async function setup() {
  const w = await createWorkshop(t.base);
  const carer = await join(t.base, w.joinCode, 'carer');
  const facilitatorRoom = roomClient(t.base, w.facilitatorToken);
  await lastState(facilitatorRoom);
  const facilitator = yClient(t.ws, w.id, w.facilitatorToken);
  const phone = yClient(t.ws, w.id, carer.participantToken);
  await Promise.all([facilitator.synced, phone.synced]);
  new BoardDoc(facilitator.doc).addNote({ text: 'Respijtzorg zonder wachtlijst', step: 'dream', author: 'facilitator', createdAt: 1 }, 'amb1');
  await waitFor(() => phone.doc.getMap('notes').has('amb1'), 3000, 'the ambition on the phone');
  return { w, carer, facilitatorRoom, facilitator, phone };
}

describe('voting and the shared ambition', () => {
  it('refuses a participant who opens or closes voting', async () => {
    const { carer, facilitatorRoom, facilitator, phone } = await setup();
    const room = roomClient(t.base, carer.participantToken);
    await lastState(room);
    expect((await emitAck(room, 'voting:set', { open: true })).ok).toBe(false);
    expect(await emitAck(facilitatorRoom, 'voting:set', { open: true, dotsPerParticipant: 3 })).toEqual({ ok: true });
    expect((await emitAck(room, 'voting:set', { open: false })).ok).toBe(false);
    expect((await lastState(room)).voting).toEqual({ open: true, dotsPerParticipant: 3 });
    for (const c of [room, facilitatorRoom]) c.close();
    for (const c of [facilitator, phone]) c.destroy();
  });

  it('accepts votes within the dots and refuses votes beyond them, or while voting is closed', async () => {
    const { w, carer, facilitatorRoom, facilitator, phone } = await setup();
    const phoneBoard = new BoardDoc(phone.doc);

    // Closed: refused, and the other device never sees it.
    let closed = nextClose(phone);
    phoneBoard.setVote(carer.participantId, 'amb1', 1);
    expect(await closed).toBe(4403);
    // A refused device keeps its own change locally; the app then drops its copy and resyncs.
    phone.destroy();

    expect(await emitAck(facilitatorRoom, 'voting:set', { open: true, dotsPerParticipant: 3 })).toEqual({ ok: true });
    const fresh = yClient(t.ws, (await lastState(facilitatorRoom)).workshopId, carer.participantToken);
    await fresh.synced;
    const board = new BoardDoc(fresh.doc);
    board.setVote(carer.participantId, 'amb1', 3);
    await waitFor(() => new BoardDoc(facilitator.doc).votes().length === 1, 3000, 'the vote on the facilitator');

    closed = nextClose(fresh);
    board.setVote(carer.participantId, 'other-target', 1);
    expect(await closed).toBe(4403);
    await barrier(t.ws, w.id, w.facilitatorToken, facilitator);
    expect(new BoardDoc(facilitator.doc).votes()).toEqual([{ voter: carer.participantId, target: 'amb1', dots: 3 }]);
    facilitatorRoom.close();
    for (const c of [facilitator, fresh]) c.destroy();
  });

  it('lets only the facilitator mark the shared ambition', async () => {
    const { w, carer, facilitatorRoom, facilitator, phone } = await setup();
    const closed = nextClose(phone);
    new BoardDoc(phone.doc).setSharedAmbition('amb1');
    expect(await closed).toBe(4403);
    await barrier(t.ws, w.id, w.facilitatorToken, facilitator);
    expect(new BoardDoc(facilitator.doc).sharedAmbitionId()).toBeNull();

    phone.destroy();

    new BoardDoc(facilitator.doc).setSharedAmbition('amb1');
    const again = yClient(t.ws, (await lastState(facilitatorRoom)).workshopId, carer.participantToken);
    await again.synced;
    await waitFor(() => new BoardDoc(again.doc).sharedAmbitionId() === 'amb1', 5000, 'the shared ambition on a phone');
    facilitatorRoom.close();
    for (const c of [facilitator, again]) c.destroy();
  });
});
