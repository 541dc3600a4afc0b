import { describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { createWorkshop, emitAck, join, lastState, roomClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile();

describe('the facilitator moves the room over socket.io', () => {
  it('sends the state on connect and every device follows a step change', async () => {
    const w = await createWorkshop(t.base);
    const p = await join(t.base, w.joinCode, 'municipality');
    const facilitator = roomClient(t.base, w.facilitatorToken);
    const participant = roomClient(t.base, p.participantToken);
    const projector = roomClient(t.base, w.projectorToken);
    expect((await lastState(participant)).step).toBe('checkin');

    const ack = await emitAck(facilitator, 'step:set', { step: 'discover' });
    expect(ack).toEqual({ ok: true });
    for (const device of [facilitator, participant, projector]) {
      await waitFor(() => device.states.at(-1)?.step === 'discover', 3000, 'discover on every device');
    }
    expect(await emitAck(facilitator, 'step:set', { step: 'checkin' })).toEqual({ ok: true });
    await waitFor(() => participant.states.at(-1)?.step === 'checkin', 3000, 'back to check-in');
    for (const device of [facilitator, participant, projector]) device.close();
  });

  it('refuses a participant, a projector and an unknown step with a readable error', async () => {
    const w = await createWorkshop(t.base);
    const p = await join(t.base, w.joinCode);
    const facilitator = roomClient(t.base, w.facilitatorToken);
    const participant = roomClient(t.base, p.participantToken);
    const projector = roomClient(t.base, w.projectorToken);
    await Promise.all([lastState(facilitator), lastState(participant), lastState(projector)]);

    const byParticipant = await emitAck(participant, 'step:set', { step: 'dream' });
    expect(byParticipant.ok).toBe(false);
    expect(byParticipant.error).toMatch(/facilitator/i);
    const byProjector = await emitAck(projector, 'step:set', { step: 'dream' });
    expect(byProjector.ok).toBe(false);
    const unknown = await emitAck(facilitator, 'step:set', { step: 'party' });
    expect(unknown.ok).toBe(false);
    expect(unknown.error).toMatch(/step/);
    const unknownEvent = await emitAck(facilitator, 'room:explode', {});
    expect(unknownEvent.ok).toBe(false);

    const fresh = roomClient(t.base, w.facilitatorToken);
    expect((await lastState(fresh)).step).toBe('checkin');
    for (const device of [facilitator, participant, projector, fresh]) device.close();
  });

  it('refuses a socket.io connection with an unknown token', async () => {
    const socket = io(t.base, { auth: { token: 'not-a-real-token-at-all' }, transports: ['websocket'], reconnection: false });
    const message = await new Promise<string>((resolve) => socket.on('connect_error', (error) => resolve(error.message)));
    expect(message).toBe('unknown token');
    socket.close();
  });
});
