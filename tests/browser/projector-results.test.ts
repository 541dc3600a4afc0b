// Issue 12 (projector half): at the moments a workshop runs for, the projector shows the
// result whole, at 1920×1080, 1280×720 and 1024×768. Every result text (each ambition
// with its total and its per-group dots, during and after voting; the shared ambition in
// Dream; every action's what and owner with 8 actions; the closing screen) is measured
// inside the viewport, uncovered and unclipped, or seen whole on one of the pages the
// projector turns by itself. Writes the screenshots when UPDATE_SCREENSHOTS is set.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newDevice } from '../helpers/browser.js';
import { command, createWorkshop, emitAck, join, lastState, roomClient, yClient, type RoomClient } from '../helpers/clients.js';
import { BoardDoc } from '../../shared/schema.js';
import type { GroupId } from '../../shared/groups.js';
import type { StepId } from '../../shared/steps.js';
import { GROUP_NAMES_PLURAL } from '../../shared/i18n/names.js';
import { screenshot, stepLocator, watchErrors } from '../helpers/e2e.js';
import { startServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';
import { axe } from '../helpers/axe.js';
import { serverAndBrowser } from '../helpers/suite.js';
import { PAGE_MS } from '../../client/src/views/projector/usePages.js';

const errors: string[] = [];
const cleanups: (() => unknown)[] = [];
const env = serverAndBrowser(async () => {
  for (const c of cleanups.reverse()) await c();
});

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

const AMBITIONS = [
  'In 2031 heeft elke mantelzorger één vast aanspreekpunt dat meedenkt en ook na vijf uur bereikbaar is.',
  'Een Keukentafelgesprek met de hele familie is vanzelfsprekend, geen gunst die je moet vragen.',
  'Respijtzorg regel je binnen een week, zonder formulieren en zonder wachtlijst.',
  'Werkgevers in de regio kennen mantelzorg en bieden flexibele uren aan wie zorgt.',
  'Jonge mantelzorgers worden op school gezien en krijgen ruimte voor hun eigen leven.',
  'De gemeente, het steunpunt en de huisartsen werken vanuit één gedeeld zorgplan.',
];
const GROUPS: GroupId[] = ['carer', 'carer', 'volunteer', 'professional', 'organisation', 'municipality'];
/** Dots per participant (rows) on each ambition (columns): totals 9, 7, 5, 4, 3, 2. */
const DOTS = [
  [3, 2, 0, 0, 0, 0],
  [2, 1, 2, 0, 0, 0],
  [2, 0, 0, 2, 0, 1],
  [1, 2, 1, 0, 1, 0],
  [0, 2, 0, 1, 1, 1],
  [1, 0, 2, 1, 1, 0],
];
const ACTIONS = Array.from({ length: 8 }, (_, i) => ({
  what: [
    'Een sociale kaart van wie wat doet in de wijk, op papier en online',
    'Mantelzorgers een vaste plek aan tafel in het netwerkoverleg',
    'Halfjaarlijkse netwerkbijeenkomst om de voortgang samen te volgen',
    'Respijtbank: een lijst vrijwilligers die binnen een week kunnen inspringen',
    'Voorlichting over mantelzorg op de drie middelbare scholen',
    'Werkgeversontbijt over mantelzorgvriendelijk personeelsbeleid',
    'Eén gedeeld zorgplan dat de mantelzorger zelf beheert',
    'Keukentafelgesprekken ook ’s avonds en in het weekend',
  ][i]!,
  owner: ['Steunpunt Mantelzorg', 'Gemeente Houten', 'Wijkteam Noord', 'Vrijwilligerscentrale', 'GGD regio Utrecht', 'Ondernemersvereniging', 'Huisartsenkring', 'Gemeente Houten'][i]!,
  due: `2027-0${1 + (i % 9)}-15`,
}));

async function setStep(room: RoomClient, step: StepId): Promise<void> {
  await lastState(room);
  const ack = await emitAck(room, 'step:set', { step });
  if (!ack.ok) throw new Error(`step:set ${step} refused: ${ack.error}`);
}


interface Seen {
  parts: string[];
  /** Empty when every part is whole on screen; otherwise why not. */
  why: string;
}

/**
 * For every element matching `row`, the texts of its `parts` and whether each is whole on
 * the screen: a box with size, no inner overflow (not clamped), inside the viewport and
 * every clipping ancestor, and not covered at the middle of any of its lines.
 */
function readRows(p: Page, row: string, parts: string[]): Promise<Seen[]> {
  return p.evaluate(
    ({ row, parts }) => {
      const whole = (el: Element | null): string => {
        if (!el) return 'missing';
        const r = el.getBoundingClientRect();
        if (r.width < 1 || r.height < 1) return 'no size';
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) return 'overflows its box';
        let box = { l: 0, t: 0, r: innerWidth, b: innerHeight };
        for (let a = el.parentElement; a; a = a.parentElement) {
          const cs = getComputedStyle(a);
          if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
          const ar = a.getBoundingClientRect();
          box = { l: Math.max(box.l, ar.left), t: Math.max(box.t, ar.top), r: Math.min(box.r, ar.right), b: Math.min(box.b, ar.bottom) };
        }
        if (r.left < box.l - 0.5 || r.top < box.t - 0.5 || r.right > box.r + 0.5 || r.bottom > box.b + 0.5) return `outside the visible area (${JSON.stringify(box)})`;
        // no word broken in the middle: each word's letters stay on one line
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const m of text.matchAll(/[^\s\u00ad-]+/g)) {
            const word = document.createRange();
            word.setStart(node, m.index);
            word.setEnd(node, m.index + m[0].length);
            const lines = new Set([...word.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
            if (lines.size > 1) return `word broken mid-word: "${m[0]}"`;
          }
        }
        const range = document.createRange();
        range.selectNodeContents(el);
        for (const line of range.getClientRects()) {
          if (line.width < 1 || line.height < 1) continue;
          const hit = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
          if (!hit || !el.contains(hit)) return `covered by ${hit?.className || hit?.tagName}`;
        }
        return '';
      };
      return [...document.querySelectorAll(row)].map((r) => {
        const els = parts.map((s) => (s ? r.querySelector(s) : r));
        return { parts: els.map((e) => e?.textContent?.trim() ?? ''), why: els.map((e, i) => { const w = whole(e); return w && `${parts[i] || row}: ${w}`; }).filter(Boolean).join('; ') };
      });
    },
    { row, parts },
  );
}

