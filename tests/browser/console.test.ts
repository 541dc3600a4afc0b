// Issue 12: the facilitator's console for a room of 15–40 people. With 45 notes at
// 1440×900 the board uses the width (themes as columns), the page stays a sane height,
// the control bar stays in view while scrolling (and never hides the focused control),
// and notes are grouped by drag and by keyboard. Also: moving on while private notes
// wait asks first (reveal, keep hidden, cancel), and console and projector show the
// waiting count. Writes docs/screenshots/facilitator-console*.png when UPDATE_SCREENSHOTS is set.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newDevice } from '../helpers/browser.js';
import { createWorkshop, emitAck, join, lastState, roomClient, yClient, type RoomClient } from '../helpers/clients.js';
import { BoardDoc } from '../../shared/schema.js';
import { draftDocName } from '../../shared/protocol.js';
import type { GroupId } from '../../shared/groups.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { dragStepped, screenshot, stepLocator, watchErrors } from '../helpers/e2e.js';
import { waitFor } from '../helpers/wait.js';
import { serverAndBrowser } from '../helpers/suite.js';
import { axe } from '../helpers/axe.js';

const errors: string[] = [];
const cleanups: (() => unknown)[] = [];
const env = serverAndBrowser(async () => {
  for (const c of cleanups.reverse()) await c();
});

const GROUPS: GroupId[] = ['carer', 'volunteer', 'professional', 'organisation', 'municipality'];
const PHRASES = [
  'De wijkverpleegkundige belde elke week even',
  'Korte lijnen tussen huisarts en steunpunt mantelzorg',
  'Een vrijwilliger die op vaste dagen kwam, zodat ik kon werken',
  'De gemeente nam de tijd voor een keukentafelgesprek met ons allebei',
  'Eén vast aanspreekpunt dat ook na vijf uur opnam',
  'Een buurtcafé waar mantelzorgers elkaar treffen',
  'Respijtzorg die je een week van tevoren kon regelen',
  'De casemanager kende de hele familie',
  'Samen één zorgplan, ook met de mantelzorger erbij',
];
const THEMES = ['Korte lijnen', 'Er zijn', 'Samen plannen', 'Ruimte voor mantelzorgers', 'Buurt'];

async function facilitatorPage(ws: CreateWorkshopResponse, kind: 'laptop' | 'projector' = 'laptop', query = ''): Promise<Page> {
  const context = await newDevice(env.browser, kind);
  cleanups.push(() => context.close());
  const page = await context.newPage();
  watchErrors(page, 'facilitator', errors);
  await page.goto(`${env.t.base}/f/${ws.id}${query}#${ws.facilitatorToken}`);
  return page;
}

/** A Discover board of 45 notes by 15 participants in five groups, 30 of them in five themes. */
async function roomOf45(): Promise<{ ws: CreateWorkshopResponse; room: RoomClient; board: BoardDoc }> {
  const ws = await createWorkshop(env.t.base, { title: 'Samen voor mantelzorgers in Houten', place: 'Houten' });
  const room = roomClient(env.t.base, ws.facilitatorToken);
  const y = yClient(env.t.ws, ws.id, ws.facilitatorToken);
  cleanups.push(() => room.close(), () => y.destroy());
  await Promise.all([lastState(room), y.synced]);
  expect(await emitAck(room, 'step:set', { step: 'discover' })).toEqual({ ok: true });
  const board = new BoardDoc(y.doc);
  THEMES.forEach((name, i) => board.addTheme({ name, step: 'discover', createdAt: Date.now() + i }, `th-${i}`));
  for (let p = 0; p < 15; p++) {
    const group = GROUPS[p % GROUPS.length]!;
    const j = await join(env.t.base, ws.joinCode, group, `Deelnemer ${p + 1}`);
    const c = yClient(env.t.ws, ws.id, j.participantToken);
    cleanups.push(() => c.destroy());
    await c.synced;
    for (let k = 0; k < 3; k++) {
      const n = p * 3 + k;
      new BoardDoc(c.doc).addNote({ text: `${PHRASES[n % PHRASES.length]} (${n + 1})`, step: 'discover', author: j.participantId, group, createdAt: Date.now() + n }, `note-${n}`);
    }
  }
  await waitFor(() => board.notes().length === 45, 10_000, 'the facilitator client to have all 45 notes');
  y.doc.transact(() => {
    for (let n = 0; n < 30; n++) board.updateNote(`note-${n}`, { themeId: `th-${n % 5}`, ...(n % 4 === 0 ? { aspect: 'relationship' as const, level: 'home' as const } : {}) });
  });
  return { ws, room, board };
}

