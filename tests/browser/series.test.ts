// A follow-up meeting of a series in the real UI (issue 15): started from the first
// meeting's console, it opens with the review step. The projector shows each carried
// action with owner, due date and status; the console names the owner's phone; on a
// 360×640 phone the owner marks their action done and another participant adds what
// helped; a stuck action becomes a small step. Then the series page lists both meetings
// and its delete confirmation names them. Screenshots at 1920×1080, 1280×720 and 360×640.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BoardDoc } from '../../shared/schema.js';
import type { CreateSeriesResponse, NextMeetingResponse } from '../../shared/series.js';
import { newDevice } from '../helpers/browser.js';
import { postJson, yClient, type YClient } from '../helpers/clients.js';
import { completeJoin, screenshot, settled, stepLocator, watchErrors } from '../helpers/e2e.js';
import { serverAndBrowser } from '../helpers/suite.js';
import { axe } from '../helpers/axe.js';

const errors: string[] = [];
const open: { contexts: BrowserContext[]; docs: YClient[] } = { contexts: [], docs: [] };
const env = serverAndBrowser(async () => {
  for (const c of open.contexts) await c.close();
  for (const d of open.docs) d.destroy();
});

async function page(kind: 'projector' | 'smallPhone' | 'laptop', name: string, viewport?: { width: number; height: number }): Promise<Page> {
  const ctx = await newDevice(env.browser, kind);
  open.contexts.push(ctx);
  const p = await ctx.newPage();
  if (viewport) await p.setViewportSize(viewport);
  p.setDefaultTimeout(10_000);
  watchErrors(p, name, errors);
  return p;
}

async function bearer(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(env.t.base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: (await res.json()) as any };
}

