// Issue 16 in the browser: the living social map on the projector (10 entries, 6 ties,
// every name inside the screen and uncovered at 1920×1080 and 1280×720), on a 360 px
// phone (add my entry, draw a tie), and the possibility statements in Dream (the
// checklist, "this builds on …", the positive core); axe in Dutch and English.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { command, createWorkshop, emitAck, join, lastState, roomClient, yClient, type RoomClient } from '../helpers/clients.js';
import { BoardDoc, type MapEntry } from '../../shared/schema.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { GroupId } from '../../shared/groups.js';
import { completeJoin, screenshot, settled, watchErrors } from '../helpers/e2e.js';
import { serverAndBrowser } from '../helpers/suite.js';
import { axe } from '../helpers/axe.js';
import { waitFor } from '../helpers/wait.js';
import { sidewaysOverflow, smallTargets } from '../helpers/wcag.js';

const errors: string[] = [];
const contexts: BrowserContext[] = [];
const closers: (() => unknown)[] = [];
const env = serverAndBrowser(async () => {
  for (const c of closers) await c();
  for (const c of contexts) await c.close().catch(() => {});
});

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function open(options: BrowserContextOptions, name: string, url: string): Promise<Page> {
  const context = await env.browser.newContext({ locale: 'nl-NL', ...options });
  contexts.push(context);
  const page = await context.newPage();
  watchErrors(page, name, errors);
  await page.goto(url);
  return page;
}


async function axeBothLanguages(page: Page, view: string): Promise<string[]> {
  const found = await axe(page, `${view} (NL)`);
  await page.getByRole('group', { name: /Taal|Language/ }).getByRole('button', { name: 'EN' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  found.push(...(await axe(page, `${view} (EN)`)));
  await page.getByRole('group', { name: /Taal|Language/ }).getByRole('button', { name: 'NL' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nl');
  return found;
}

// Ten entries as a Houten network would write them: long names, every group but one.
const ENTRIES: [string, GroupId, MapEntry['offers'], string?][] = [
  ['Steunpunt Mantelzorg Houten', 'organisation', ['advice', 'information', 'emotional'], 'Mantelzorgers van alle leeftijden'],
  ['Wijkverpleegkundige Buurtzorg Noord', 'professional', ['practical', 'advice']],
  ['Huisartsenpraktijk De Schans', 'professional', ['advice']],
  ['Mantelzorgcafé Het Wiel', 'volunteer', ['company', 'emotional']],
  ['Buurvrouw', 'carer', ['practical', 'company']],
  ['Dochter van mevrouw Jansen', 'carer', ['practical']],
  ['Gemeente Houten, team Wmo', 'municipality', ['information', 'advice']],
  ['Vrijwillige Thuishulp', 'volunteer', ['practical', 'company']],
  ['Sociaal wijkteam Houten-Zuid', 'professional', ['advice', 'information']],
  ['Kerkelijke bezoekgroep', 'volunteer', ['company']],
];
const TIES: [number, number][] = [
  [0, 3],
  [1, 2],
  [1, 8],
  [4, 5],
  [6, 0],
  [7, 9],
];

async function mapWorkshop(title: string): Promise<{ ws: CreateWorkshopResponse; room: RoomClient; board: BoardDoc }> {
  const ws = await createWorkshop(env.t.base, { title });
  const room = roomClient(env.t.base, ws.facilitatorToken);
  closers.push(() => room.close());
  await command(room, 'step:set', { step: 'discover' });
  const fac = yClient(env.t.ws, ws.id, ws.facilitatorToken);
  closers.push(() => fac.destroy());
  await fac.synced;
  const board = new BoardDoc(fac.doc);
  for (const [i, [name, group, offers, forWhom]] of ENTRIES.entries()) {
    const p = await join(env.t.base, ws.joinCode, group);
    board.addMapEntry({ name, group, offers, shareContact: false, owner: p.participantId, createdAt: Date.now() + i, ...(forWhom ? { forWhom } : {}) }, `e${i}`);
  }
  for (const [i, [a, b]] of TIES.entries()) {
    const from = board.mapEntries().find((e) => e.id === `e${a}`)!;
    board.addMapTie({ from: `e${a}`, to: `e${b}`, owner: from.owner, createdAt: Date.now() + i }, `t${i}`);
  }
  return { ws, room, board };
}

/** Every name line inside the viewport and the topmost element at its centre and corners; boxes apart. */
async function readability(page: Page): Promise<{ outside: string[]; covered: string[]; overlapping: string[]; fontSize: number }> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const outside: string[] = [];
    const covered: string[] = [];
    for (const span of document.querySelectorAll<SVGTSpanElement>('[data-testid=map-entry-name] tspan')) {
      const r = span.getBoundingClientRect();
      const label = span.textContent ?? '';
      if (r.left < 0 || r.top < 0 || r.right > vw || r.bottom > vh || r.width === 0) outside.push(label);
      const inset = Math.min(3, r.height / 4);
      for (const [x, y] of [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + inset, r.top + inset],
        [r.right - inset, r.bottom - inset],
      ] as const) {
        const top = document.elementFromPoint(x, y);
        const text = span.closest('text');
        if (!top || !(top === span || top === text || (top.closest('[data-testid=map-entry]') === span.closest('[data-testid=map-entry]') && top.tagName !== 'path'))) {
          covered.push(`${label} at ${Math.round(x)},${Math.round(y)} by ${top?.tagName}.${top?.getAttribute('class') ?? ''}`);
          break;
        }
      }
    }
    const rects = [...document.querySelectorAll<SVGRectElement>('rect.social-map__entry')].map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height, id: el.closest('[data-entry-id]')?.getAttribute('data-entry-id') ?? '' };
    });
    const overlapping: string[] = [];
    rects.forEach((a, i) =>
      rects.slice(i + 1).forEach((b) => {
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlapping.push(`${a.id}/${b.id}`);
      }),
    );
    const svg = document.querySelector('[data-testid=social-map] svg');
    return { outside, covered, overlapping, fontSize: Number(svg?.getAttribute('data-font-size') ?? 0) };
  });
}

