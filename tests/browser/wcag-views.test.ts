// WCAG 2.2 checks beyond axe-core on the start page, the facilitator's console and the
// projector (issue 18): every drag has a non-drag alternative (2.5.7), target size on the
// start page (2.5.8), reduced motion honoured, and the projector's high-contrast mode and
// forced-colours mode keep the board readable.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { command, createWorkshop, emitAck, join, lastState, roomClient, yClient, type RoomClient } from '../helpers/clients.js';
import { BoardDoc } from '../../shared/schema.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { watchErrors } from '../helpers/e2e.js';
import { serverAndBrowser } from '../helpers/suite.js';
import { motionLeft, smallTargets } from '../helpers/wcag.js';

const errors: string[] = [];
const contexts: BrowserContext[] = [];
const closers: (() => unknown)[] = [];
const env = serverAndBrowser(async () => {
  for (const c of closers) await c();
  for (const c of contexts) await c.close().catch(() => {});
});

async function open(options: BrowserContextOptions, name: string, url: string): Promise<Page> {
  const context = await env.browser.newContext({ locale: 'nl-NL', ...options });
  contexts.push(context);
  const page = await context.newPage();
  watchErrors(page, name, errors);
  await page.goto(url);
  return page;
}


const GROUPS = ['carer', 'volunteer', 'professional', 'organisation', 'municipality', 'other'] as const;

/** A workshop in Discover with two themes and twelve notes from every group, half of them in a theme. */
async function boardWithNotes(title: string): Promise<{ ws: CreateWorkshopResponse; room: RoomClient }> {
  const ws = await createWorkshop(env.t.base, { title });
  const room = roomClient(env.t.base, ws.facilitatorToken);
  closers.push(() => room.close());
  await command(room, 'step:set', { step: 'discover' });
  const fac = yClient(env.t.ws, ws.id, ws.facilitatorToken);
  closers.push(() => fac.destroy());
  await fac.synced;
  const board = new BoardDoc(fac.doc);
  board.addTheme({ name: 'Korte lijnen', step: 'discover', createdAt: Date.now() }, 'th1');
  board.addTheme({ name: 'Gezien worden', step: 'discover', createdAt: Date.now() + 1 }, 'th2');
  for (const [i, group] of [...GROUPS, ...GROUPS].entries()) {
    const p = await join(env.t.base, ws.joinCode, group);
    board.addNote(
      { text: `Briefje ${i + 1} van een ${group}: wat goed ging`, step: 'discover', author: p.participantId, group, createdAt: Date.now() + i, ...(i % 2 ? { themeId: i % 4 === 1 ? 'th1' : 'th2' } : {}) },
      `n${i}`,
    );
  }
  return { ws, room };
}