describe('a follow-up meeting in the browser', () => {
  it('reviews last time’s actions on projector, console and the owner’s phone', async () => {
    const series = (await postJson(env.t.base, '/api/series', { name: 'Mantelzorgnetwerk Houten', organiser: 'Gemeente Houten', horizonYear: 2030 })).json as CreateSeriesResponse;
    const m1 = (await bearer('POST', `/api/series/${series.id}/meetings`, series.seriesToken, { title: 'Startbijeenkomst', place: 'Gemeentehuis Houten' })).json as NextMeetingResponse;
    const y1 = yClient(env.t.ws, m1.id, m1.facilitatorToken);
    open.docs.push(y1);
    await y1.synced;
    const b1 = new BoardDoc(y1.doc);
    y1.doc.transact(() => {
      b1.addNote({ text: 'Elke mantelzorger kent één vast aanspreekpunt in de wijk', step: 'dream', author: 'facilitator', createdAt: 1 }, 'amb');
      b1.setSharedAmbition('amb');
      b1.addTheme({ name: 'Korte lijnen', step: 'discover', createdAt: 2 }, 'core1');
      b1.addTheme({ name: 'Elkaar kennen', step: 'discover', createdAt: 3 }, 'core2');
      b1.addNote({ text: 'Een spreekuur in de bibliotheek', step: 'design', author: 'facilitator', createdAt: 4 }, 'step1');
      b1.addAction({ what: 'Spreekuur in de bibliotheek starten', owner: 'Anna', due: '2027-03-01', createdAt: 5 }, 'actA');
      b1.addAction({ what: 'Huisartsen uitnodigen voor het netwerk', owner: 'Bram', due: '2027-02-15', createdAt: 6, status: 'stuck', statusNote: 'Geen tijd gevonden' }, 'actB');
      b1.addAction({ what: 'Folder over respijtzorg', owner: 'Chris', due: '', createdAt: 7, status: 'done' }, 'actC');
    });

    // Meeting 1's console: start the next meeting (review, Dream, Design, Deliver).
    const fac = await page('projector', 'console');
    await fac.goto(`${env.t.base}/f/${m1.id}#${m1.facilitatorToken}`);
    const next = fac.getByTestId('next-meeting');
    await next.getByLabel('Titel van de bijeenkomst').fill('Netwerkbijeenkomst voorjaar');
    expect(await next.getByLabel('Terugblik').isChecked()).toBe(true);
    await next.getByRole('button', { name: 'Start de volgende bijeenkomst' }).click();
    await next.getByTestId('open-next-meeting').click();
    await fac.waitForURL(/\/f\//);
    await fac.locator('[data-testid=current-step][data-step=review]').waitFor();
    const m2Id = decodeURIComponent(new URL(fac.url()).pathname.split('/')[2] ?? '');
    expect(m2Id).not.toBe(m1.id);
    const board = fac.getByTestId('review-board');
    await expect.poll(() => board.getByTestId('review-action').count(), { timeout: 10_000 }).toBe(2);
    // The link back to where the action came from: meeting 1's console, whose link this laptop holds.
    expect(await board.locator('[data-action=actA]').getByTestId('action-origin').getAttribute('href')).toBe(`/f/${m1.id}`);
    const code = (await fac.getByTestId('join-code').textContent())?.trim() ?? '';
    const projectorUrl = new URL((await fac.getByTestId('projector-link').getAttribute('href')) ?? '', env.t.base).href;
    const proj = await page('projector', 'projector');
    await proj.goto(projectorUrl);
    const rows = proj.getByTestId('review-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    expect(await rows.filter({ hasText: 'Spreekuur in de bibliotheek starten' }).textContent()).toMatch(/Anna.*1 mrt 2027.*Gepland/);
    expect(await proj.getByTestId('carried-core').textContent()).toContain('Korte lijnen');

    // The owner joins on a small phone; the facilitator names her phone as the action's.
    const phone = await page('smallPhone', 'phone');
    await phone.goto(`${env.t.base}/j/${code}`);
    await completeJoin(phone, 'volunteer', 'Anna');
    await phone.getByTestId('review-actions').waitFor();
    await fac.getByLabel('Telefoon van de eigenaar van: Spreekuur in de bibliotheek starten').selectOption({ label: 'Anna (Vrijwilliger)' });
    const mine = phone.getByTestId('review-action').filter({ has: phone.getByTestId('status-form') });
    await mine.waitFor();
    expect(await mine.textContent()).toContain('Spreekuur in de bibliotheek starten');
    await settled(phone);
    await screenshot(phone, 'phone-review');
    await mine.getByLabel('Stand', { exact: true }).selectOption('done');
    await mine.getByLabel('Wat is er gebeurd?').fill('Elke dinsdag spreekuur');
    await mine.getByRole('button', { name: 'Stand opslaan' }).click();

    const rowA = rows.filter({ hasText: 'Spreekuur in de bibliotheek starten' });
    await rowA.locator('[data-status=done]').waitFor();
    expect(await rowA.textContent()).toContain('Elke dinsdag spreekuur');
    await board.locator('[data-action=actA] [data-status=done]').waitFor();

    // What helped, from the phone, on the stuck action; the stuck action becomes a small step.
    await phone.getByLabel('Wat hielp bij: Huisartsen uitnodigen voor het netwerk').fill('De praktijkondersteuner dacht mee');
    await phone.getByLabel('Wat hielp bij: Huisartsen uitnodigen voor het netwerk').press('Enter');
    await rows.filter({ hasText: 'Wat hielp (1)' }).waitFor();
    await board.locator('[data-action=actB]').getByText('De praktijkondersteuner dacht mee').waitFor();
    await board.locator('[data-action=actB]').getByRole('button', { name: 'Maak er een kleine stap van' }).click();
    await board.locator('[data-action=actB]').getByText('Staat nu bij Ontwerpen').waitFor();

    await settled(proj);
    await screenshot(proj, 'projector-review');
    const violations = [...(await axe(proj, 'review on the projector')), ...(await axe(fac, 'review on the console')), ...(await axe(phone, 'review on the phone'))];
    await settled(fac);
    await screenshot(fac, 'facilitator-review-1920');
    await fac.setViewportSize({ width: 1280, height: 720 });
    await settled(fac);
    await screenshot(fac, 'facilitator-review-1280');

    // Deliver in the follow-up meeting: the carried actions show the status the review gave them.
    await fac.getByRole('button', { name: 'Doen', exact: true }).click();
    await stepLocator(proj, 'deliver').waitFor();
    const delivered = proj.getByTestId('action-row');
    await delivered.filter({ hasText: 'Spreekuur in de bibliotheek starten' }).locator('[data-status=done]').waitFor();
    await delivered.filter({ hasText: 'Huisartsen uitnodigen voor het netwerk' }).locator('[data-status=stuck]').waitFor();

    // The series page: both meetings, and a deletion that names them before anything goes.
    const sp = await page('projector', 'series');
    await sp.goto(`${env.t.base}/s/${series.id}#${series.seriesToken}`);
    const meetings = sp.getByTestId('series-meeting');
    await expect.poll(() => meetings.count(), { timeout: 10_000 }).toBe(2);
    expect(await meetings.nth(0).textContent()).toContain('Startbijeenkomst');
    expect(await meetings.nth(1).textContent()).toMatch(/Netwerkbijeenkomst voorjaar.*Vrijwilligers: 1/);
    expect(await sp.getByTestId('series-ambition').textContent()).toContain('Elke mantelzorger kent één vast aanspreekpunt');
    await settled(sp);
    await screenshot(sp, 'series-page');
    await sp.setViewportSize({ width: 1280, height: 720 });
    await settled(sp);
    await screenshot(sp, 'series-page-1280');
    violations.push(...(await axe(sp, 'series page')));
    await sp.getByTestId('delete-series').getByRole('button', { name: 'Reeks verwijderen' }).click();
    expect(await sp.getByTestId('delete-series-list').textContent()).toMatch(/Startbijeenkomst.*Netwerkbijeenkomst voorjaar/);
    await sp.getByRole('button', { name: 'Annuleren' }).click();

    const small = await page('smallPhone', 'series-phone');
    await small.goto(`${env.t.base}/s/${series.id}#${series.seriesToken}`);
    await expect.poll(() => small.getByTestId('series-meeting').count(), { timeout: 10_000 }).toBe(2);
    await settled(small);
    await screenshot(small, 'series-page-phone');

    violations.push(...(await axe(small, 'series page on a phone')));
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);
});
