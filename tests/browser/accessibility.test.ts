// Issue 6 (WCAG 2.1 AA): axe-core on every view in Dutch and English, a participant who
// uses the keyboard only, visible focus, polite announcements, and 200% zoom.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newDevice } from '../helpers/browser.js';
import { command, createWorkshop, emitAck, join, lastState, roomClient, yClient, type RoomClient } from '../helpers/clients.js';
import { BoardDoc } from '../../shared/schema.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { completeJoin, stepLocator, watchErrors } from '../helpers/e2e.js';
import { serverAndBrowser } from '../helpers/suite.js';
import { axe } from '../helpers/axe.js';

const errors: string[] = [];
const contexts: BrowserContext[] = [];
const closers: (() => unknown)[] = [];

const env = serverAndBrowser(async () => {
  for (const c of closers) await c();
  for (const c of contexts) await c.close().catch(() => {});
});

async function open(kind: Parameters<typeof newDevice>[1] | { width: number; height: number; deviceScaleFactor?: number }, name: string, url: string): Promise<Page> {
  const context =
    typeof kind === 'string'
      ? await newDevice(env.browser, kind)
      : await env.browser.newContext({ viewport: { width: kind.width, height: kind.height }, deviceScaleFactor: kind.deviceScaleFactor ?? 1, locale: 'nl-NL' });
  contexts.push(context);
  const page = await context.newPage();
  watchErrors(page, name, errors);
  await page.goto(url);
  return page;
}

function facilitatorRoom(ws: CreateWorkshopResponse): RoomClient {
  const room = roomClient(env.t.base, ws.facilitatorToken);
  closers.push(() => room.close());
  return room;
}


