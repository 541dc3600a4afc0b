// Issue 12: a facilitator does not lose their workshop, and the start page works on a
// phone. After creating: "save this link" (copy, e-mail to self); the start page lists the
// workshops this browser ran (device only, can be forgotten) and starts one from a JSON
// export. At 320 and 360 px nothing scrolls sideways and "join with a code" comes first.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newDevice } from '../helpers/browser.js';
import { createWorkshop, yClient } from '../helpers/clients.js';
import { BoardDoc } from '../../shared/schema.js';
import { screenshot, watchErrors } from '../helpers/e2e.js';
import { serverAndBrowser } from '../helpers/suite.js';
import { axe } from '../helpers/axe.js';

const errors: string[] = [];
const cleanups: (() => unknown)[] = [];
const env = serverAndBrowser(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function open(kind: Parameters<typeof newDevice>[1] | { width: number; height: number }, url: string): Promise<Page> {
  const context =
    typeof kind === 'string' ? await newDevice(env.browser, kind) : await env.browser.newContext({ viewport: kind, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'nl-NL' });
  cleanups.push(() => context.close());
  const page = await context.newPage();
  watchErrors(page, 'start', errors);
  await page.goto(url);
  return page;
}

describe('the start page on small phones', () => {
  for (const width of [320, 360, 390]) {
    it(`fits ${width} px without sideways scrolling, with "join with a code" first`, { timeout: 30_000 }, async () => {
      const page = await open({ width, height: 700 }, `${env.t.base}/`);
      await page.getByLabel('Titel van de workshop').waitFor();
      const m = await page.evaluate(() => {
        const top = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top;
        const wide = [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5).map((el) => el.tagName + '.' + el.className);
        return { sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth, join: top('#join-h'), create: top('#create-h'), wide };
      });
      expect(m.sw, `page width at ${width} px; elements past the edge: ${m.wide.slice(0, 5).join(', ')}`).toBeLessThanOrEqual(m.cw);
      expect(m.join, 'join comes before create on a phone').toBeLessThan(m.create);
      const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
      expect(headings.indexOf('Meedoen met een code')).toBeLessThan(headings.indexOf('Nieuwe workshop'));
      if (width === 360) await screenshot(page, 'start-phone', true);
    });
  }
});

describe('keeping a workshop', () => {
  it('offers to save the link after creating, lists the workshop on the start page, opens and forgets it', { timeout: 120_000 }, async () => {
    const page = await open('laptop', `${env.t.base}/`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.t.base });
    // on a laptop, creating comes first
    await page.getByLabel('Titel van de workshop').waitFor();
    const order = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(order[0]).toBe('Nieuwe workshop');
    expect(await page.getByTestId('my-workshops').count(), 'no list before any workshop').toBe(0);

    await page.getByLabel('Titel van de workshop').fill('Mantelzorg in de wijk');
    await page.getByRole('button', { name: 'Workshop maken' }).click();
    await page.waitForURL(/\/f\/[\w-]+#/);
    const save = page.getByTestId('save-link');
    await save.waitFor();
    const link = await page.getByTestId('save-link-url').inputValue();
    expect(link).toBe(page.url());
    const mail = await page.getByTestId('mail-link').getAttribute('href');
    expect(mail).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(mail!.split('body=')[1]!)).toContain(link);
    await save.getByRole('button', { name: 'Link kopiëren' }).click();
    await expect.poll(() => save.getByRole('status').textContent()).toBe('Gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // a reload in the same tab still shows it, until the facilitator says it is saved
    await page.reload();
    await save.waitFor();
    await save.getByRole('button', { name: 'Ik heb de link bewaard' }).click();
    await expect.poll(() => save.count()).toBe(0);
    await page.reload();
    await page.getByTestId('join-code').waitFor();
    expect(await save.count()).toBe(0);

    // The start page lists it; the link opens the console.
    await page.goto(`${env.t.base}/`);
    const mine = page.getByTestId('my-workshop');
    await mine.first().waitFor();
    expect(await mine.count()).toBe(1);
    expect(await mine.textContent()).toContain('Mantelzorg in de wijk');
    expect(await axe(page, 'start page with a workshop list and the import form')).toEqual([]);
    await screenshot(page, 'start-with-workshops');
    await page.getByRole('link', { name: 'Workshop “Mantelzorg in de wijk” openen' }).click();
    await page.waitForURL(link);
    await page.getByTestId('join-code').waitFor();

    // Forget it: after a confirmation it is gone from the list and from this device.
    await page.goto(`${env.t.base}/`);
    await page.getByRole('button', { name: 'Workshop “Mantelzorg in de wijk” vergeten op dit apparaat' }).click();
    await page.getByRole('button', { name: 'Ja, vergeten' }).click();
    await expect.poll(() => mine.count()).toBe(0);
    await expect.poll(() => page.getByTestId('my-workshops').getByRole('status').textContent()).toBe('Vergeten op dit apparaat.');
    const id = new URL(link).pathname.split('/')[2]!;
    expect(await page.evaluate((k) => localStorage.getItem(k), `kw-session-${id}`)).toBeNull();
    await page.reload();
    await page.getByLabel('Titel van de workshop').waitFor();
    expect(await page.getByTestId('my-workshops').count()).toBe(0);
    expect(errors.filter((e) => e.includes('pageerror'))).toEqual([]);
  });

  it('starts a workshop from a JSON export, and says plainly when a file is not one', { timeout: 120_000 }, async () => {
    // an export with notes and a theme, made over the API
    const ws = await createWorkshop(env.t.base, { title: 'Het origineel' });
    const y = yClient(env.t.ws, ws.id, ws.facilitatorToken);
    cleanups.push(() => y.destroy());
    await y.synced;
    const board = new BoardDoc(y.doc);
    board.addTheme({ name: 'Korte lijnen', step: 'checkin', createdAt: Date.now() }, 'th-1');
    board.addNote({ text: 'Korte lijnen met de huisarts', step: 'checkin', author: 'facilitator', createdAt: Date.now(), themeId: 'th-1' }, 'n-1');
    board.addNote({ text: 'Een vast aanspreekpunt', step: 'checkin', author: 'facilitator', createdAt: Date.now() }, 'n-2');
    let exported = '';
    for (let i = 0; i < 50 && !exported.includes('Een vast aanspreekpunt'); i++) {
      const res = await fetch(`${env.t.base}/api/workshops/${ws.id}/export.json`, { headers: { authorization: `Bearer ${ws.facilitatorToken}` } });
      exported = await res.text();
      if (!exported.includes('Een vast aanspreekpunt')) await new Promise((r) => setTimeout(r, 100));
    }
    expect(exported).toContain('Een vast aanspreekpunt');

    const page = await open('laptop', `${env.t.base}/`);
    const form = page.getByTestId('import-form');
    // not JSON: a plain message, no workshop
    await form.getByLabel('JSON-export').setInputFiles({ name: 'notities.json', mimeType: 'application/json', buffer: Buffer.from('dit is geen json') });
    await form.getByRole('button', { name: 'Inlezen en openen' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Dit bestand is geen JSON-export van Kruiwagen.');
    // JSON, but not an export: the server's reason
    await form.getByLabel('JSON-export').setInputFiles({ name: 'ander.json', mimeType: 'application/json', buffer: Buffer.from('{"hallo": 1}') });
    await form.getByRole('button', { name: 'Inlezen en openen' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/^Inlezen lukte niet: .*not a Kruiwagen workshop export/);

    await form.getByLabel('JSON-export').setInputFiles({ name: 'het-origineel.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await form.getByRole('button', { name: 'Inlezen en openen' }).click();
    await page.waitForURL(/\/f\/[\w-]+#/);
    expect(new URL(page.url()).pathname).not.toBe(`/f/${ws.id}`);
    await page.getByTestId('save-link').waitFor();
    await expect.poll(() => page.getByTestId('note').count(), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => page.getByTestId('theme').filter({ hasText: 'Korte lijnen' }).getByTestId('note').count()).toBe(1);
    // and it is on this device's list
    await page.goto(`${env.t.base}/`);
    await page.getByTestId('my-workshop').filter({ hasText: 'Het origineel' }).waitFor();
    expect(errors.filter((e) => e.includes('pageerror'))).toEqual([]);
  });
});