/**
 * Waits until every expected row (its parts containing the expected texts) has been seen
 * whole, on the screen at once or on the pages the projector turns by itself (then a
 * visible "n/N" says so). Returns the number of pages seen.
 */
async function seeAllWhole(p: Page, label: string, row: string, parts: string[], expected: string[][]): Promise<number> {
  const seen = new Set<number>();
  const pages = new Set<string>();
  let last: Seen[] = [];
  const deadline = Date.now() + PAGE_MS * 5 + 5000;
  while (Date.now() < deadline) {
    last = await readRows(p, row, parts);
    const count = p.getByTestId('page-count');
    pages.add((await count.count()) ? ((await count.getAttribute('data-page')) ?? '1') : '1');
    for (const r of last) {
      if (r.why) continue;
      expected.forEach((e, i) => e.every((x, j) => r.parts[j]?.includes(x)) && seen.add(i));
    }
    if (seen.size === expected.length) break;
    if (!(await count.count())) {
      // not paging: what is not whole now never will be (give a live update a moment)
      await p.waitForTimeout(300);
      const again = await readRows(p, row, parts);
      if (!(await count.count()) && JSON.stringify(again) === JSON.stringify(last)) break;
      continue;
    }
    await p.waitForTimeout(400);
  }
  const missing = expected.filter((_, i) => !seen.has(i));
  expect(missing, `${label}: results never seen whole; last screen: ${JSON.stringify(last.filter((r) => r.why).slice(0, 4))}`).toEqual([]);
  return Math.max(1, pages.size);
}

