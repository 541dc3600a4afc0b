// What a device keeps (docs/privacy.md, "Op het apparaat"): a copy of the board in
// IndexedDB for working offline, and the token in localStorage. Deleting the workshop or
// removing the participant removes the board copy from the phone as well.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createWorkshop, emitAck, lastState, roomClient, type RoomClient } from '../helpers/clients.js';
import { completeJoin, watchErrors } from '../helpers/e2e.js';
import { newDevice } from '../helpers/browser.js';
import { serverAndBrowser } from '../helpers/suite.js';

const errors: string[] = [];
const contexts: BrowserContext[] = [];
const closers: (() => unknown)[] = [];
const env = serverAndBrowser(async () => {
  for (const c of closers) await c();
  for (const c of contexts) await c.close().catch(() => {});
});

async function phone(url: string): Promise<Page> {
  const context = await newDevice(env.browser, 'smallPhone');
  contexts.push(context);
  const page = await context.newPage();
  watchErrors(page, 'phone', errors);
  await page.goto(url);
  return page;
}

const stored = (page: Page) =>
  page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
    keys: Object.keys(localStorage),
  }));

async function facilitator(token: string): Promise<RoomClient> {
  const room = roomClient(env.t.base, token);
  closers.push(() => room.close());
  await lastState(room);
  return room;
}

describe('what a phone keeps', () => {
  it('keeps a board copy and its token, and loses the copy when the workshop is deleted or the participant removed', { timeout: 90_000 }, async () => {
    const ws = await createWorkshop(env.t.base, { title: 'Opslag op het toestel' });
    const room = await facilitator(ws.facilitatorToken);
    await emitAck(room, 'step:set', { step: 'checkin' });

    const removedPhone = await phone(`${env.t.base}/j/${ws.joinCode}`);
    await completeJoin(removedPhone, 'carer', 'Ans');
    const stayingPhone = await phone(`${env.t.base}/j/${ws.joinCode}`);
    await completeJoin(stayingPhone, 'volunteer');
    const boardCopy = (page: Page) => page.evaluate(() => `kw-${location.pathname.split('/')[2]}-`);
    const prefix = await boardCopy(removedPhone);
    await expect.poll(async () => (await stored(removedPhone)).databases.some((d) => d.startsWith(prefix))).toBe(true);
    expect((await stored(removedPhone)).keys).toEqual(expect.arrayContaining([`kw-session-${ws.id}`]));

    // Removed: the board copy goes (the session keeps no token either).
    const participantId = await removedPhone.evaluate((id) => (JSON.parse(localStorage.getItem(`kw-session-${id}`) ?? '{}') as { participantId?: string }).participantId, ws.id);
    expect(participantId).toBeTruthy();
    const ack = await emitAck(room, 'participant:remove', { participantId });
    expect(ack.ok).toBe(true);
    await removedPhone.getByTestId('removed').waitFor();
    await expect.poll(async () => (await stored(removedPhone)).databases.filter((d) => d.startsWith(prefix)), { timeout: 10_000 }).toEqual([]);

    // Deleted: every phone's copy goes.
    const res = await fetch(`${env.t.base}/api/workshops/${ws.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${ws.facilitatorToken}` } });
    expect(res.status).toBe(204);
    await stayingPhone.getByTestId('gone').waitFor();
    await expect.poll(async () => (await stored(stayingPhone)).databases.filter((d) => d.startsWith(prefix)), { timeout: 10_000 }).toEqual([]);
  });
});
