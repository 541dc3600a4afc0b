// Issue 12, phones: the flows a participant goes through on a small phone (360×640,
// touch): joining (the app's own group error, who sees your name), writing (Enter makes
// a new line on a touch keyboard, the button posts and says so at once, own notes once),
// "I'm done" readable after a tap, voting on 50 items, Deliver with "my actions" first
// and a Deliver note on the projector, and the room views of an anonymous workshop.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BoardDoc } from '../../shared/schema.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { StepId } from '../../shared/steps.js';
import { newDevice } from '../helpers/browser.js';
import { createWorkshop, emitAck, join, roomClient, yClient, type RoomClient, type YClient } from '../helpers/clients.js';
import { completeJoin, screenshot, stepLocator, watchErrors } from '../helpers/e2e.js';
import { serverAndBrowser } from '../helpers/suite.js';
import { axe } from '../helpers/axe.js';

const errors: string[] = [];
const open: { contexts: BrowserContext[]; sockets: RoomClient[]; docs: YClient[] } = { contexts: [], sockets: [], docs: [] };
const env = serverAndBrowser(async () => {
  for (const c of open.contexts) await c.close();
  for (const s of open.sockets) s.close();
  for (const d of open.docs) d.destroy();
});

interface Workshop {
  ws: CreateWorkshopResponse;
  fac: RoomClient;
  board: BoardDoc;
}

/** A workshop over the API, with the facilitator's room socket and board document. */
async function workshop(title: string): Promise<Workshop> {
  const ws = await createWorkshop(env.t.base, { title });
  const fac = roomClient(env.t.base, ws.facilitatorToken);
  const y = yClient(env.t.ws, ws.id, ws.facilitatorToken);
  open.sockets.push(fac);
  open.docs.push(y);
  await y.synced;
  return { ws, fac, board: new BoardDoc(y.doc) };
}

async function setStep(w: Workshop, step: StepId): Promise<void> {
  expect(await emitAck(w.fac, 'step:set', { step })).toEqual({ ok: true });
}

async function smallPhone(): Promise<Page> {
  const ctx = await newDevice(env.browser, 'smallPhone');
  open.contexts.push(ctx);
  const page = await ctx.newPage();
  watchErrors(page, 'phone', errors);
  return page;
}

async function joinedPhone(w: Workshop, name?: string): Promise<Page> {
  const page = await smallPhone();
  await page.goto(`${env.t.base}/j/${w.ws.joinCode}`);
  await completeJoin(page, 'carer', name);
  return page;
}

/** WCAG contrast ratio of two computed CSS colours ("rgb(…)" / "rgba(…)"). */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const colours = (page: Page, testIdOrSelector: string) =>
  page.locator(testIdOrSelector).evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, background: s.backgroundColor };
  });

/** Whether the element's box lies wholly inside the 360×640 viewport. */
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });

