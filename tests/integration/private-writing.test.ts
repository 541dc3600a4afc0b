import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { BoardDoc } from '../../shared/schema.js';
import { draftDocName } from '../../shared/protocol.js';
import { createWorkshop, emitAck, join, lastState, roomClient, yClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile();

describe('private writing and the reveal', () => {
  it('keeps draft notes off other participants’ devices until the facilitator reveals them', async () => {
    const w = await createWorkshop(t.base);
    const carer = await join(t.base, w.joinCode, 'carer');
    const nurse = await join(t.base, w.joinCode, 'professional');
    const facilitator = roomClient(t.base, w.facilitatorToken);
    await lastState(facilitator);
    expect(await emitAck(facilitator, 'writing:set', { privateWriting: true })).toEqual({ ok: true });

    // The carer writes into their own draft document, as the app does during private writing.
    const draft = yClient(t.ws, draftDocName(w.id, carer.participantId), carer.participantToken);
    const nurseBoard = yClient(t.ws, w.id, nurse.participantToken);
    await Promise.all([draft.synced, nurseBoard.synced]);
    new BoardDoc(draft.doc).addNote({ text: 'Mijn moeder herkent me niet meer', step: 'checkin', author: carer.participantId, createdAt: Date.now(), group: 'carer' }, 'private-1');

    // What the server sends the nurse: record every frame on a raw socket to the board,
    // and try to open the carer's draft with the nurse's token.
    const frames: Buffer[] = [];
    const raw = new WebSocket(`${t.ws}/yjs/${w.id}?token=${nurse.participantToken}`);
    raw.on('message', (data: Buffer) => frames.push(data));
    const peek = await new Promise<string>((resolve) => {
      const ws = new WebSocket(`${t.ws}/yjs/${draftDocName(w.id, carer.participantId)}?token=${nurse.participantToken}`);
      ws.on('message', () => resolve('got the draft'));
      ws.on('unexpected-response', (_req, res) => resolve(`http ${res.statusCode}`));
    });
    expect(peek).toBe('http 401');
    // The draft note is at the server; a note written on the board after it reaches the
    // nurse, and the draft note did not come before it.
    const facilitatorDraft = yClient(t.ws, draftDocName(w.id, carer.participantId), w.facilitatorToken);
    await waitFor(() => facilitatorDraft.doc.getMap('notes').has('private-1'), 5000, 'the draft note at the server');
    const screen = yClient(t.ws, w.id, w.facilitatorToken);
    await screen.synced;
    new BoardDoc(screen.doc).addNote({ text: 'Na het concept geschreven', step: 'checkin', author: 'facilitator', createdAt: Date.now() }, 'later');
    await waitFor(() => Buffer.concat(frames).includes(Buffer.from('Na het concept')), 5000, 'the later note on the nurse’s socket');
    expect(Buffer.concat(frames).includes(Buffer.from('Mijn moeder'))).toBe(false);
    await waitFor(() => nurseBoard.doc.getMap('notes').has('later'), 5000, 'the later note on the nurse’s board');
    expect(nurseBoard.doc.getMap('notes').has('private-1')).toBe(false);

    expect(await emitAck(facilitator, 'writing:set', { privateWriting: false })).toEqual({ ok: true });
    const revealed = await waitFor(() => new BoardDoc(nurseBoard.doc).notes().find((n) => n.id === 'private-1'), 5000, 'the revealed note');
    expect(revealed).toMatchObject({ id: 'private-1', text: 'Mijn moeder herkent me niet meer', author: carer.participantId });
    await waitFor(() => draft.doc.getMap('notes').size === 0, 5000, 'the draft to be emptied');
    expect(Buffer.concat(frames).includes(Buffer.from('Mijn moeder'))).toBe(true);

    raw.close();
    draft.destroy();
    facilitatorDraft.destroy();
    screen.destroy();
    nurseBoard.destroy();
    facilitator.close();
  });
});
