import { afterEach, describe, expect, it } from 'vitest';
import type { Roster } from '../../shared/room.js';
import { createWorkshop, emitAck, join, lastState, roomClient, type RoomClient } from '../helpers/clients.js';
import { startChildServer, startServer, tempDataDir } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function rosters(client: RoomClient): Roster[] {
  const seen: Roster[] = [];
  client.on('roster', (roster) => seen.push(roster));
  return seen;
}

describe('running the room', () => {
  it('refuses a participant who tries to start the timer, reveal, change anonymity, vote or lock', async () => {
    const t = await startServer();
    cleanup.push(() => t.close());
    const w = await createWorkshop(t.base);
    const p = await join(t.base, w.joinCode);
    const participant = roomClient(t.base, p.participantToken);
    cleanup.push(() => participant.close());
    await lastState(participant);
    for (const [event, payload] of [
      ['timer:set', { action: 'start', seconds: 60 }],
      ['writing:set', { privateWriting: false }],
      ['anonymity:set', { anonymous: true }],
      ['voting:set', { open: true }],
      ['lock:set', { locked: true }],
      ['participant:remove', { participantId: p.participantId }],
    ] as const) {
      const ack = await emitAck(participant, event, payload);
      expect(ack.ok, event).toBe(false);
      expect(ack.error).toMatch(/facilitator/i);
    }
    const state = await lastState(participant);
    expect(state.timer.endsAt).toBeNull();
    expect(state.anonymous).toBe(false);
    expect(state.voting.open).toBe(false);
  });

  it('tracks who is done, by group, and resets it when the step changes', async () => {
    const t = await startServer();
    cleanup.push(() => t.close());
    const w = await createWorkshop(t.base);
    const carer = await join(t.base, w.joinCode, 'carer', 'Ria');
    const volunteer = await join(t.base, w.joinCode, 'volunteer');
    const facilitator = roomClient(t.base, w.facilitatorToken);
    const seen = rosters(facilitator);
    const a = roomClient(t.base, carer.participantToken);
    const b = roomClient(t.base, volunteer.participantToken);
    cleanup.push(() => facilitator.close(), () => a.close(), () => b.close());
    await Promise.all([lastState(a), lastState(b)]);

    expect(await emitAck(a, 'pace:done', { done: true })).toEqual({ ok: true });
    const afterDone = await waitFor(() => seen.findLast((r) => r.participants.some((p) => p.done)), 3000, 'a roster with one done');
    expect(afterDone.participants.map((p) => [p.group, p.name, p.online, p.done])).toEqual([
      ['carer', 'Ria', true, true],
      ['volunteer', '', true, false],
    ]);

    expect(await emitAck(facilitator, 'step:set', { step: 'discover' })).toEqual({ ok: true });
    await waitFor(() => seen.at(-1)?.participants.every((p) => !p.done), 3000, 'pace reset');
    expect((await lastState(a)).step).toBe('discover');
  });

  it('hides names from participants but not groups when anonymous', async () => {
    const t = await startServer();
    cleanup.push(() => t.close());
    const w = await createWorkshop(t.base);
    const carer = await join(t.base, w.joinCode, 'carer', 'Ria');
    const facilitator = roomClient(t.base, w.facilitatorToken);
    const participant = roomClient(t.base, carer.participantToken);
    const fSeen = rosters(facilitator);
    const pSeen = rosters(participant);
    cleanup.push(() => facilitator.close(), () => participant.close());
    await lastState(participant);
    expect(await emitAck(facilitator, 'anonymity:set', { anonymous: true })).toEqual({ ok: true });
    await waitFor(() => pSeen.at(-1)?.participants[0]?.name === '', 3000, 'names hidden');
    expect(pSeen.at(-1)?.participants[0]?.group).toBe('carer');
    await waitFor(() => fSeen.at(-1)?.participants[0]?.name === 'Ria', 3000, 'the facilitator still sees names');
  });

  it('keeps the timer across a reconnect and a server restart', async () => {
    const dataDir = tempDataDir();
    let server = await startChildServer(dataDir);
    cleanup.push(() => server.kill());
    const w = await createWorkshop(server.base);
    const facilitator = roomClient(server.base, w.facilitatorToken);
    cleanup.push(() => facilitator.close());
    await lastState(facilitator);
    expect(await emitAck(facilitator, 'timer:set', { action: 'start', seconds: 300 })).toEqual({ ok: true });
    const started = await waitFor(() => facilitator.states.at(-1)?.timer.endsAt, 3000, 'a running timer');

    await server.kill('SIGKILL');
    server = await startChildServer(dataDir, server.port);
    const p = await join(server.base, w.joinCode);
    const phone = roomClient(server.base, p.participantToken);
    cleanup.push(() => phone.close());
    const state = await lastState(phone);
    expect(state.timer.endsAt).toBe(started);
    const remaining = state.timer.endsAt! - state.serverNow;
    expect(remaining).toBeGreaterThan(250_000);
    expect(remaining).toBeLessThanOrEqual(300_000);
    // The facilitator's socket reconnects by itself and gets the same timer.
    await waitFor(() => facilitator.connected && facilitator.states.length > 1, 10_000, 'the facilitator to reconnect');
    expect(facilitator.states.at(-1)?.timer.endsAt).toBe(started);
  });
});