async function fontPx(p: Page, selector: string): Promise<number> {
  return p.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

describe('the projector shows every result whole', () => {
  it('vote results during and after voting, the shared ambition in Dream, 8 actions, and the closing screen, at three screen sizes', { timeout: 420_000 }, async () => {
    const ws = await createWorkshop(env.t.base, { title: 'Samen voor mantelzorgers in Houten', place: 'Houten' });
    const screen = await newDevice(env.browser, 'projector');
    cleanups.push(() => screen.close());
    const proj = await screen.newPage();
    watchErrors(proj, 'projector', errors);
    await proj.goto(`${env.t.base}/p/${ws.id}#${ws.projectorToken}`);

    const room = roomClient(env.t.base, ws.facilitatorToken);
    const y = yClient(env.t.ws, ws.id, ws.facilitatorToken);
    cleanups.push(() => room.close(), () => y.destroy());
    await y.synced;
    const board = new BoardDoc(y.doc);

    // the join panel: a short address (no /j/CODE) and the code once, big
    const host = new URL(env.t.base).host;
    await expect.poll(() => proj.getByTestId('join-address').textContent()).toBe(host);
    expect(await proj.getByTestId('join-panel').textContent()).not.toContain('/j/');
    expect(await proj.getByTestId('join-panel').getByText(ws.joinCode, { exact: true }).count(), 'the code appears once').toBe(1);

    // six participants of five groups, each a stock Yjs client
    const voters = await Promise.all(
      GROUPS.map(async (group) => {
        const j = await join(env.t.base, ws.joinCode, group);
        const c = yClient(env.t.ws, ws.id, j.participantToken);
        cleanups.push(() => c.destroy());
        await c.synced;
        return { id: j.participantId, group, board: new BoardDoc(c.doc) };
      }),
    );

    await setStep(room, 'dream');
    await stepLocator(proj, 'dream').waitFor();
    AMBITIONS.forEach((text, i) => board.addNote({ text, step: 'dream', author: 'facilitator', createdAt: Date.now() + i }, `amb-${i}`));
    await expect.poll(() => proj.getByTestId('note').count()).toBe(AMBITIONS.length);

    await command(room, 'voting:set', { open: true, dotsPerParticipant: 5 });
    await expect.poll(() => proj.getByTestId('projector-votes').getAttribute('data-open')).toBe('true');
    voters.forEach((v, p) => DOTS[p]!.forEach((dots, a) => dots && v.board.setVote(v.id, `amb-${a}`, dots)));
    const totals = AMBITIONS.map((_, a) => DOTS.reduce((sum, row) => sum + row[a]!, 0));
    const expectedRows = AMBITIONS.map((text, a) => {
      const byGroup = new Map<GroupId, number>();
      DOTS.forEach((row, p) => row[a] && byGroup.set(GROUPS[p]!, (byGroup.get(GROUPS[p]!) ?? 0) + row[a]!));
      const groups = (['carer', 'volunteer', 'professional', 'organisation', 'municipality'] as GroupId[])
        .filter((g) => byGroup.get(g))
        .map((g) => `${GROUP_NAMES_PLURAL[g].nl} ${byGroup.get(g)}`)
        .join(' · ');
      return [text, `${totals[a]} stippen`, groups];
    });
    const rowParts = ['.vote-results__label', '.vote-results__total', '.vote-results__groups'];
    await waitFor(async () => (await proj.evaluate(() => document.querySelectorAll('[data-testid=vote-results] .vote-results__total').length)) > 0, 10_000, 'vote results');
    const report: string[] = [];

    for (const size of SIZES) {
      await proj.setViewportSize(size);
      const pages = await seeAllWhole(proj, `voting open at ${size.width}×${size.height}`, '.vote-results__row', rowParts, expectedRows);
      report.push(`votes open ${size.width}×${size.height}: ${pages} page(s)`);
      const [side] = await readRows(proj, '[data-testid=join-panel]', ['[data-testid=join-address]', '[data-testid=join-code]', '[data-testid=group-counts]']);
      expect(side?.why, `the join panel at ${size.width}×${size.height}`).toBe('');
      if (size.width === 1920) {
        expect(await fontPx(proj, '.projector__paged-head'), 'the results heading at 1080p').toBeGreaterThanOrEqual(24);
      }
      expect(await fontPx(proj, '.vote-results__label'), 'result text').toBeGreaterThanOrEqual(14);
    }

    // voting closes: the ranked result stays, with totals and the per-group dots
    await command(room, 'voting:set', { open: false });
    await expect.poll(() => proj.getByTestId('projector-votes').getAttribute('data-open')).toBe('false');
    await expect.poll(() => proj.locator('#pv-h').textContent()).toContain('Uitslag');
    const ranked = [...expectedRows.keys()].sort((a, b) => totals[b]! - totals[a]!);
    for (const size of SIZES) {
      await proj.setViewportSize(size);
      const pages = await seeAllWhole(proj, `voting closed at ${size.width}×${size.height}`, '.vote-results__row', rowParts, expectedRows);
      report.push(`votes closed ${size.width}×${size.height}: ${pages} page(s)`);
      // ranked: the rank shown before each row follows the totals
      const rows = await readRows(proj, '.vote-results__row', ['.vote-results__rank', '.vote-results__label']);
      for (const r of rows) {
        const rank = Number(r.parts[0]!.replace('.', ''));
        expect(r.parts[1], `rank ${rank}`).toContain(AMBITIONS[ranked[rank - 1]!]!);
      }
      if (size.width === 1920) await screenshot(proj, 'projector-votes-closed');
      if (size.width === 1920) expect(await axe(proj, 'projector (results after voting)'), 'axe: results after voting').toEqual([]);
      if (size.width === 1024) await screenshot(proj, 'projector-votes-closed-1024');
    }

    // the shared ambition, chosen in Dream: at once, as a moment, over the results
    board.setSharedAmbition('amb-0');
    const banner = proj.getByTestId('shared-ambition');
    await expect.poll(() => banner.getAttribute('data-moment'), { message: 'the ambition arrives as a moment' }).toBe('true');
    await expect.poll(() => proj.getByRole('status').filter({ hasText: 'Gedeelde ambitie gekozen' }).count()).toBe(1);
    for (const size of SIZES) {
      await proj.setViewportSize(size);
      const [seen] = await readRows(proj, '[data-testid=shared-ambition]', ['.ambition-banner__text', '.ambition-banner__label']);
      expect(seen?.parts[0]).toBe(AMBITIONS[0]);
      expect(seen?.why, `the shared ambition at ${size.width}×${size.height}`).toBe('');
      if (size.width === 1920) expect(await fontPx(proj, '.ambition-banner__text'), 'the ambition at 1080p').toBeGreaterThanOrEqual(24);
      if (size.width === 1920) await screenshot(proj, 'projector-dream-ambition');
      await seeAllWhole(proj, `results under the ambition at ${size.width}×${size.height}`, '.vote-results__row', rowParts, expectedRows);
    }

    // a new step: the results make room for the board again
    await setStep(room, 'design');
    await stepLocator(proj, 'design').waitFor();
    await expect.poll(() => proj.getByTestId('projector-votes').count()).toBe(0);
    await expect.poll(() => banner.textContent()).toContain(AMBITIONS[0]);

    // Deliver with 8 actions: every what and owner
    ACTIONS.forEach((a, i) => board.addAction({ ...a, createdAt: Date.now() + i }, `act-${i}`));
    await setStep(room, 'deliver');
    await stepLocator(proj, 'deliver').waitFor();
    await proj.getByTestId('action-table').waitFor();
    let pausedOnce = false;
    for (const size of SIZES) {
      await proj.setViewportSize(size);
      const pages = await seeAllWhole(
        proj,
        `8 actions at ${size.width}×${size.height}`,
        '[data-testid=action-row]',
        ['[data-testid=action-what]', '[data-testid=action-owner]'],
        ACTIONS.map((a) => [a.what, a.owner]),
      );
      report.push(`8 actions ${size.width}×${size.height}: ${pages} page(s)`);
      if (pages > 1 && !pausedOnce) {
        // the actions page by themselves: the facilitator can stop that (WCAG 2.2.2) and turn by hand
        pausedOnce = true;
        await proj.getByTestId('page-pause').click();
        expect(await proj.getByTestId('page-pause').getAttribute('aria-pressed')).toBe('true');
        const held = await proj.getByTestId('page-count').getAttribute('data-page');
        await proj.waitForTimeout(PAGE_MS + 1500);
        expect(await proj.getByTestId('page-count').getAttribute('data-page'), 'paused: the page stays').toBe(held);
        await proj.getByTestId('page-next').click();
        await expect.poll(() => proj.getByTestId('page-count').getAttribute('data-page')).not.toBe(held);
        await proj.getByTestId('page-pause').click();
        expect(await proj.getByTestId('page-pause').getAttribute('aria-pressed')).toBe('false');
        await proj.mouse.move(0, 0);
      }
      expect(await fontPx(proj, '[data-testid=action-what]')).toBeGreaterThanOrEqual(14);
      if (size.width === 1920) await screenshot(proj, 'projector-deliver-8');
      if (size.width === 1024) await screenshot(proj, 'projector-deliver-8-1024');
    }
    expect(pausedOnce, 'the 8 actions paged at some screen size').toBe(true);

    // the facilitator hides the join panel: the board gets its width, the code stays small
    await proj.setViewportSize(SIZES[2]);
    const boardWidth = () => proj.locator('.projector__main').evaluate((el) => el.getBoundingClientRect().width);
    const before = await boardWidth();
    await command(room, 'join-panel:set', { hidden: true });
    await proj.getByTestId('join-strip').waitFor();
    expect(await proj.getByTestId('join-panel').count()).toBe(0);
    expect(await boardWidth(), 'the board takes the join panel’s width').toBeGreaterThan(before + 150);
    expect(await proj.getByTestId('join-strip').getByTestId('join-code').textContent()).toBe(ws.joinCode);
    expect(await axe(proj, 'projector (join panel hidden)'), 'axe: join panel hidden').toEqual([]);
    await seeAllWhole(proj, '8 actions without the join panel', '[data-testid=action-row]', ['[data-testid=action-what]', '[data-testid=action-owner]'], ACTIONS.map((a) => [a.what, a.owner]));

    // the ending: the closing screen with the ambition, notes, actions and people per group
    await command(room, 'workshop:finish', { finished: true });
    const closing = proj.getByTestId('closing-screen');
    await closing.waitFor();
    for (const size of SIZES) {
      await proj.setViewportSize(size);
      const [thanks] = await readRows(proj, '[data-testid=closing-screen]', ['.closing__thanks', '.ambition-banner__text', '[data-testid=closing-notes]', '[data-testid=closing-actions]', '[data-testid=closing-people]']);
      expect(thanks?.parts).toEqual(['Bedankt voor jullie inzet!', AMBITIONS[0], `${AMBITIONS.length} briefjes`, '8 acties', '6 deelnemers']);
      expect(thanks?.why, `the closing screen at ${size.width}×${size.height}`).toBe('');
      const groups = await readRows(proj, '[data-testid=closing-groups] tbody tr', ['th', 'td']);
      expect(groups.map((g) => `${g.parts[0]} ${g.parts[1]}`)).toEqual(['Mantelzorgers 2', 'Vrijwilligers 1', 'Zorgprofessionals 1', 'Organisaties 1', 'Gemeente 1']);
      expect(groups.filter((g) => g.why), `group rows at ${size.width}×${size.height}`).toEqual([]);
      if (size.width === 1920) await screenshot(proj, 'projector-closing');
      if (size.width === 1024) await screenshot(proj, 'projector-closing-1024');
    }
    expect(await proj.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight), 'the closing screen does not scroll').toBe(true);
    expect(await axe(proj, 'projector (closing screen)'), 'axe: closing screen').toEqual([]);

    // back to the workshop (undo), and a step change also ends the closing screen
    await command(room, 'workshop:finish', { finished: false });
    await proj.getByTestId('action-table').waitFor();
    console.log(`projector paging: ${report.join('; ')}`);
    expect(errors.filter((e) => e.includes('pageerror'))).toEqual([]);
  });

  it('shows PUBLIC_URL’s host name as the join address, never IP:port', { timeout: 60_000 }, async () => {
    const other = await startServer({ publicUrl: 'https://kruiwagen.example.nl' });
    cleanups.push(() => other.close());
    const ws = await createWorkshop(other.base, { title: 'Adres' });
    const screen = await newDevice(env.browser, 'projector');
    cleanups.push(() => screen.close());
    const proj = await screen.newPage();
    watchErrors(proj, 'projector', errors);
    await proj.setViewportSize(SIZES[2]);
    await proj.goto(`${other.base}/p/${ws.id}#${ws.projectorToken}`);
    await expect.poll(() => proj.getByTestId('join-address').textContent()).toBe('kruiwagen.example.nl');
    const [address] = await readRows(proj, '[data-testid=join-panel]', ['[data-testid=join-address]', '[data-testid=join-code]']);
    expect(address?.why, 'address and code whole at 1024×768').toBe('');
    expect(await proj.getByTestId('join-panel').textContent()).not.toMatch(/\d+\.\d+\.\d+\.\d+|:\d{2,5}/);
  });

  it('the console hides the join panel and finishes the workshop, then offers the report', { timeout: 90_000 }, async () => {
    const ws = await createWorkshop(env.t.base, { title: 'Afronden' });
    const laptop = await newDevice(env.browser, 'laptop');
    const screen = await newDevice(env.browser, 'projector');
    cleanups.push(() => laptop.close(), () => screen.close());
    const fac = await laptop.newPage();
    const proj = await screen.newPage();
    watchErrors(fac, 'facilitator', errors);
    watchErrors(proj, 'projector', errors);
    await fac.goto(`${env.t.base}/f/${ws.id}#${ws.facilitatorToken}`);
    await proj.goto(`${env.t.base}/p/${ws.id}#${ws.projectorToken}`);
    await proj.getByTestId('join-panel').waitFor();

    const toggle = fac.getByRole('switch', { name: /Meedoen-paneel op het scherm/ });
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await proj.getByTestId('join-strip').waitFor();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await proj.getByTestId('join-panel').waitFor();

    // "finish workshop" on the last step; the projector closes, the console offers the report
    const room = roomClient(env.t.base, ws.facilitatorToken);
    cleanups.push(() => room.close());
    await setStep(room, 'deliver');
    const finish = fac.getByTestId('finish-workshop');
    await finish.getByRole('button', { name: 'Workshop afronden' }).click();
    await proj.getByTestId('closing-screen').waitFor();
    await expect.poll(() => finish.getByRole('heading').textContent()).toBe('De workshop is afgerond');
    const download = fac.waitForEvent('download');
    await finish.getByRole('button', { name: /pdf/i }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await finish.getByRole('button', { name: 'Terug naar de workshop' }).click();
    await proj.getByTestId('join-panel').waitFor();
    expect(await proj.getByTestId('closing-screen').count()).toBe(0);
    expect(errors.filter((e) => e.includes('pageerror'))).toEqual([]);
  });
});