/** WCAG relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string): number => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('WCAG 2.2 on the start page, the console and the projector', () => {
  it('2.5.7: every note that can be dragged on the console can also be moved without dragging', { timeout: 90_000 }, async () => {
    const { ws } = await boardWithNotes('Slepen is niet nodig');
    const fac = await open({ viewport: { width: 1440, height: 900 } }, 'console', `${env.t.base}/f/${ws.id}#${ws.facilitatorToken}`);
    await fac.getByTestId('note').nth(11).waitFor();
    const draggable = fac.locator('[draggable=true]');
    const count = await draggable.count();
    expect(count).toBeGreaterThanOrEqual(12);
    const without: string[] = [];
    for (let i = 0; i < count; i++) {
      const el = draggable.nth(i);
      // The console's non-drag way: the note's handle (arrow keys between themes, Enter opens its menu).
      const alternatives = el.getByRole('button', { name: /^Meer voor briefje/ });
      if ((await alternatives.count()) === 0) without.push((await el.innerText()).slice(0, 60));
    }
    expect(without, 'draggable elements without a non-drag way to move them').toEqual([]);
    // And the alternative works: a loose note goes into "Korte lijnen" by keyboard alone.
    const note = fac.locator('[draggable=true]').filter({ hasText: 'Briefje 1 van een carer' });
    await note.getByRole('button', { name: /^Meer voor briefje/ }).focus();
    await fac.keyboard.press('Enter');
    const select = note.getByRole('combobox', { name: /^Thema voor briefje/ });
    await select.focus();
    await select.selectOption({ label: 'Korte lijnen' });
    await fac.getByTestId('theme').filter({ hasText: 'Korte lijnen' }).getByTestId('note').filter({ hasText: 'Briefje 1 van een carer' }).waitFor();
  });

  it('2.4.2: every view has its own window title, in the chosen language', { timeout: 90_000 }, async () => {
    const { ws } = await boardWithNotes('Titels');
    const laptop = { viewport: { width: 1280, height: 720 } };
    const titles: Record<string, string> = {};
    const start = await open(laptop, 'start title', `${env.t.base}/`);
    await start.getByLabel('Titel van de workshop').waitFor();
    titles.start = await start.title();
    const joinPage = await open(laptop, 'join title', `${env.t.base}/j/${ws.joinCode}`);
    await joinPage.getByTestId('workshop-title').waitFor();
    titles.join = await joinPage.title();
    const fac = await open(laptop, 'console title', `${env.t.base}/f/${ws.id}#${ws.facilitatorToken}`);
    await fac.getByTestId('note').first().waitFor();
    titles.console = await fac.title();
    const proj = await open(laptop, 'projector title', `${env.t.base}/p/${ws.id}#${ws.projectorToken}`);
    await proj.getByTestId('note-wall').waitFor();
    titles.projector = await proj.title();
    expect(new Set(Object.values(titles)).size, JSON.stringify(titles)).toBe(4);
    expect(Object.values(titles).every((title) => title.endsWith(' · Kruiwagen')), JSON.stringify(titles)).toBe(true);
    await start.getByRole('group', { name: /Taal|Language/ }).getByRole('button', { name: 'EN' }).click();
    await expect.poll(() => start.title()).toBe('Start · Kruiwagen');
    await joinPage.getByRole('group', { name: /Taal|Language/ }).getByRole('button', { name: 'EN' }).click();
    await expect.poll(() => joinPage.title()).toBe('Join · Kruiwagen');
  });

  it('2.5.8: every control on the start page is at least 24×24 px or has room around it, on a phone and a laptop', { timeout: 60_000 }, async () => {
    const failures: string[] = [];
    for (const [label, options] of [
      ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
      ['laptop', { viewport: { width: 1280, height: 720 } }],
    ] as const) {
      const start = await open(options, `start ${label}`, `${env.t.base}/`);
      await start.getByLabel('Titel van de workshop').waitFor();
      failures.push(...(await smallTargets(start)).map((f) => `start (${label}): ${f}`));
    }
    expect(failures).toEqual([]);
  });

  it('honours prefers-reduced-motion on the console and the projector', { timeout: 90_000 }, async () => {
    const { ws } = await boardWithNotes('Rustig beeld');
    const fac = await open({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' }, 'console reduced', `${env.t.base}/f/${ws.id}#${ws.facilitatorToken}`);
    await fac.getByTestId('note').nth(11).waitFor();
    const proj = await open({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' }, 'projector reduced', `${env.t.base}/p/${ws.id}#${ws.projectorToken}`);
    await proj.getByTestId('note-wall').waitFor();
    expect([...(await motionLeft(fac)).map((m) => `console: ${m}`), ...(await motionLeft(proj)).map((m) => `projector: ${m}`)]).toEqual([]);
  });

  it('projector high contrast (?contrast=high): notes are white with black text, and every text on the wall reaches 15:1', { timeout: 60_000 }, async () => {
    const { ws } = await boardWithNotes('Fel licht in de zaal');
    const url = (query: string) => `${env.t.base}/p/${ws.id}${query}#${ws.projectorToken}`;
    const measure = async (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid=note-wall] .note__body, [data-testid=note-wall] .note__group, .step-header__question, .step-header__instruction')].map((el) => {
          let bg = 'rgba(0, 0, 0, 0)';
          for (let n: HTMLElement | null = el; n && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); n = n.parentElement) bg = getComputedStyle(n).backgroundColor;
          return { text: el.innerText.slice(0, 30), fg: getComputedStyle(el).color, bg };
        }),
      );
    const normal = await open({ viewport: { width: 1920, height: 1080 } }, 'projector', url(''));
    await normal.getByTestId('note-wall').waitFor();
    const high = await open({ viewport: { width: 1920, height: 1080 } }, 'projector high contrast', url('?contrast=high'));
    await high.getByTestId('note-wall').waitFor();
    expect(await high.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    expect(await normal.evaluate(() => document.documentElement.dataset.contrast)).toBeUndefined();
    const rows = await measure(high);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.filter((r) => r.text && r.bg !== 'rgb(255, 255, 255)' && !r.bg.startsWith('rgb(0, 0, 0)')).map((r) => `${r.text}: ${r.bg}`)).toEqual([]);
    const weak = rows.filter((r) => contrast(r.fg, r.bg) < 15).map((r) => `${r.text}: ${r.fg} on ${r.bg} = ${contrast(r.fg, r.bg).toFixed(2)}:1`);
    expect(weak).toEqual([]);
    // The default look keeps its stakeholder tints: high contrast is a choice, not the default.
    const tinted = (await measure(normal)).filter((r) => r.bg !== 'rgb(255, 255, 255)');
    expect(tinted.length).toBeGreaterThan(0);
  });

  it('projector in forced-colours mode: notes, theme headings and vote bars keep a visible edge', { timeout: 60_000 }, async () => {
    const { ws, room } = await boardWithNotes('Windows-contrastthema');
    const proj = await open({ viewport: { width: 1920, height: 1080 }, forcedColors: 'active' }, 'projector forced colours', `${env.t.base}/p/${ws.id}#${ws.projectorToken}`);
    await proj.getByTestId('note-wall').waitFor();
    const edges = () =>
      proj.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid=note-wall] .note, .note-wall__theme, .vote-results__bar')].map((el) => {
          const s = getComputedStyle(el);
          return { what: `${el.className.split(' ')[0]} "${el.innerText.slice(0, 20)}"`, edge: ['Top', 'Right', 'Bottom', 'Left'].every((side) => s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1) };
        }),
      );
    const wall = await edges();
    expect(wall.length).toBeGreaterThanOrEqual(14);
    expect(wall.filter((e) => !e.edge).map((e) => e.what)).toEqual([]);
    await command(room, 'voting:set', { open: true, dotsPerParticipant: 3 });
    const voter = await join(env.t.base, ws.joinCode, 'carer');
    const y = yClient(env.t.ws, ws.id, voter.participantToken);
    closers.push(() => y.destroy());
    await y.synced;
    new BoardDoc(y.doc).setVote(voter.participantId, 'th1', 2);
    await proj.getByTestId('vote-results').waitFor();
    const bars = (await edges()).filter((e) => e.what.startsWith('vote-results__bar'));
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.filter((e) => !e.edge).map((e) => e.what)).toEqual([]);
  });
});
