// Private writing keeps notes in each participant's draft until the reveal. The room
// state says how many are waiting (console and projector show it), and when the
// facilitator moves on without revealing, the exports say how many were never revealed
// instead of leaving them out silently.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoardDoc } from '../../shared/schema.js';
import { draftDocName } from '../../shared/protocol.js';
import { createWorkshop, emitAck, join, lastState, roomClient, yClient } from '../helpers/clients.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

let t: TestServer;
beforeAll(async () => {
  t = await startServer();
});
afterAll(() => t.close());

async function exportText(id: string, token: string, file: string): Promise<string> {
  const res = await fetch(`${t.base}/api/workshops/${id}/${file}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return res.text();
}

describe('notes waiting to be revealed', () => {
  it('counts draft notes in the room state, and the exports say how many were never revealed', async () => {
    const w = await createWorkshop(t.base);
    const carer = await join(t.base, w.joinCode, 'carer');
    const nurse = await join(t.base, w.joinCode, 'professional');
    const facilitator = roomClient(t.base, w.facilitatorToken);
    const projector = roomClient(t.base, w.projectorToken);
    expect((await lastState(facilitator)).unrevealedNotes).toBe(0);
    await lastState(projector);
    expect(await emitAck(facilitator, 'step:set', { step: 'discover' })).toEqual({ ok: true });
    expect(await emitAck(facilitator, 'writing:set', { privateWriting: true })).toEqual({ ok: true });

    const drafts = [
      { p: carer, texts: ['De buurvrouw kwam elke dag', 'Korte lijnen met de huisarts'] },
      { p: nurse, texts: ['Eén vast aanspreekpunt'] },
    ].map(({ p, texts }) => {
      const c = yClient(t.ws, draftDocName(w.id, p.participantId), p.participantToken);
      return { c, p, texts };
    });
    await Promise.all(drafts.map((d) => d.c.synced));
    for (const { c, p, texts } of drafts) {
      texts.forEach((text, i) => new BoardDoc(c.doc).addNote({ text, step: 'discover', author: p.participantId, createdAt: Date.now(), group: 'carer' }, `${p.participantId}-${i}`));
    }
    // both the facilitator and the projector hear the count
    await waitFor(() => facilitator.states.at(-1)?.unrevealedNotes === 3, 5000, 'the facilitator to see 3 waiting notes');
    await waitFor(() => projector.states.at(-1)?.unrevealedNotes === 3, 5000, 'the projector to see 3 waiting notes');

    // moving on with the notes kept hidden: the exports count them, without their text
    expect(await emitAck(facilitator, 'step:set', { step: 'dream' })).toEqual({ ok: true });
    expect((await lastState(facilitator)).unrevealedNotes).toBe(3);
    const md = await exportText(w.id, w.facilitatorToken, 'export.md');
    expect(md).toContain('3 briefjes zijn in stilte geschreven en nooit getoond');
    expect(md).not.toContain('De buurvrouw');
    const json = JSON.parse(await exportText(w.id, w.facilitatorToken, 'export.json')) as { unrevealedNotes?: number; notes: unknown[] };
    expect(json.unrevealedNotes).toBe(3);
    expect(json.notes).toHaveLength(0);
    // an export that counts hidden notes still imports
    const imported = await fetch(`${t.base}/api/workshops/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });
    expect(imported.status).toBe(201);

    // the reveal empties the drafts: the count drops to 0 and the exports say nothing
    expect(await emitAck(facilitator, 'writing:set', { privateWriting: false })).toEqual({ ok: true });
    await waitFor(() => facilitator.states.at(-1)?.unrevealedNotes === 0, 5000, 'the count to drop to 0 after the reveal');
    const after = await exportText(w.id, w.facilitatorToken, 'export.md');
    expect(after).not.toContain('nooit getoond');
    expect(after).toContain('De buurvrouw');

    for (const d of drafts) d.c.destroy();
    facilitator.close();
    projector.close();
  });
});
