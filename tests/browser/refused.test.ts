// When the server refuses one of a phone's changes (close 4403), the phone drops its copy
// and syncs the true state afresh. Notes it had written but not yet sent must survive
// that. The refusal is staged with Playwright's WebSocket routing: the phone's board
// messages are held back, then the connection is closed with 4403 as the server would.
import { describe, expect, it } from 'vitest';
import type { WebSocketRoute } from 'playwright-core';
import { BoardDoc } from '../../shared/schema.js';
import { draftDocName } from '../../shared/protocol.js';
import { newDevice } from '../helpers/browser.js';
import { barrier, createWorkshop, emitAck, lastState, roomClient, yClient, type YClient } from '../helpers/clients.js';
import { addNote, joinByTypingCode } from '../helpers/e2e.js';
import { waitFor } from '../helpers/wait.js';
import { serverAndBrowser } from '../helpers/suite.js';

const env = serverAndBrowser();

describe('a phone whose change the server refused', () => {
  it('keeps its unsent notes through the resync', async () => {
    const w = await createWorkshop(env.t.base, { title: 'Geweigerd' });
    const screen = yClient(env.t.ws, w.id, w.facilitatorToken);
    await screen.synced;
    const texts = () => new BoardDoc(screen.doc).notes().map((n) => n.text);

    const phoneContext = await newDevice(env.browser, 'phone');
    const phone = await phoneContext.newPage();
    let hold = false;
    let held = 0;
    const pages: WebSocketRoute[] = [];
    await phone.routeWebSocket(/\/yjs\//, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        if (hold) held++;
        else server.send(message);
      });
      server.onMessage((message) => ws.send(message));
      pages.push(ws);
    });
    await joinByTypingCode(phone, env.t.base, w.joinCode, 'volunteer', 'Bram');
    await addNote(phone, 'Verstuurd voor de weigering');
    await waitFor(() => texts().includes('Verstuurd voor de weigering'), 5000, 'the first note on the board');

    hold = true;
    await addNote(phone, 'Geschreven, nog niet verstuurd');
    await phone.getByTestId('my-note').filter({ hasText: 'nog niet verstuurd' }).waitFor();
    // The phone sent it, and the route held it back.
    await waitFor(() => held > 0, 5000, 'the unsent note held back');
    expect(texts()).not.toContain('Geschreven, nog niet verstuurd');

    // The server refuses: the board connection closes with 4403.
    hold = false;
    await pages.at(-1)!.close({ code: 4403, reason: 'refused' });
    await waitFor(() => texts().includes('Geschreven, nog niet verstuurd'), 15_000, 'the unsent note on the board after the resync');
    await barrier(env.t.ws, w.id, w.facilitatorToken, screen);
    expect(texts().sort()).toEqual(['Geschreven, nog niet verstuurd', 'Verstuurd voor de weigering']);
    await expect.poll(() => phone.getByTestId('my-note').count()).toBe(2);

    screen.destroy();
    await phoneContext.close();
  }, 60_000);

  it('moves a note the board refused during private writing into the draft, and reveals it once', async () => {
    const w = await createWorkshop(env.t.base, { title: 'Stil, en te laat' });
    const facilitator = roomClient(env.t.base, w.facilitatorToken);
    await lastState(facilitator);
    const screen = yClient(env.t.ws, w.id, w.facilitatorToken);
    await screen.synced;
    const texts = (board: YClient) => new BoardDoc(board.doc).notes().map((n) => n.text);

    const phoneContext = await newDevice(env.browser, 'phone');
    const phone = await phoneContext.newPage();
    let hold = false;
    const boardSockets: WebSocketRoute[] = [];
    await phone.routeWebSocket(/\/yjs\//, (ws) => {
      const server = ws.connectToServer();
      const isBoard = !decodeURIComponent(ws.url()).includes('~');
      ws.onMessage((message) => {
        if (!(hold && isBoard)) server.send(message);
      });
      server.onMessage((message) => ws.send(message));
      if (isBoard) boardSockets.push(ws);
    });
    await joinByTypingCode(phone, env.t.base, w.joinCode, 'carer', 'Anja');
    await addNote(phone, 'Voor het stille schrijven');
    await waitFor(() => texts(screen).includes('Voor het stille schrijven'), 5000, 'the first note on the board');
    const me = new BoardDoc(screen.doc).notes()[0]!.author;

    // The phone writes on the board just before it learns that private writing began.
    hold = true;
    const late = 'Net te laat verstuurd';
    await addNote(phone, late);
    await phone.getByTestId('my-note').filter({ hasText: late }).waitFor();
    expect(await emitAck(facilitator, 'writing:set', { privateWriting: true })).toEqual({ ok: true });
    await phone.getByTestId('private-hint').waitFor();
    // Its board connection drops and comes back: the sync sends the note, the server refuses it.
    hold = false;
    await boardSockets.at(-1)!.close({ code: 4500, reason: 'resync' });

    const draft = yClient(env.t.ws, draftDocName(w.id, me), w.facilitatorToken);
    await waitFor(() => texts(draft).includes(late), 15_000, 'the refused note in the phone’s draft');
    const check = yClient(env.t.ws, w.id, w.facilitatorToken);
    await check.synced;
    expect(texts(check)).toEqual(['Voor het stille schrijven']);

    expect(await emitAck(facilitator, 'writing:set', { privateWriting: false })).toEqual({ ok: true });
    await waitFor(() => texts(screen).includes(late), 5000, 'the note revealed');
    await expect.poll(() => phone.getByTestId('my-note').count()).toBe(2);
    expect(texts(screen).sort()).toEqual([late, 'Voor het stille schrijven'].sort());

    for (const c of [screen, draft, check]) c.destroy();
    facilitator.close();
    await phoneContext.close();
  }, 60_000);
});