describe('phones at 360×640', () => {
  it('join page: the app’s own group error in Dutch, and who sees your name', { timeout: 60_000 }, async () => {
    const w = await workshop('Meedoen op een kleine telefoon');
    const page = await smallPhone();
    await page.goto(`${env.t.base}/j/${w.ws.joinCode}`);
    await page.getByTestId('workshop-title').waitFor();
    const notice = page.getByTestId('name-notice');
    expect(await notice.getAttribute('data-anonymous')).toBe('false');
    expect(await notice.textContent()).toContain('je naam komt in het verslag');

    await page.getByRole('button', { name: 'Meedoen' }).click();
    const error = page.getByTestId('group-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Kies eerst vanuit welke rol je hier bent.');
    expect(await error.getAttribute('role')).toBe('alert');
    // no browser bubble: the form does not validate natively
    expect(await page.locator('form.join-form').evaluate((f) => (f as HTMLFormElement).noValidate)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('group');
    expect(page.url()).toContain('/j/');
    expect(await axe(page, 'join with the group error')).toEqual([]);
    await page.locator('input[name=group][value=carer]').check();
    expect(await error.count()).toBe(0);

    // An anonymous workshop says so before joining.
    expect(await emitAck(w.fac, 'anonymity:set', { anonymous: true })).toEqual({ ok: true });
    await page.reload();
    await page.getByTestId('workshop-title').waitFor();
    expect(await notice.getAttribute('data-anonymous')).toBe('true');
    expect(await notice.textContent()).toContain('komt niet in het verslag');
  });

  it('writing: Enter makes a new line on touch, the button posts and says so at once; own notes once; “I’m done” readable after a tap', { timeout: 60_000 }, async () => {
    const w = await workshop('Schrijven op een kleine telefoon');
    await setStep(w, 'discover');
    const page = await joinedPhone(w);
    await stepLocator(page, 'discover').waitFor();
    expect(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches), 'the phone has no hardware keyboard').toBe(false);
    expect(await page.getByTestId('enter-hint').textContent()).not.toContain('Shift+Enter');

    const box = page.getByTestId('composer-text');
    await box.tap();
    await page.keyboard.type('Eerste regel');
    await page.keyboard.press('Enter');
    await page.keyboard.type('tweede regel');
    expect(await box.inputValue()).toBe('Eerste regel\ntweede regel');
    expect(await page.getByTestId('my-note').count(), 'Enter did not post').toBe(0);

    // Measured in the page: from the tap's click to the confirmation on screen.
    await page.evaluate(() => {
      const w = window as unknown as { __posted: { click?: number; seen?: number } };
      w.__posted = {};
      document.addEventListener('click', (e) => {
        if ((e.target as Element).closest('[data-testid=add-note]')) w.__posted.click ??= performance.now();
      }, true);
      const check = () => {
        const el = document.querySelector('[data-testid=note-posted]');
        const r = el?.getBoundingClientRect();
        if (r && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight) w.__posted.seen ??= performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.getByTestId('add-note').tap();
    await page.getByTestId('note-posted').waitFor({ timeout: 5000 });
    const { click, seen } = await page.evaluate(() => (window as unknown as { __posted: { click?: number; seen?: number } }).__posted);
    expect(click, 'the tap clicked the add button').toBeDefined();
    expect(seen, 'the confirmation was wholly inside the 360×640 viewport').toBeDefined();
    const seenAfter = (seen ?? Infinity) - (click ?? 0);
    console.log(`posted confirmation visible in the 360×640 viewport ${seenAfter.toFixed(0)} ms after the tap`);
    expect(seenAfter).toBeLessThan(1000);
    expect(await box.inputValue()).toBe('');
    await page.getByTestId('my-note').filter({ hasText: 'tweede regel' }).waitFor();

    // Someone else's note arrives; the own one is listed once (under "my notes").
    w.board.addNote({ text: 'Briefje van de gespreksleider', step: 'discover', author: 'facilitator', createdAt: Date.now() }, 'n-fac-1');
    await page.locator('.all-notes [data-testid=note]').filter({ hasText: 'Briefje van de gespreksleider' }).waitFor();
    expect(await page.getByText('Eerste regel').count()).toBe(1);

    // "I'm done": tapped (and the tap leaves the pointer hovering, as on a touch browser).
    const done = page.locator('.done-toggle');
    await done.tap();
    await expect.poll(() => done.getAttribute('aria-pressed')).toBe('true');
    await done.hover();
    const pressed = await colours(page, '.done-toggle');
    const ratio = contrast(pressed.color, pressed.background);
    console.log(`"I'm done" after a tap: ${pressed.color} on ${pressed.background}, contrast ${ratio.toFixed(2)}:1`);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    await done.tap();
    await expect.poll(() => done.getAttribute('aria-pressed')).toBe('false');
    await done.hover();
    const unpressed = await colours(page, '.done-toggle');
    expect(contrast(unpressed.color, unpressed.background)).toBeGreaterThanOrEqual(4.5);
    expect(errors.filter((e) => e.includes('pageerror')), errors.join('\n')).toEqual([]);
  });

  it('voting on 50 items: compact rows grouped by theme, a search, and the dots left always in view', { timeout: 90_000 }, async () => {
    const w = await workshop('Stemmen op vijftig briefjes');
    await setStep(w, 'discover');
    const themes = ['Korte lijnen', 'Gezien worden', 'Respijt', 'Geld en regels', 'Buurt', 'Informatie'];
    w.board.doc.transact(() => {
      themes.forEach((name, i) => w.board.addTheme({ name, step: 'discover', createdAt: i }, `t-${i}`));
      for (let i = 0; i < 44; i++) {
        const text = i === 17 ? 'De dorpsondersteuner kende iedereen in de wijk' : `Briefje ${i + 1}: wat goed werkte bij de zorg thuis, in een paar woorden`;
        w.board.addNote({ text, step: 'discover', author: 'facilitator', createdAt: 100 + i, ...(i % 4 ? { themeId: `t-${i % themes.length}` } : {}) }, `n-${i}`);
      }
    });
    const page = await joinedPhone(w);
    expect(await emitAck(w.fac, 'voting:set', { open: true, dotsPerParticipant: 5 })).toEqual({ ok: true });
    await page.getByTestId('dots-left').waitFor();
    const items = page.getByTestId('vote-item');
    await expect.poll(() => items.count()).toBe(50);
    expect(await page.getByTestId('vote-group').count()).toBe(themes.length + 1);

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const rowHeights = await items.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    console.log(`voting on 50 items at 360×640: page ${height} px tall, rows ${Math.min(...rowHeights)}–${Math.max(...rowHeights)} px`);
    expect(Math.max(...rowHeights)).toBeLessThanOrEqual(80);
    expect(height).toBeLessThan(5000);

    // Vote at the bottom of the list: the dots left stay in view and count down.
    const last = items.last();
    await last.scrollIntoViewIfNeeded();
    await last.getByRole('button', { name: /Stip geven aan/ }).tap();
    await expect.poll(() => page.getByTestId('dots-left').textContent()).toContain('nog 4 van 5');
    expect(await inViewport(page, '[data-testid=dots-left]'), 'dots left in view at the bottom of the list').toBe(true);
    await items.nth(25).scrollIntoViewIfNeeded();
    expect(await inViewport(page, '[data-testid=dots-left]'), 'dots left in view mid-list').toBe(true);
    await screenshot(page, 'phone-voting');
    expect(await axe(page, 'voting on 50 items')).toEqual([]);

    // Search finds one note among 50.
    await page.getByTestId('vote-search').fill('dorpsondersteuner');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().textContent()).toContain('De dorpsondersteuner kende iedereen');
    await page.getByTestId('vote-search').fill('');
    await expect.poll(() => items.count()).toBe(50);
  });

  it('Deliver: the action list with my actions on top, and a note written in Deliver reaches the projector', { timeout: 90_000 }, async () => {
    const w = await workshop('Doen op een kleine telefoon');
    await setStep(w, 'discover');
    const page = await joinedPhone(w, 'Ahmed Yilmaz');
    const actions: [string, string, string][] = [
      ['Respijtkaart maken en verspreiden via huisartsen en apotheken', 'Loes Vermeulen (Mantelzorgcentrum)', '2027-03-01'],
      ['Eén telefoonnummer voor mantelzorgers in de wijk', 'Ahmed', '2027-02-01'],
      ['Proefbudget logeeropvang voorleggen aan de wethouder', 'Ruud Hendriks (gemeente)', '2027-04-01'],
      ['Vrijwilligers koppelen aan nieuwe mantelzorgers', 'Ahmedo Bakker', ''],
      ['Netwerkbijeenkomst over een half jaar plannen', 'Marieke Jansen', '2027-06-15'],
      ['Ervaringen van mantelzorgers met de proef ophalen', 'Anja de Vries en Ahmed Yilmaz', '2027-05-01'],
      ['Sociale kaart van de wijk bijhouden', 'Steunpunt Mantelzorg', ''],
      ['Huisartsen uitnodigen voor de volgende bijeenkomst', 'Ingrid Smit', '2027-01-20'],
    ];
    w.board.doc.transact(() => {
      actions.forEach(([what, owner, due], i) => w.board.addAction({ what, owner, due, createdAt: i }, `a-${i}`));
    });
    const projCtx = await newDevice(env.browser, 'projector');
    open.contexts.push(projCtx);
    const proj = await projCtx.newPage();
    watchErrors(proj, 'projector', errors);
    await proj.goto(`${env.t.base}/p/${w.ws.id}#${w.ws.projectorToken}`);
    await setStep(w, 'deliver');
    await stepLocator(page, 'deliver').waitFor();
    await stepLocator(proj, 'deliver').waitFor();

    const list = page.getByTestId('deliver-actions');
    await expect.poll(() => list.getByTestId('my-action').count()).toBe(2);
    expect(await list.getByTestId('action').count()).toBe(6);
    expect(await list.getByTestId('my-action').allTextContents()).toEqual([
      expect.stringContaining('Eén telefoonnummer voor mantelzorgers'),
      expect.stringContaining('Ervaringen van mantelzorgers met de proef ophalen'),
    ]);
    // mine come first in the page
    const order = await list.locator('[data-testid=my-action], [data-testid=action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(order.slice(0, 2)).toEqual(['my-action', 'my-action']);
    expect(await list.textContent()).toContain('Ahmed Yilmaz');
    await screenshot(page, 'phone-deliver');
    expect(await axe(page, 'Deliver on a phone')).toEqual([]);

    // A note in Deliver: on the projector, under the action list that stays.
    await proj.getByTestId('action-table').waitFor();
    await page.getByTestId('composer-text').fill('Idee: de bibliotheek als inloopplek voor mantelzorgers');
    await page.getByTestId('add-note').tap();
    await proj.getByTestId('note').filter({ hasText: 'de bibliotheek als inloopplek' }).waitFor({ timeout: 5000 });
    expect(await proj.getByTestId('action-table').count()).toBe(1);
    expect(errors.filter((e) => e.includes('pageerror')), errors.join('\n')).toEqual([]);
  });

  it('anonymous: the projector counts roles of one or two people together; the console says what anonymity does', { timeout: 60_000 }, async () => {
    const w = await workshop('Anoniem met een kleine gemeente');
    const people: RoomClient[] = [];
    for (const group of ['carer', 'carer', 'carer', 'municipality'] as const) {
      const p = await join(env.t.base, w.ws.joinCode, group);
      const s = roomClient(env.t.base, p.participantToken);
      people.push(s);
      open.sockets.push(s);
    }
    const screenCtx = await newDevice(env.browser, 'projector');
    const laptopCtx = await newDevice(env.browser, 'laptop');
    open.contexts.push(screenCtx, laptopCtx);
    const proj = await screenCtx.newPage();
    const console_ = await laptopCtx.newPage();
    await proj.goto(`${env.t.base}/p/${w.ws.id}#${w.ws.projectorToken}`);
    await console_.goto(`${env.t.base}/f/${w.ws.id}#${w.ws.facilitatorToken}`);
    const chips = proj.getByTestId('group-counts');
    await chips.locator('[data-group=municipality]').waitFor();
    expect(await console_.getByTestId('anonymity-notice').getAttribute('data-anonymous')).toBe('false');

    expect(await emitAck(w.fac, 'anonymity:set', { anonymous: true })).toEqual({ ok: true });
    await chips.locator('[data-group=combined]').waitFor();
    expect(await chips.locator('[data-group=municipality]').count()).toBe(0);
    expect(await chips.locator('[data-group=combined]').textContent()).toMatch(/Kleine groepen samen\s*1/);
    expect(await chips.locator('[data-group=carer]').textContent()).toMatch(/3/);
    await expect.poll(() => console_.getByTestId('anonymity-notice').getAttribute('data-anonymous')).toBe('true');
    expect(await console_.getByTestId('anonymity-notice').textContent()).toContain('niet in het verslag');
  });
});
