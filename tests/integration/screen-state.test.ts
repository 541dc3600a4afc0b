// Issue 12: what the screens show at the big moments is decided by the server, like the
// step: vote results stay after voting closes until the step changes, the facilitator
// hides the projector's join panel, and finishes the workshop (the closing screen).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop, emitAck, join, lastState, roomClient, type RoomClient } from '../helpers/clients.js';
import { startServer, tempDataDir, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';
import type { RoomState } from '../../shared/room.js';

let t: TestServer;
const dataDir = tempDataDir();
beforeAll(async () => {
  t = await startServer({ dataDir });
});
afterAll(() => t.close());

const latest = (c: RoomClient, what: string, ok: (s: RoomState) => boolean) => waitFor(() => (c.states.at(-1) && ok(c.states.at(-1)!) ? c.states.at(-1) : undefined), 3000, what);

describe('screen state over socket.io', () => {
  it('keeps the vote results after voting closes, until the step changes', async () => {
    const w = await createWorkshop(t.base);
    const p = await join(t.base, w.joinCode, 'carer');
    const facilitator = roomClient(t.base, w.facilitatorToken);
    const phone = roomClient(t.base, p.participantToken);
    const projector = roomClient(t.base, w.projectorToken);
    try {
      expect((await lastState(projector)).resultsShown).toBe(false);
      await lastState(facilitator);
      expect(await emitAck(facilitator, 'step:set', { step: 'dream' })).toEqual({ ok: true });
      expect(await emitAck(facilitator, 'voting:set', { open: true, dotsPerParticipant: 3 })).toEqual({ ok: true });
      for (const c of [projector, phone]) await latest(c, 'results shown while voting', (s) => s.voting.open && s.resultsShown);
      expect(await emitAck(facilitator, 'voting:set', { open: false })).toEqual({ ok: true });
      for (const c of [projector, phone]) await latest(c, 'results still shown after voting closed', (s) => !s.voting.open && s.resultsShown);
      expect(await emitAck(facilitator, 'step:set', { step: 'design' })).toEqual({ ok: true });
      for (const c of [projector, phone]) await latest(c, 'results gone in the next step', (s) => s.step === 'design' && !s.resultsShown);
    } finally {
      for (const c of [facilitator, phone, projector]) c.close();
    }
  });

  it('hides the join panel and finishes the workshop for the facilitator only, kept over a restart', async () => {
    const w = await createWorkshop(t.base);
    const p = await join(t.base, w.joinCode, 'volunteer');
    const facilitator = roomClient(t.base, w.facilitatorToken);
    const phone = roomClient(t.base, p.participantToken);
    const projector = roomClient(t.base, w.projectorToken);
    try {
      const first = await lastState(projector);
      expect([first.joinPanelHidden, first.finished]).toEqual([false, false]);
      await lastState(phone);
      for (const [name, payload] of [['join-panel:set', { hidden: true }], ['workshop:finish', { finished: true }]] as const) {
        const byPhone = await emitAck(phone, name, payload);
        expect(byPhone.ok, `${name} by a participant`).toBe(false);
        expect(byPhone.error).toMatch(/facilitator/i);
        expect((await emitAck(projector, name, payload)).ok, `${name} by the projector`).toBe(false);
      }
      expect((await emitAck(facilitator, 'join-panel:set', { hidden: 'yes' })).ok, 'a bad payload').toBe(false);
      expect((await emitAck(facilitator, 'workshop:finish', { finished: true, extra: 1 })).ok, 'an unknown field').toBe(false);

      expect(await emitAck(facilitator, 'join-panel:set', { hidden: true })).toEqual({ ok: true });
      expect(await emitAck(facilitator, 'workshop:finish', { finished: true })).toEqual({ ok: true });
      await latest(projector, 'panel hidden and finished', (s) => s.joinPanelHidden && s.finished);

      // the JSON export is workshop content, not what the screens show at the moment
      const res = await fetch(`${t.base}/api/workshops/${w.id}/export.json`, { headers: { authorization: `Bearer ${w.facilitatorToken}` } });
      const room = ((await res.json()) as { room: Record<string, unknown> }).room;
      expect(room).not.toHaveProperty('finished');
      expect(room).not.toHaveProperty('joinPanelHidden');
      expect(room).not.toHaveProperty('resultsShown');
    } finally {
      for (const c of [facilitator, phone, projector]) c.close();
    }

    await t.close();
    t = await startServer({ dataDir });
    const again = roomClient(t.base, w.projectorToken);
    try {
      const state = await lastState(again);
      expect([state.joinPanelHidden, state.finished], 'kept over a restart').toEqual([true, true]);
      const fac = roomClient(t.base, w.facilitatorToken);
      await lastState(fac);
      expect(await emitAck(fac, 'step:set', { step: 'discover' })).toEqual({ ok: true });
      await latest(again, 'a step change ends the closing screen', (s) => s.step === 'discover' && !s.finished && s.joinPanelHidden);
      fac.close();
    } finally {
      again.close();
    }
  });
});
