// When the server refuses one of a phone's changes (close 4403), the phone drops its copy
// and syncs the true state afresh. Notes it had written but not yet sent must survive
// that. The refusal is staged with Playwright's WebSocket routing: the phone's board
// messages are held back, then the connection is closed with 4403 as the server would.
import { describe, expect, it } from 'vitest';
import type { WebSocketRoute } from 'playwright-core';
import { BoardDoc } from '../../shared/schema.js';
import { newDevice } from '../helpers/browser.js';
import { createWorkshop, yClient } from '../helpers/clients.js';
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
    const pages: WebSocketRoute[] = [];
    await phone.routeWebSocket(/\/yjs\//, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        if (!hold) server.send(message);
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
    await phone.waitForTimeout(300);
    expect(texts()).not.toContain('Geschreven, nog niet verstuurd');

    // The server refuses: the board connection closes with 4403.
    hold = false;
    await pages.at(-1)!.close({ code: 4403, reason: 'refused' });
    await waitFor(() => texts().includes('Geschreven, nog niet verstuurd'), 15_000, 'the unsent note on the board after the resync');
    await phone.waitForTimeout(500);
    expect(texts().sort()).toEqual(['Geschreven, nog niet verstuurd', 'Verstuurd voor de weigering']);
    await expect.poll(() => phone.getByTestId('my-note').count()).toBe(2);

    screen.destroy();
    await phoneContext.close();
  }, 60_000);
});
