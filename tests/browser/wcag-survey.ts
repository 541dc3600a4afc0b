// The automated part of the WCAG 2.2 audit in docs/accessibility.md, for every view at
// once, printed as figures rather than asserted: the tests (wcag-*.test.ts) hold what
// passes; this survey also measures what fails today, so the audit can be redone.
//   npx vite build && npx tsx tests/browser/wcag-survey.ts
import type { BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import { createWorkshop, emitAck, join, lastState, roomClient, yClient } from '../helpers/clients.js';
import { BoardDoc } from '../../shared/schema.js';
import { completeJoin } from '../helpers/e2e.js';
import { applyTextSpacing, clippedText, focusHiddenWhileTabbing, motionLeft, sidewaysOverflow, smallTargets } from '../helpers/wcag.js';

const t = await startServer();
const browser = await launchBrowser();
const ws = await createWorkshop(t.base, { title: 'Samen voor mantelzorgers in Houten en omstreken' });
const room = roomClient(t.base, ws.facilitatorToken);
await lastState(room);
await emitAck(room, 'step:set', { step: 'discover' });
const fac = yClient(t.ws, ws.id, ws.facilitatorToken);
await fac.synced;
const board = new BoardDoc(fac.doc);
board.addTheme({ name: 'Korte lijnen', step: 'discover', createdAt: Date.now() }, 'th1');
const groups = ['carer', 'volunteer', 'professional', 'organisation', 'municipality', 'other'] as const;
for (let i = 0; i < 40; i++) {
  const group = groups[i % groups.length]!;
  const p = await join(t.base, ws.joinCode, group);
  board.addNote({ text: `Briefje ${i + 1}: de wijkverpleegkundige belde uit zichzelf terug na de opname`, step: 'discover', author: p.participantId, group, createdAt: Date.now() + i, ...(i % 3 ? {} : { themeId: 'th1' }) }, `n${i}`);
}
await emitAck(room, 'workshop:update', { participantsCanGroup: true });
await emitAck(room, 'voting:set', { open: true, dotsPerParticipant: 5 });

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const views: { name: string; url: string; ready: (p: Page) => Promise<unknown>; phone: boolean }[] = [
  { name: 'start', url: `${t.base}/`, ready: (p) => p.getByLabel('Titel van de workshop').waitFor(), phone: true },
  { name: 'join', url: `${t.base}/j/${ws.joinCode}`, ready: (p) => p.getByTestId('workshop-title').waitFor(), phone: true },
  { name: 'participant', url: `${t.base}/j/${ws.joinCode}`, ready: (p) => completeJoin(p, 'carer', 'Ans').then(() => p.getByTestId('note').nth(39).waitFor()), phone: true },
  { name: 'console', url: `${t.base}/f/${ws.id}#${ws.facilitatorToken}`, ready: (p) => p.getByTestId('note').nth(39).waitFor(), phone: false },
  { name: 'projector', url: `${t.base}/p/${ws.id}#${ws.projectorToken}`, ready: (p) => p.getByTestId('vote-results').or(p.getByText('Nog geen stippen')).first().waitFor(), phone: false },
];

async function page(options: BrowserContextOptions, url: string, ready: (p: Page) => Promise<unknown>): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', ...options });
  // tsx keeps function names with an `__name` helper that the page does not have (vitest does not).
  await context.addInitScript('window.__name = (f) => f');
  const p = await context.newPage();
  await p.goto(url);
  await ready(p);
  return p;
}

const short = (list: string[]) => (list.length ? `${list.length}: ${list.slice(0, 3).join('; ')}` : 'none');
for (const v of views) {
  const base: BrowserContextOptions = v.phone ? PHONE : { viewport: { width: 1280, height: 720 } };
  const p = await page(base, v.url, v.ready);
  const targets = await smallTargets(p);
  const focus = await focusHiddenWhileTabbing(p, 150);
  const narrow = await page({ ...base, viewport: { width: 320, height: 640 } }, v.url, v.ready);
  const landscape = await page({ ...base, viewport: { width: 640, height: 320 } }, v.url, v.ready);
  const spaced = await page({ ...base, bypassCSP: true }, v.url, v.ready);
  await applyTextSpacing(spaced);
  const reduced = await page({ ...base, reducedMotion: 'reduce' }, v.url, v.ready);
  console.log(`\n## ${v.name} (${v.phone ? '360×640 phone' : '1280×720'})`);
  console.log(`2.5.8 small targets without room: ${short(targets)}`);
  console.log(`2.4.11 focus hidden: ${short(focus.hidden)} (of ${focus.visited} focusable)`);
  console.log(`1.4.10 sideways scroll at 320 px: ${await sidewaysOverflow(narrow)} px; landscape 640×320: ${await sidewaysOverflow(landscape)} px`);
  console.log(`1.4.12 clipped with text spacing: ${short(await clippedText(spaced))}; sideways ${await sidewaysOverflow(spaced)} px`);
  console.log(`reduced motion, still moving: ${short(await motionLeft(reduced))}`);
  for (const c of [p, narrow, landscape, spaced, reduced]) await c.context().close();
}
room.close();
fac.destroy();
await browser.close();
await t.close();