describe('the living social map', () => {
  it('is readable on the projector at 1920×1080 and 1280×720: 10 entries, 6 ties, every name inside and uncovered', { timeout: 180_000 }, async () => {
    const { ws, room } = await mapWorkshop('Wie doet wat in Houten');
    await command(room, 'map:show', { shown: true });
    for (const [width, height, minFont] of [
      [1920, 1080, 22],
      [1280, 720, 16],
    ] as const) {
      const proj = await open({ viewport: { width, height } }, `projector ${width}`, `${env.t.base}/p/${ws.id}#${ws.projectorToken}`);
      await expect.poll(() => proj.getByTestId('map-entry').count(), { timeout: 10_000 }).toBe(10);
      await expect.poll(() => proj.getByTestId('map-tie').count()).toBe(6);
      await settled(proj);
      const names = await proj.getByTestId('map-entry-name').allTextContents();
      // every name whole (wrapped over lines, never cut)
      expect(names).toHaveLength(10);
      for (const [name] of ENTRIES) expect(names.some((n) => n.replace(/\s+/g, '') === name.replace(/\s+/g, '')), name).toBe(true);
      await screenshot(proj, `projector-social-map-${width}`);
      const found = await readability(proj);
      expect(found.outside, `names outside the ${width}×${height} screen`).toEqual([]);
      expect(found.covered, `names covered at ${width}×${height}`).toEqual([]);
      expect(found.overlapping, `entries on top of each other at ${width}×${height}`).toEqual([]);
      expect(found.fontSize, 'names in type readable from the back').toBeGreaterThanOrEqual(minFont);
      // contact details never reach the screen; the step's question stays above the map
      await proj.getByTestId('current-step').waitFor();
      if (width === 1920) {
        const violations = await axeBothLanguages(proj, 'projector (social map)');
        expect(violations, violations.join('\n')).toEqual([]);
      }
    }
    // the facilitator takes it off again: the note wall is back
    const proj = await open({ viewport: { width: 1280, height: 720 } }, 'projector off', `${env.t.base}/p/${ws.id}#${ws.projectorToken}`);
    await proj.getByTestId('social-map').waitFor();
    await command(room, 'map:show', { shown: false });
    await proj.getByTestId('social-map').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('lets a participant on a 360 px phone add their entry and draw a tie, and the projector shows both', { timeout: 180_000 }, async () => {
    const { ws, room, board } = await mapWorkshop('Netwerk op de telefoon');
    await command(room, 'map:show', { shown: true });
    const proj = await open({ viewport: { width: 1280, height: 720 } }, 'projector', `${env.t.base}/p/${ws.id}#${ws.projectorToken}`);
    await expect.poll(() => proj.getByTestId('map-entry').count(), { timeout: 10_000 }).toBe(10);

    const phone = await open(PHONE, 'phone', `${env.t.base}/j/${ws.joinCode}`);
    await completeJoin(phone, 'volunteer', 'Ans');
    const panel = phone.getByTestId('map-panel');
    await panel.getByTestId('map-add').click();
    // focus goes to the name, for the keyboard and the screen reader
    await expect.poll(() => phone.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('map-name');
    await panel.getByTestId('map-save').click();
    await panel.getByText('Vul een naam in.').waitFor();
    await phone.keyboard.type('Boodschappendienst De Kar');
    await panel.getByLabel('Gezelschap').check();
    await panel.getByLabel('Praktische hulp').check();
    await panel.getByLabel(/^Voor wie\?/).fill('Ouderen in Houten-Zuid');
    // the contact field comes with the tick: a contact not shared is not kept
    expect(await panel.getByTestId('map-contact').count()).toBe(0);
    await panel.getByTestId('map-share').check();
    await panel.getByTestId('map-contact').fill('06 12 34 56 78');
    const violations = await axeBothLanguages(phone, 'phone (map form)');
    await screenshot(phone, 'phone-social-map-form', true);
    await panel.getByTestId('map-save').click();
    const mine = panel.getByTestId('my-map-entry');
    await mine.getByText('Boodschappendienst De Kar').waitFor();
    await mine.getByTestId('map-tie-to').selectOption({ label: 'Mantelzorgcafé Het Wiel' });
    await mine.getByTestId('map-tie-add').click();
    await mine.getByRole('button', { name: 'Haal de lijn naar Mantelzorgcafé Het Wiel weg' }).waitFor();
    violations.push(...(await axeBothLanguages(phone, 'phone (my map entry)')));
    // WCAG 2.5.8 and 1.4.10 on the map part of the phone: no control under 24×24 px without room, nothing sideways
    expect(await smallTargets(phone)).toEqual([]);
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    expect(violations, violations.join('\n')).toEqual([]);
    await screenshot(phone, 'phone-social-map', true);

    await expect.poll(() => proj.getByTestId('map-entry').count()).toBe(11);
    await expect.poll(() => proj.getByTestId('map-tie').count()).toBe(7);
    // the projector never shows a contact, shared or not
    expect(await proj.locator('body').innerText()).not.toContain('06 12 34 56 78');
    const found = await readability(proj);
    expect([found.outside, found.covered, found.overlapping]).toEqual([[], [], []]);
    const added = board.mapEntries().find((e) => e.name === 'Boodschappendienst De Kar');
    expect(added).toMatchObject({ group: 'volunteer', offers: ['practical', 'company'], forWhom: 'Ouderen in Houten-Zuid', contact: '06 12 34 56 78', shareContact: true });

    // the owner edits; another entry offers no edit at all
    await mine.getByRole('button', { name: 'Wijzig Boodschappendienst De Kar' }).click();
    await panel.getByTestId('map-name').fill('Boodschappendienst De Kar Houten');
    await panel.getByTestId('map-save').click();
    await waitFor(() => board.mapEntries().some((e) => e.name === 'Boodschappendienst De Kar Houten'), 5000, 'the edit at the facilitator');
    expect(await panel.getByRole('button', { name: /^Wijzig/ }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('possibility statements and the positive core', () => {
  it('shows the checklist and links an ambition to Discover themes; the positive core reaches projector and phone', { timeout: 180_000 }, async () => {
    const ws = await createWorkshop(env.t.base, { title: 'Dromen met grond' });
    const room = roomClient(env.t.base, ws.facilitatorToken);
    closers.push(() => room.close());
    await command(room, 'step:set', { step: 'discover' });
    const fac = yClient(env.t.ws, ws.id, ws.facilitatorToken);
    closers.push(() => fac.destroy());
    await fac.synced;
    const board = new BoardDoc(fac.doc);
    board.addTheme({ name: 'Korte lijnen', step: 'discover', createdAt: 1 }, 'th1');
    board.addTheme({ name: 'Gezien worden', step: 'discover', createdAt: 2 }, 'th2');
    board.addTheme({ name: 'Vaste gezichten', step: 'discover', createdAt: 3 }, 'th3');

    // the facilitator closes Discover: what do we want to keep?
    const consolePage = await open({ viewport: { width: 1440, height: 900 } }, 'console', `${env.t.base}/f/${ws.id}#${ws.facilitatorToken}`);
    const core = consolePage.getByTestId('positive-core-panel');
    await core.getByLabel('Korte lijnen: hoort bij de positieve kern').check();
    await core.getByLabel('Vaste gezichten: hoort bij de positieve kern').check();
    await waitFor(() => board.themes().filter((th) => th.positiveCore).length === 2, 5000, 'two themes in the positive core');
    const consoleViolations = await axe(consolePage, 'console (positive core)');
    expect(consoleViolations, consoleViolations.join('\n')).toEqual([]);
    await command(room, 'step:set', { step: 'dream' });

    const phone = await open(PHONE, 'phone', `${env.t.base}/j/${ws.joinCode}`);
    await completeJoin(phone, 'carer', 'Mila');
    await phone.getByTestId('possibility-checklist').getByText('Doe alsof het al zo is.').waitFor();
    await expect.poll(() => phone.getByTestId('positive-core').getByRole('listitem').allTextContents()).toEqual(['Korte lijnen', 'Vaste gezichten']);
    await phone.getByLabel(/^Jouw briefje$/).fill('Elke mantelzorger heeft één vast gezicht in het wijkteam');
    const choice = phone.getByTestId('builds-on-choice');
    await choice.getByLabel('Korte lijnen').check();
    await choice.getByLabel('Vaste gezichten').check();
    const violations = await axeBothLanguages(phone, 'phone (Dream)');
    await screenshot(phone, 'phone-dream-possibility', true);
    await phone.getByTestId('add-note').click();
    await waitFor(() => board.notes().find((n) => n.step === 'dream')?.buildsOn?.length === 2, 5000, 'the ambition with its links');
    expect(board.notes().find((n) => n.step === 'dream')?.buildsOn).toEqual(['th1', 'th3']);

    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      const proj = await open({ viewport: { width, height } }, `projector ${width}`, `${env.t.base}/p/${ws.id}#${ws.projectorToken}`);
      await proj.getByTestId('builds-on').getByText('Bouwt voort op: Korte lijnen, Vaste gezichten').waitFor();
      await expect.poll(() => proj.getByTestId('positive-core').getByRole('listitem').allTextContents()).toEqual(['Korte lijnen', 'Vaste gezichten']);
      await settled(proj);
      await screenshot(proj, `projector-dream-positive-core-${width}`);
      if (width === 1920) violations.push(...(await axeBothLanguages(proj, 'projector (Dream, positive core)')));
      else {
        // the console's switch puts the (still empty) map over Dream, and takes it off
        const toggle = consolePage.getByRole('switch', { name: /Sociale kaart op het scherm/ });
        await toggle.click();
        await proj.getByTestId('social-map').getByText('Nog niemand op de kaart. Zet jezelf erop met je telefoon.').waitFor();
        expect(await toggle.getAttribute('aria-checked')).toBe('true');
        expect(await proj.getByTestId('positive-core').count(), 'the map takes the screen').toBe(0);
        await toggle.click();
        await proj.getByTestId('positive-core').waitFor();
      }
    }
    expect(violations, violations.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