/** Runs axe in the view's language, switches with the NL/EN toggle, runs it again. */
async function axeBothLanguages(page: Page, view: string): Promise<string[]> {
  const found = await axe(page, `${view} (NL)`);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  await page.getByRole('group', { name: /Taal|Language/ }).getByRole('button', { name: 'EN' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  found.push(...(await axe(page, `${view} (EN)`)));
  await page.getByRole('group', { name: /Taal|Language/ }).getByRole('button', { name: 'NL' }).click();
  return found;
}

/** Presses Tab until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, what: RegExp, max = 40, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return `${el.getAttribute('aria-label') ?? ''}|${label ?? ''}|${['BUTTON', 'A', 'SUMMARY'].includes(el.tagName) ? (el.textContent ?? '') : ''}|${el.getAttribute('value') ?? ''}`;
    });
    if (what.test(name)) return;
  }
  throw new Error(`${what} not reached with ${max} × ${key}`);
}

describe('axe-core on every view, Dutch and English', () => {
  it('has no serious or critical violations on start, join, participant, console and projector', { timeout: 180_000 }, async () => {
    const ws = await createWorkshop(env.t.base, { title: 'Samen voor mantelzorgers' });
    const room = facilitatorRoom(ws);
    await command(room, 'step:set', { step: 'discover' });
    const violations: string[] = [];

    const start = await open('laptop', 'start', `${env.t.base}/`);
    await start.getByLabel('Titel van de workshop').waitFor();
    violations.push(...(await axeBothLanguages(start, 'start')));

    const phone = await open('phone', 'join', `${env.t.base}/j`);
    await phone.getByLabel(/code/i).waitFor();
    violations.push(...(await axeBothLanguages(phone, 'join: code')));
    await phone.goto(`${env.t.base}/j/${ws.joinCode}`);
    await phone.getByTestId('workshop-title').waitFor();
    violations.push(...(await axeBothLanguages(phone, 'join: group and name')));
    await completeJoin(phone, 'carer', 'Ans');

    // some content on the board: notes, a theme, votes open
    const other = await join(env.t.base, ws.joinCode, 'professional');
    const y = yClient(env.t.ws, ws.id, other.participantToken);
    closers.push(() => y.destroy());
    await y.synced;
    new BoardDoc(y.doc).addNote({ text: 'Korte lijnen met de huisarts', step: 'discover', author: other.participantId, group: 'professional', createdAt: Date.now() }, 'n1');
    await phone.getByRole('textbox', { name: 'Jouw briefje' }).fill('De buurvrouw kwam elke dag');
    await phone.getByRole('button', { name: 'Briefje toevoegen' }).click();
    await command(room, 'voting:set', { open: true, dotsPerParticipant: 3 });
    await phone.getByTestId('dots-left').waitFor();
    // while voting, the notes are the vote list's rows
    await phone.getByTestId('vote-item').nth(1).waitFor();
    violations.push(...(await axeBothLanguages(phone, 'participant')));

    const fac = await open('laptop', 'facilitator', `${env.t.base}/f/${ws.id}#${ws.facilitatorToken}`);
    await fac.getByTestId('note').nth(1).waitFor();
    await fac.getByLabel('Nieuw thema').fill('Korte lijnen');
    await fac.getByLabel('Nieuw thema').press('Enter');
    await fac.getByTestId('theme').waitFor();
    violations.push(...(await axeBothLanguages(fac, 'facilitator console')));

    const proj = await open('projector', 'projector', `${env.t.base}/p/${ws.id}#${ws.projectorToken}`);
    await proj.getByTestId('vote-results').or(proj.getByText('Nog geen stippen')).first().waitFor();
    violations.push(...(await axeBothLanguages(proj, 'projector (voting)')));
    await command(room, 'voting:set', { open: false });
    // the results stay after voting closes, until the step changes (projector-results.test.ts checks them with axe)
    await proj.locator('[data-testid=projector-votes][data-open=false]').waitFor();
    await command(room, 'step:set', { step: 'dream' });
    await command(room, 'step:set', { step: 'discover' });
    await proj.getByTestId('note-wall').waitFor();
    violations.push(...(await axeBothLanguages(proj, 'projector (note wall)')));

    expect(violations, `axe-core found serious or critical violations:\n\n${violations.join('\n\n')}`).toEqual([]);
  });
});

describe('a participant with the keyboard only', () => {
  it('joins, adds, edits and deletes a note, votes and marks done without a mouse; focus is visible; changes are announced politely', { timeout: 180_000 }, async () => {
    const ws = await createWorkshop(env.t.base, { title: 'Toetsenbord' });
    const room = facilitatorRoom(ws);
    await command(room, 'step:set', { step: 'checkin' });
    const page = await open({ width: 1024, height: 800 }, 'keyboard', `${env.t.base}/j`);
    const kb = page.keyboard;

    // Join: the code, a group, a name. (The join page is a lazy chunk: wait until it is
    // on screen, or the Tabs run through an empty page.)
    await page.getByLabel(/Typ de code/).waitFor();
    await tabTo(page, /Typ de code/);
    await kb.type(ws.joinCode.toLowerCase());
    await kb.press('Enter');
    await page.getByTestId('workshop-title').waitFor();
    await tabTo(page, /\|carer$/); // the first radio of the group choice
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');
    await kb.press('Space');
    await tabTo(page, /Je naam/);
    await kb.type('Ans');
    await kb.press('Enter');
    await page.waitForURL(/\/w\//);
    await stepLocator(page, 'checkin').waitFor();

    // Focus is visible on a focused button.
    await tabTo(page, /Ik ben klaar/);
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
    });
    expect(ring.style !== 'none' && ring.width > 0, `focus ring on a button: ${JSON.stringify(ring)}`).toBe(true);

    // Add a note.
    await tabTo(page, /Jouw briefje/, 40, 'Shift+Tab');
    await kb.type('De buurvrouw kwam elke dag even kijken');
    await kb.press('Enter');
    const mine = page.getByTestId('my-note');
    await mine.filter({ hasText: 'De buurvrouw kwam elke dag even kijken' }).waitFor();

    // Edit it.
    await tabTo(page, /^\|\|Bewerken/);
    await kb.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await kb.press('ControlOrMeta+A');
    await kb.type('De buurvrouw kwam elke ochtend even kijken');
    await tabTo(page, /Opslaan/);
    await kb.press('Enter');
    await mine.filter({ hasText: 'elke ochtend' }).waitFor();
    // own notes are listed once, under "my notes"
    await expect.poll(() => mine.filter({ hasText: 'elke dag' }).count()).toBe(0);
    expect(await page.getByText('De buurvrouw kwam elke ochtend even kijken').count()).toBe(1);

    // Delete it, after the confirmation.
    await tabTo(page, /^\|\|Verwijderen/);
    await kb.press('Enter');
    await tabTo(page, /Ja, verwijderen/);
    await kb.press('Enter');
    await expect.poll(() => mine.count()).toBe(0);

    // New notes from others and step changes are announced in a polite live region.
    const announcer = page.getByTestId('announcer');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    const other = await join(env.t.base, ws.joinCode, 'carer');
    const y = yClient(env.t.ws, ws.id, other.participantToken);
    closers.push(() => y.destroy());
    await y.synced;
    new BoardDoc(y.doc).addNote({ text: 'Mijn moeder woont bij ons', step: 'checkin', author: other.participantId, group: 'carer', createdAt: Date.now() }, 'o1');
    await expect.poll(() => announcer.textContent(), { timeout: 5000 }).toBe('Nieuw briefje van een mantelzorger');
    await command(room, 'step:set', { step: 'discover' });
    await expect.poll(() => announcer.textContent(), { timeout: 5000 }).toBe('Volgende stap: Ontdekken');

    // Vote with the keyboard.
    new BoardDoc(y.doc).addNote({ text: 'Korte lijnen met de huisarts', step: 'discover', author: other.participantId, group: 'carer', createdAt: Date.now() }, 'o2');
    await command(room, 'voting:set', { open: true, dotsPerParticipant: 3 });
    await page.getByTestId('dots-left').waitFor();
    await page.getByRole('button', { name: /Stip geven aan: Korte lijnen/ }).waitFor();
    await tabTo(page, /Stip geven aan: Korte lijnen/, 40, 'Shift+Tab'); // the vote panel is above the composer
    await kb.press('Enter');
    await expect.poll(() => page.getByTestId('dots-left').textContent()).toBe('Je hebt nog 2 van 3 stippen');
    await kb.press('Space');
    await expect.poll(() => page.getByTestId('dots-left').textContent()).toBe('Je hebt nog 1 van 3 stippen');

    // Mark done.
    await tabTo(page, /Ik ben klaar/);
    await kb.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: /Klaar — tik om verder te schrijven/ }).getAttribute('aria-pressed')).toBe('true');
    expect(errors.filter((e) => e.includes('pageerror'))).toEqual([]);
  });
});

describe('200% zoom', () => {
  it('start, join and participant views need no sideways scrolling at 640×400 CSS pixels (1280×800 at 200%) and with CSS zoom 2', { timeout: 60_000 }, async () => {
    const ws = await createWorkshop(env.t.base, { title: 'Samen voor mantelzorgers in Houten en omstreken' });
    const zoomed = { width: 640, height: 400, deviceScaleFactor: 2 };
    const overflow = (p: Page) => p.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
    const start = await open(zoomed, 'start 200%', `${env.t.base}/`);
    await start.getByLabel('Titel van de workshop').waitFor();
    const join = await open(zoomed, 'join 200%', `${env.t.base}/j/${ws.joinCode}`);
    await join.getByTestId('workshop-title').waitFor();
    const results: Record<string, { sw: number; cw: number }> = { start: await overflow(start), join: await overflow(join) };
    await completeJoin(join, 'municipality', 'Fatima');
    await join.getByRole('textbox', { name: 'Jouw briefje' }).fill('Een wijkcoach die de weg wijst in het doolhof van loketten en regelingen');
    await join.getByRole('textbox', { name: 'Jouw briefje' }).press('Enter');
    await join.getByTestId('my-note').waitFor();
    results.participant = await overflow(join);
    // the same participant view zoomed with CSS (body zoom 2 on a 640 px window)
    await join.evaluate(() => void (document.body.style.zoom = '2'));
    results['participant, 640 px, body zoom 2'] = await overflow(join);
    const wide = Object.entries(results).filter(([, r]) => r.sw > r.cw);
    expect(wide, `views that scroll sideways at 200%: ${JSON.stringify(results)}`).toEqual([]);
  });
});