describe('the console with 45 notes', () => {
  it('uses the width, keeps the control bar in view, and groups by drag and by keyboard', { timeout: 180_000 }, async () => {
    const { ws, board } = await roomOf45();
    const fac = await facilitatorPage(ws);
    await stepLocator(fac, 'discover').waitFor();
    await expect.poll(() => fac.getByTestId('note').count(), { timeout: 10_000 }).toBe(45);

    // The board uses the width: at least four theme columns side by side, and the board
    // spans most of the window.
    const layout = await fac.evaluate(() => {
      const boardBox = document.querySelector('[data-testid=theme-board]')!.getBoundingClientRect();
      const cols = [...document.querySelectorAll('[data-testid=theme]')].map((c) => c.getBoundingClientRect());
      const firstRow = cols.filter((c) => Math.abs(c.top - cols[0]!.top) < 2).length;
      return { boardWidth: boardBox.width, firstRow, height: document.scrollingElement!.scrollHeight, scrollWidth: document.scrollingElement!.scrollWidth, vw: innerWidth };
    });
    console.log(`45-note console at 1440×900: board ${Math.round(layout.boardWidth)} px wide, ${layout.firstRow} theme columns in a row, page ${layout.height} px tall`);
    expect(layout.boardWidth / layout.vw, 'the board spans most of the window').toBeGreaterThan(0.7);
    expect(layout.firstRow, 'theme columns side by side').toBeGreaterThanOrEqual(4);
    expect(layout.height, 'the page height with 45 notes (was 11,783 px)').toBeLessThan(2700);
    expect(layout.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(layout.vw);
    // no per-note dropdowns: one handle per note, the selects only in an opened menu
    expect(await fac.locator('[data-testid=theme-board] select').count()).toBe(0);
    expect(await fac.getByTestId('note-handle').count()).toBe(45);

    await screenshot(fac, 'facilitator-console');

    // After scrolling to the bottom the control bar is still on screen…
    await fac.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
    await expect.poll(() => fac.evaluate(() => scrollY)).toBeGreaterThan(300);
    const bar = fac.getByTestId('control-bar');
    const barBox = (await bar.boundingBox())!;
    expect(barBox.y, 'the control bar sticks to the top').toBeGreaterThanOrEqual(-0.5);
    expect(barBox.y).toBeLessThan(1);
    const next = fac.getByRole('button', { name: /Volgende: Dromen/ });
    const nextBox = (await next.boundingBox())!;
    expect(nextBox.y + nextBox.height).toBeLessThanOrEqual(barBox.y + barBox.height);
    // …and a control focused by keyboard is never behind it: Shift+Tab up from a note
    // lower down until a handle near the top of the board is focused.
    const firstHandle = fac.getByTestId('theme-none').getByTestId('note-handle').first();
    await firstHandle.focus();
    for (let i = 0; i < 3; i++) await fac.keyboard.press('Shift+Tab');
    const obscured = await fac.evaluate(() => {
      const bar = document.querySelector('[data-testid=control-bar]')!.getBoundingClientRect();
      const el = document.activeElement!.getBoundingClientRect();
      return { barBottom: bar.bottom, top: el.top, bottom: el.bottom, vh: innerHeight };
    });
    expect(obscured.top, `the focused control (top ${obscured.top}) starts below the bar (bottom ${obscured.barBottom})`).toBeGreaterThanOrEqual(obscured.barBottom);
    expect(obscured.bottom).toBeLessThanOrEqual(obscured.vh);

    const themes = fac.getByTestId('theme');
    const theme = (name: string) => themes.filter({ has: fac.locator('h3', { hasText: name }) });
    const loose = fac.getByTestId('theme-none');
    const inTheme = (id: string) => board.notes().find((n) => n.id === id)?.themeId ?? '';

    // By drag: a loose note onto "Buurt".
    const dragged = loose.getByTestId('note').filter({ hasText: '(31)' });
    await loose.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await dragStepped(fac, dragged, theme('Buurt'));
    await expect.poll(() => theme('Buurt').getByTestId('note').filter({ hasText: '(31)' }).count(), { message: 'the dragged note lands in Buurt' }).toBe(1);
    await waitFor(() => inTheme('note-30') === 'th-4', 5000, 'the drag to reach the server');

    // By keyboard: the handle of a loose note, arrow right twice → the second theme,
    // with the focus staying on the moved note; arrow left back to the first.
    const handle = (n: number) => fac.locator(`[data-note-id=note-${n}] [data-testid=note-handle]`);
    await handle(32).focus();
    await fac.keyboard.press('ArrowRight');
    await waitFor(() => inTheme('note-32') === 'th-0', 5000, 'arrow right to move the note into the first theme');
    await expect.poll(() => fac.evaluate(() => document.activeElement?.closest('[data-note-id]')?.getAttribute('data-note-id'))).toBe('note-32');
    await fac.keyboard.press('ArrowRight');
    await waitFor(() => inTheme('note-32') === 'th-1', 5000, 'a second arrow right to move it on to "Er zijn"');
    await expect.poll(() => theme('Er zijn').getByTestId('note').filter({ hasText: '(33)' }).count()).toBe(1);
    await expect.poll(() => fac.getByTestId('board-announcer').textContent()).toContain('staat nu in: Er zijn');
    await fac.keyboard.press('ArrowLeft');
    await waitFor(() => inTheme('note-32') === 'th-0', 5000, 'arrow left to move it back');
    await expect.poll(() => fac.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('note-handle');

    // By the note's menu (Enter on the handle): theme and tags.
    await handle(33).focus();
    await fac.keyboard.press('Enter');
    const menu = fac.locator('#note-menu-note-33');
    await menu.waitFor();
    await menu.getByTestId('note-aspect').selectOption('process');
    await menu.getByTestId('note-level').selectOption('community');
    await menu.getByTestId('move-to-theme').selectOption({ label: 'Samen plannen' });
    await waitFor(() => inTheme('note-33') === 'th-2', 5000, 'the menu to move the note');
    const n33 = board.notes().find((n) => n.id === 'note-33');
    expect(n33).toMatchObject({ aspect: 'process', level: 'community' });
    expect(await axe(fac, 'console with 45 notes and an open note menu')).toEqual([]);
    // the moved note keeps its open menu and focus, so the next choice goes on
    await expect.poll(() => fac.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('move-to-theme');
    await fac.keyboard.press('Escape');
    await expect.poll(() => fac.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('note-handle');

    // Tagging by drag: while a note is dragged, aspects and levels are drop targets.
    const source = fac.locator('[data-note-id=note-34]');
    await source.scrollIntoViewIfNeeded();
    const a = (await source.boundingBox())!;
    await fac.mouse.move(a.x + 20, a.y + 15);
    await fac.mouse.down();
    await fac.mouse.move(a.x + 40, a.y + 30, { steps: 5 });
    const target = fac.getByTestId('tag-target').filter({ hasText: 'Organisatie' });
    await target.waitFor();
    const b = (await target.boundingBox())!;
    await fac.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
    await fac.mouse.up();
    await waitFor(() => board.notes().find((n) => n.id === 'note-34')?.aspect === 'organisation', 5000, 'the note dropped on "Organisatie" to be tagged');
    await expect.poll(() => fac.getByTestId('tag-targets').count(), { message: 'the tag strip goes away after the drag' }).toBe(0);

    expect(errors.filter((e) => e.includes('pageerror'))).toEqual([]);
  });

  it('fits 45 notes on a 1920×1080 screen (screenshot)', { timeout: 60_000 }, async () => {
    const { ws } = await roomOf45();
    const fac = await facilitatorPage(ws, 'projector');
    await expect.poll(() => fac.getByTestId('note').count(), { timeout: 10_000 }).toBe(45);
    const layout = await fac.evaluate(() => ({
      firstRow: (() => {
        const cols = [...document.querySelectorAll('[data-testid=theme]')].map((c) => c.getBoundingClientRect());
        return cols.filter((c) => Math.abs(c.top - cols[0]!.top) < 2).length;
      })(),
      height: document.scrollingElement!.scrollHeight,
    }));
    console.log(`45-note console at 1920×1080: ${layout.firstRow} theme columns in a row, page ${layout.height} px tall`);
    expect(layout.firstRow).toBe(5);
    await screenshot(fac, 'facilitator-console-1920');
  });
});

describe('moving on while private notes wait', () => {
  it('counts waiting notes on console and projector, and asks: reveal, keep hidden, or cancel', { timeout: 120_000 }, async () => {
    const ws = await createWorkshop(env.t.base, { title: 'Eerst in stilte' });
    const fac = await facilitatorPage(ws);
    const screen = await newDevice(env.browser, 'projector');
    cleanups.push(() => screen.close());
    const proj = await screen.newPage();
    watchErrors(proj, 'projector', errors);
    await proj.goto(`${env.t.base}/p/${ws.id}#${ws.projectorToken}`);
    await fac.getByRole('button', { name: 'Privé schrijven', pressed: false }).click();
    await fac.getByTestId('unrevealed-count').filter({ hasText: 'Privé schrijven staat aan' }).waitFor();
    await fac.getByRole('button', { name: 'Stemmen openen' }).click();
    await fac.getByRole('button', { name: 'Stemmen sluiten' }).waitFor();

    const carer = await join(env.t.base, ws.joinCode, 'carer', 'Ans');
    const draft = yClient(env.t.ws, draftDocName(ws.id, carer.participantId), carer.participantToken);
    cleanups.push(() => draft.destroy());
    await draft.synced;
    for (const [i, text] of ['Mijn moeder herkent me soms niet', 'De buurvrouw kookt op woensdag'].entries()) {
      new BoardDoc(draft.doc).addNote({ text, step: 'checkin', author: carer.participantId, group: 'carer', createdAt: Date.now() + i }, `p-${i}`);
    }
    await expect.poll(() => fac.getByTestId('unrevealed-count').textContent(), { timeout: 5000 }).toContain('2 briefjes wachten om getoond te worden');
    await expect.poll(() => proj.getByTestId('unrevealed-count').textContent(), { timeout: 5000 }).toBe('2 briefjes wachten om getoond te worden');
    await expect.poll(() => fac.getByRole('button', { name: 'Briefjes laten zien (2)' }).count()).toBe(1);

    // Next asks first; Escape (cancel) stays in the step, focus back on the button.
    const next = fac.getByRole('button', { name: /Volgende: Ontdekken/ });
    await next.click();
    const dialog = fac.getByRole('dialog', { name: 'Er wachten nog 2 briefjes' });
    await dialog.waitFor();
    expect(await fac.evaluate(() => document.activeElement?.textContent)).toBe('Eerst laten zien, dan naar Ontdekken');
    expect(await axe(fac, 'step-change question')).toEqual([]);
    await fac.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await stepLocator(fac, 'checkin').count()).toBe(1);
    await expect.poll(() => fac.evaluate(() => document.activeElement?.textContent)).toMatch(/Volgende: Ontdekken/);

    // Keep hidden: the step changes, the notes stay waiting.
    await next.click();
    await dialog.getByRole('button', { name: 'Verborgen laten en naar Ontdekken' }).click();
    await stepLocator(fac, 'discover').waitFor();
    await stepLocator(proj, 'discover').waitFor();
    expect(await fac.getByTestId('unrevealed-count').textContent()).toContain('2 briefjes wachten');

    // Reveal: the notes come out (on the board of their own step), then the step changes.
    await fac.getByRole('button', { name: /Volgende: Dromen/ }).click();
    await fac.getByRole('dialog').getByRole('button', { name: 'Eerst laten zien, dan naar Dromen' }).click();
    await stepLocator(fac, 'dream').waitFor();
    await expect.poll(() => fac.getByTestId('unrevealed-count').count()).toBe(0);
    await expect.poll(() => proj.getByTestId('unrevealed-count').count()).toBe(0);
    await waitFor(() => draft.doc.getMap('notes').size === 0, 5000, 'the draft to be emptied by the reveal');

    // With nothing waiting, Next just moves on.
    await fac.getByRole('button', { name: /Volgende: Ontwerpen/ }).click();
    await stepLocator(fac, 'design').waitFor();
    expect(await fac.getByRole('dialog').count()).toBe(0);
    expect(errors.filter((e) => e.includes('pageerror'))).toEqual([]);
  });
});
