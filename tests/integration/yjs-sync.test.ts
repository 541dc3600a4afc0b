import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { BoardDoc } from '../../shared/schema.js';
import { createWorkshop, join, yClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile();

describe('board content over the stock y-websocket protocol', () => {
  it('syncs a note between two stock clients through the server', async () => {
    const w = await createWorkshop(t.base);
    const anna = await join(t.base, w.joinCode, 'carer', 'Anna');
    const bram = await join(t.base, w.joinCode, 'professional');
    const a = yClient(t.ws, w.id, anna.participantToken);
    const b = yClient(t.ws, w.id, bram.participantToken);
    await Promise.all([a.synced, b.synced]);

    const sent = Date.now();
    new BoardDoc(a.doc).addNote({ text: 'De wijkverpleegkundige belde mij zélf terug', step: 'checkin', author: anna.participantId, createdAt: sent, group: 'carer' }, 'n1');
    const note = await waitFor(() => new BoardDoc(b.doc).notes()[0], 5000, 'the note on the second client');
    expect(note).toMatchObject({ id: 'n1', text: 'De wijkverpleegkundige belde mij zélf terug', step: 'checkin', author: anna.participantId });
    // The raw schema, as a stock client sees it.
    const raw = b.doc.getMap('notes').get('n1') as Y.Map<unknown>;
    expect(raw.get('createdAt')).toBe(sent);
    a.destroy();
    b.destroy();
  });

  it('gives a connection without a valid token no content', async () => {
    const w = await createWorkshop(t.base);
    const p = await join(t.base, w.joinCode);
    const writer = yClient(t.ws, w.id, p.participantToken);
    await writer.synced;
    new BoardDoc(writer.doc).addNote({ text: 'geheim', step: 'checkin', author: p.participantId, createdAt: 1 }, 'secret');

    const other = await createWorkshop(t.base);
    for (const url of [`${t.ws}/yjs/${w.id}?token=wrong-token-xxxxxxxx`, `${t.ws}/yjs/${w.id}`, `${t.ws}/yjs/${w.id}?token=${other.facilitatorToken}`]) {
      const outcome = await new Promise<string>((resolve) => {
        const ws = new WebSocket(url);
        ws.on('message', () => resolve('got content'));
        ws.on('unexpected-response', (_req, res) => resolve(`http ${res.statusCode}`));
        ws.on('error', () => resolve('error'));
      });
      expect(outcome).toBe('http 401');
    }
    writer.destroy();
  });

  it('drops what a projector tries to write', async () => {
    const w = await createWorkshop(t.base);
    const projector = yClient(t.ws, w.id, w.projectorToken);
    const facilitator = yClient(t.ws, w.id, w.facilitatorToken);
    await Promise.all([projector.synced, facilitator.synced]);
    new BoardDoc(projector.doc).addNote({ text: 'van de beamer', step: 'checkin', author: 'x', createdAt: 1 }, 'p1');
    new BoardDoc(facilitator.doc).addNote({ text: 'van de begeleider', step: 'checkin', author: 'f', createdAt: 2 }, 'f1');
    await waitFor(() => projector.doc.getMap('notes').has('f1'), 5000, 'the facilitator note on the projector');
    const late = yClient(t.ws, w.id, w.facilitatorToken);
    await late.synced;
    expect([...late.doc.getMap('notes').keys()]).toEqual(['f1']);
    for (const c of [projector, facilitator, late]) c.destroy();
  });
});
