// Issue 6: the whole workshop in real browsers. A facilitator on a laptop, the
// projector, and three participants (phone, small phone, tablet) go through check-in,
// Discover, Dream, Design and Deliver; every device follows each step within a second;
// a participant goes offline and comes back; a device reloads; the server is killed and
// restarted on the same port; the PDF report downloads.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newDevice } from '../helpers/browser.js';
import { startChildServer, tempDataDir, type ChildServer } from '../helpers/server.js';
import {
  addNote,
  assertClientBuilt,
  createWorkshopInUi,
  freePort,
  joinByAddress,
  joinByTypingCode,
  moveStep,
  noteCount,
  screenshot,
  stepLocator,
  watchErrors,
} from '../helpers/e2e.js';
import { waitFor } from '../helpers/wait.js';
import { yClient } from '../helpers/clients.js';
import { BoardDoc } from '../../shared/schema.js';

let browser: Browser;
let server: ChildServer;
let port: number;
let dataDir: string;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

async function start(): Promise<ChildServer> {
  return startChildServer(dataDir, port, { PUBLIC_URL: `http://127.0.0.1:${port}` });
}

beforeAll(async () => {
  assertClientBuilt();
  browser = await launchBrowser();
  port = await freePort();
  dataDir = tempDataDir();
  server = await start();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.kill('SIGTERM');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function device(kind: Parameters<typeof newDevice>[1], name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newDevice(browser, kind);
  contexts.push(context);
  const page = await context.newPage();
  watchErrors(page, name, errors);
  return { context, page };
}

/** Waits until every view shows `n` notes of the current step. */
async function expectCounts(views: { fac: Page; proj: Page; phones: Page[] }, n: number, what: string, timeoutMs = 10_000) {
  await waitFor(
    async () => {
      const counts = [await noteCount(views.fac, 'facilitator'), await noteCount(views.proj, 'projector'), ...(await Promise.all(views.phones.map((p) => noteCount(p, 'participant'))))];
      return counts.every((c) => c === n) ? counts : null;
    },
    timeoutMs,
    `${n} notes on every device (${what})`,
  ).catch(async (error: unknown) => {
    const counts = [await noteCount(views.fac, 'facilitator'), await noteCount(views.proj, 'projector'), ...(await Promise.all(views.phones.map((p) => noteCount(p, 'participant'))))];
    throw new Error(`${String(error)}; counts facilitator, projector, phone, small phone, tablet = ${counts.join(', ')}`);
  });
}

describe('a whole workshop on five devices', () => {
  it('runs check-in to Deliver, survives offline writing, a reload and a server restart, and exports the PDF', { timeout: 180_000 }, async () => {
    const base = server.base;
    const delays: Record<string, number[]> = {};

    // The facilitator creates the workshop in the UI.
    const { page: fac } = await device('laptop', 'facilitator');
    await fac.goto(`${base}/`);
    await fac.getByLabel('Titel van de workshop').waitFor();
    await screenshot(fac, 'start');
    const ws = await createWorkshopInUi(fac, base, 'Samen voor mantelzorgers in Houten', 'Houten');
    expect(ws.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(ws.joinPath).toBe(`/j/${ws.code}`);

    const { page: proj } = await device('projector', 'projector');
    await proj.goto(ws.projectorUrl);
    await expect.poll(() => proj.getByTestId('join-code').textContent()).toContain(ws.code);

    // Three participants: by typing the code, and by the QR address.
    const { page: phone } = await device('phone', 'phone');
    await joinByTypingCode(phone, base, ws.code, 'carer', 'Ans');
    const { page: small } = await device('smallPhone', 'small phone');
    await small.goto(`${base}${ws.joinPath}`);
    await small.getByTestId('workshop-title').waitFor();
    await screenshot(small, 'phone-join', true);
    await joinByAddress(small, `${base}${ws.joinPath}`, 'professional', 'Bram');
    const { context: tabletContext, page: tablet } = await device('tablet', 'tablet');
    await joinByAddress(tablet, `${base}${ws.joinPath}`, 'volunteer');
    const phones = [phone, small, tablet];
    const views = { fac, proj, phones };
    for (const p of phones) await stepLocator(p, 'checkin').waitFor();
    await expect.poll(() => fac.getByTestId('roster-person').count()).toBe(3);

    // Check-in: everyone writes how care touches them.
    await addNote(phone, 'Mijn moeder woont bij ons in; dat raakt alles.');
    await addNote(small, 'Als wijkverpleegkundige zie ik hoeveel mantelzorgers dragen.');
    await addNote(tablet, 'Ik rijd elke week met een buurman naar de dagbesteding.');
    await expectCounts(views, 3, 'check-in');

    // Discover.
    delays.discover = await moveStep(fac, phones.concat(proj), 'discover', /Volgende: Ontdekken/);
    const discoverTexts = [
      [phone, 'De wijkverpleegkundige belde elke week even. Dat gaf rust.'],
      [small, 'Korte lijnen tussen huisarts en steunpunt mantelzorg.'],
      [tablet, 'Vrijwilligers die een vaste dag kwamen, zodat ik kon werken.'],
      [phone, 'De gemeente nam de tijd voor een keukentafelgesprek met ons allebei.'],
    ] as const;
    for (const [p, text] of discoverTexts) await addNote(p, text);
    await expectCounts(views, 4, 'Discover');

    // Themes: the facilitator makes two and groups notes with the select.
    for (const name of ['Korte lijnen', 'Er zijn']) {
      await fac.getByLabel('Nieuw thema').fill(name);
      await fac.getByRole('button', { name: 'Thema toevoegen' }).click();
    }
    await expect.poll(() => fac.getByTestId('theme').count()).toBe(2);
    const noteOnConsole = (text: string) => fac.getByTestId('note').filter({ hasText: text });
    await noteOnConsole('Korte lijnen tussen huisarts').getByTestId('move-to-theme').selectOption({ label: 'Korte lijnen' });
    await noteOnConsole('belde elke week').getByTestId('move-to-theme').selectOption({ label: 'Korte lijnen' });
    await noteOnConsole('Vrijwilligers die een vaste dag').getByTestId('move-to-theme').selectOption({ label: 'Er zijn' });
    await expect.poll(() => proj.locator('.note-wall__theme').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Korte lijnen\s*2/), expect.stringMatching(/Er zijn\s*1/)]));
    await fac.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      scrollTo(0, 0);
    });
    await screenshot(fac, 'facilitator-console');

    // The tablet goes offline and writes two notes; they arrive when it comes back.
    await tabletContext.setOffline(true);
    await tablet.locator('[data-testid=connection][data-online=false]').first().waitFor({ timeout: 5000 });
    const offlineTexts = ['Offline geschreven: de buurtapp hielp ons', 'Offline geschreven: de mantelzorgwaardering'];
    for (const text of offlineTexts) await addNote(tablet, text);
    for (const text of offlineTexts) await tablet.getByTestId('my-note').filter({ hasText: text }).waitFor();
    // really offline: nothing reached the room yet. A fresh copy of the board is the
    // server's state; the projector shows no more than that.
    const probe = yClient(server.ws, ws.workshopId, new URL(fac.url()).hash.slice(1));
    await probe.synced;
    expect(new BoardDoc(probe.doc).notes().filter((n) => n.text.startsWith('Offline geschreven'))).toEqual([]);
    probe.destroy();
    expect(await proj.getByTestId('note').filter({ hasText: 'Offline geschreven' }).count()).toBe(0);
    expect(await noteCount(fac, 'facilitator')).toBe(4);
    await tabletContext.setOffline(false);
    for (const text of offlineTexts) {
      await proj.getByTestId('note').filter({ hasText: text }).waitFor({ timeout: 15_000 });
      await fac.getByTestId('note').filter({ hasText: text }).waitFor({ timeout: 5000 });
    }
    await tablet.locator('[data-testid=connection][data-online=true]').first().waitFor({ timeout: 15_000 });
    await expectCounts(views, 6, 'after the tablet came back online');

    // The small phone reloads mid-step: same step, its notes still its own.
    const smallMine = await small.getByTestId('my-note').allTextContents();
    expect(smallMine).toHaveLength(1);
    await small.reload();
    await stepLocator(small, 'discover').waitFor();
    await expect.poll(() => small.getByTestId('my-note').count()).toBe(1);
    expect(await small.getByTestId('my-note').textContent()).toContain('Korte lijnen tussen huisarts');
    // listed once: under "my notes", not again among other people's notes
    expect(await small.locator('.all-notes [data-testid=note]').filter({ hasText: 'Korte lijnen tussen huisarts' }).count()).toBe(0);
    await expectCounts(views, 6, 'after the reload');

    // The server dies (SIGKILL) and comes back on the same port: every device reconnects.
    await server.kill('SIGKILL');
    for (const p of [fac, ...phones]) await p.locator('[data-testid=connection][data-online=false]').first().waitFor({ timeout: 15_000 });
    server = await start();
    expect(server.port).toBe(port);
    for (const p of [fac, ...phones]) await p.locator('[data-testid=connection][data-online=true]').first().waitFor({ timeout: 20_000 });
    await proj.locator('[data-testid=connection]').waitFor({ state: 'detached', timeout: 20_000 });
    await expectCounts(views, 6, 'after the server restart');
    await addNote(phone, 'Na de herstart: de dorpsondersteuner kende iedereen.');
    await expectCounts(views, 7, 'a note written after the restart');
    await expect.poll(() => proj.locator('.note-wall__theme').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Korte lijnen\s*2/)]));

    // Dream: ambitions, dot voting, the shared ambition.
    delays.dream = await moveStep(fac, phones.concat(proj), 'dream', /Volgende: Dromen/);
    await addNote(phone, 'Elke mantelzorger heeft één vast aanspreekpunt dat meedenkt.');
    await addNote(small, 'Huisarts, wijkteam en steunpunt werken vanuit één plan.');
    await expectCounts(views, 2, 'Dream');
    await fac.getByRole('button', { name: 'Stemmen openen' }).click();
    for (const p of phones) await p.getByTestId('dots-left').waitFor();
    await phone.getByRole('button', { name: /Stip geven aan: Elke mantelzorger/ }).click();
    await expect.poll(() => phone.getByTestId('dots-left').textContent()).toContain('nog 2 van 3');
    await phone.getByRole('button', { name: /Stip geven aan: Elke mantelzorger/ }).click();
    await small.getByRole('button', { name: /Stip geven aan: Elke mantelzorger/ }).click();
    await tablet.getByRole('button', { name: /Stip geven aan: Huisarts/ }).click();
    await expect.poll(() => proj.getByTestId('vote-results').textContent(), { timeout: 5000 }).toMatch(/Mantelzorgers 2.*Zorgprofessionals 1/);
    await expect.poll(() => fac.getByTestId('vote-results').textContent()).toMatch(/Elke mantelzorger.*3/);
    await fac.getByRole('button', { name: 'Stemmen sluiten' }).click();
    await fac.getByTestId('note').filter({ hasText: 'Elke mantelzorger' }).getByRole('button', { name: 'Kies als gedeelde ambitie' }).click();

    // Design: the shared ambition on every phone; a small step with its first action.
    delays.design = await moveStep(fac, phones.concat(proj), 'design', /Volgende: Ontwerpen/);
    for (const p of [...phones, proj]) await expect.poll(() => p.getByTestId('shared-ambition').textContent()).toContain('Elke mantelzorger heeft één vast aanspreekpunt');
    await small.getByLabel('Jouw kleine stap').fill('Een sociale kaart van wie wat doet in de wijk');
    await small.getByLabel(/Eerste actie/).fill('Steunpunt maakt een eerste versie');
    await small.getByRole('button', { name: 'Briefje toevoegen' }).click();
    await fac.getByTestId('note').filter({ hasText: 'Een sociale kaart' }).waitFor();
    await screenshot(phone, 'phone-participant');

    // Deliver: the action list, on the projector too.
    delays.deliver = await moveStep(fac, phones.concat(proj), 'deliver', /Volgende: Doen/);
    await fac.getByRole('button', { name: 'Maak actie' }).first().click();
    await fac.getByLabel('Wie 1').fill('Steunpunt Mantelzorg');
    await fac.getByLabel('Wanneer 1').fill('2027-03-01');
    const projActions = proj.getByTestId('action-table');
    await expect.poll(() => projActions.textContent()).toMatch(/Steunpunt maakt een eerste versie.*Steunpunt Mantelzorg.*2027/);

    // The PDF report.
    const [download] = await Promise.all([fac.waitForEvent('download', { timeout: 30_000 }), fac.getByRole('button', { name: 'Verslag downloaden (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await download.path();
    const head = fs.readFileSync(file).subarray(0, 5).toString('latin1');
    expect(head).toBe('%PDF-');
    expect(fs.statSync(file).size).toBeGreaterThan(2000);

    console.log(`step change delays in ms (facilitator, phone, small phone, tablet, projector): ${JSON.stringify(delays)}`);
    // Every device followed every move of the facilitator within a second.
    const slow = Object.entries(delays).filter(([, ms]) => ms.some((d) => d >= 1000));
    expect(slow, `step changes slower than 1 s (facilitator, phone, small phone, tablet, projector): ${JSON.stringify(delays)}`).toEqual([]);
    expect(errors.filter((e) => e.includes('pageerror')), errors.join('\n')).toEqual([]);
  });
});
