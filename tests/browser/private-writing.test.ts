// Private writing in a real browser, with a phone that misses the reveal: what it wrote
// offline during private writing still reaches the board once it is back, exactly once.
import { describe, expect, it } from 'vitest';
import { BoardDoc } from '../../shared/schema.js';
import { newDevice } from '../helpers/browser.js';
import { barrier, createWorkshop, emitAck, lastState, roomClient, yClient } from '../helpers/clients.js';
import { addNote, joinByTypingCode } from '../helpers/e2e.js';
import { waitFor } from '../helpers/wait.js';
import { serverAndBrowser } from '../helpers/suite.js';

const env = serverAndBrowser();

describe('private writing on a phone that misses the reveal', () => {
  it('brings the notes it wrote offline onto the board after the reveal, once', async () => {
    const w = await createWorkshop(env.t.base, { title: 'Stil schrijven' });
    const facilitator = roomClient(env.t.base, w.facilitatorToken);
    await lastState(facilitator);
    expect(await emitAck(facilitator, 'writing:set', { privateWriting: true })).toEqual({ ok: true });
    const screen = yClient(env.t.ws, w.id, w.facilitatorToken);
    await screen.synced;
    const textsOnBoard = () => new BoardDoc(screen.doc).notes().map((n) => n.text);

    const phoneContext = await newDevice(env.browser, 'phone');
    const phone = await phoneContext.newPage();
    await joinByTypingCode(phone, env.t.base, w.joinCode, 'carer', 'Anja');
    const online = 'Stil geschreven, online: de huisarts belde terug';
    await addNote(phone, online);
    await phone.getByTestId('my-note').filter({ hasText: online }).waitFor();

    await phoneContext.setOffline(true);
    await phone.locator('[data-testid=connection][data-online=false]').first().waitFor({ timeout: 5000 });
    const offline = 'Stil geschreven, offline: de logeeropvang in het weekend';
    await addNote(phone, offline);
    await phone.getByTestId('my-note').filter({ hasText: offline }).waitFor();

    // The reveal happens while the phone is away: the server moves what it had.
    expect(await emitAck(facilitator, 'writing:set', { privateWriting: false })).toEqual({ ok: true });
    await waitFor(() => textsOnBoard().includes(online), 5000, 'the online draft revealed');
    expect(textsOnBoard()).not.toContain(offline);

    await phoneContext.setOffline(false);
    await waitFor(() => textsOnBoard().includes(offline), 20_000, 'the offline draft on the board');
    // Whatever the server had sent before a later change has reached the screen: a
    // duplicate would be counted.
    await barrier(env.t.ws, w.id, w.facilitatorToken, screen);
    expect(textsOnBoard().sort()).toEqual([offline, online].sort());
    await expect.poll(() => phone.getByTestId('my-note').count(), { timeout: 10_000 }).toBe(2);
    // Both are on the board now, not private drafts any more.
    expect(await phone.getByTestId('my-note').filter({ hasText: /Alleen jij ziet dit briefje/ }).count()).toBe(0);

    // After a reload the phone still shows each note once, and its local draft is gone.
    await phone.reload();
    await phone.getByTestId('current-step').waitFor();
    await expect.poll(() => phone.getByTestId('my-note').count()).toBe(2);
    const databases = await phone.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
    expect(databases.some((name) => name.includes('~'))).toBe(false);
    expect(textsOnBoard()).toHaveLength(2);

    screen.destroy();
    facilitator.close();
    await phoneContext.close();
  }, 60_000);
});
