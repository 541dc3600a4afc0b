// Shared steps for the browser tests (tests/browser/*): the real UI, driven the way a
// facilitator and participants use it, in Dutch unless said otherwise.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { GroupId } from '../../shared/groups.js';
import type { StepId } from '../../shared/steps.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The built client must exist: the server serves dist/client. */
export function assertClientBuilt(): void {
  if (!fs.existsSync(path.join(root, 'dist/client/index.html'))) {
    throw new Error('dist/client/index.html is missing: run `npx vite build` first (npm test does).');
  }
}

/** A TCP port that was free a moment ago (for a child server that must restart on the same port). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Collects page errors and console errors, to print when a test fails. */
export function watchErrors(page: Page, name: string, into: string[]): void {
  page.on('pageerror', (e) => into.push(`[${name}] pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') into.push(`[${name}] console.error: ${m.text()}`);
  });
}

export interface CreatedWorkshop {
  code: string;
  workshopId: string;
  projectorUrl: string;
  joinPath: string;
}

/** Creates a workshop on the start page and waits for the console. */
export async function createWorkshopInUi(page: Page, base: string, title: string, place?: string): Promise<CreatedWorkshop> {
  await page.goto(`${base}/`);
  await page.getByLabel('Titel van de workshop').fill(title);
  if (place) await page.getByLabel('Plaats').fill(place);
  await page.getByRole('button', { name: 'Workshop maken' }).click();
  await page.waitForURL(/\/f\/[\w-]+#/);
  await page.getByTestId('join-code').waitFor();
  const code = (await page.getByTestId('join-code').textContent())?.trim() ?? '';
  const href = await page.getByTestId('projector-link').getAttribute('href');
  const joinHref = await page.getByTestId('join-url').getAttribute('href');
  if (!href || !joinHref) throw new Error('console shows no projector link or join address');
  const workshopId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
  return { code, workshopId, projectorUrl: new URL(href, base).href, joinPath: new URL(joinHref, base).pathname };
}

/** On a join form that shows the workshop title: choose a group, optional name, join. */
export async function completeJoin(page: Page, group: GroupId, name?: string): Promise<void> {
  await page.getByTestId('workshop-title').waitFor();
  await page.locator(`input[name=group][value=${group}]`).check();
  if (name) await page.getByLabel(/Je naam|Your name/).fill(name);
  await page.getByRole('button', { name: /^(Meedoen|Join)$/ }).click();
  await page.waitForURL(/\/w\//);
  await page.getByTestId('current-step').waitFor();
}

/** Types the code on /j, as someone reading it off the projector. */
export async function joinByTypingCode(page: Page, base: string, code: string, group: GroupId, name?: string): Promise<void> {
  await page.goto(`${base}/j`);
  await page.getByLabel(/code/i).fill(code.toLowerCase());
  await page.getByLabel(/code/i).press('Enter');
  await completeJoin(page, group, name);
}

/** Opens the join address the QR code encodes (/j/<code>). */
export async function joinByAddress(page: Page, url: string, group: GroupId, name?: string): Promise<void> {
  await page.goto(url);
  await completeJoin(page, group, name);
}

/** Adds a note on the participant view with its button (on touch keyboards Enter makes a new line). */
export async function addNote(page: Page, text: string): Promise<void> {
  const box = page.getByLabel(/^(Jouw briefje|Jouw kleine stap|Your note|Your small step)$/);
  await box.fill(text);
  await page.getByTestId('add-note').click();
}

export const stepLocator = (page: Page, step: StepId): Locator => page.locator(`[data-testid=current-step][data-step=${step}]`);

/**
 * Arms every page to record (in its own clock, Date.now) the moment the given step
 * appears; `collect()` after the click returns those moments.
 */
export async function armStepWatch(pages: Page[], step: StepId): Promise<() => Promise<number[]>> {
  await Promise.all(
    pages.map((p) =>
      p.evaluate((s) => {
        const w = window as unknown as { __stepSeen?: Promise<number> };
        w.__stepSeen = new Promise<number>((resolve) => {
          const seen = () => document.querySelector(`[data-testid=current-step][data-step=${s}]`);
          if (seen()) return resolve(Date.now());
          const obs = new MutationObserver(() => {
            if (seen()) {
              obs.disconnect();
              resolve(Date.now());
            }
          });
          obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
        });
      }, step),
    ),
  );
  return () =>
    Promise.all(
      pages.map((p) => p.evaluate(() => (window as unknown as { __stepSeen: Promise<number> }).__stepSeen)),
    );
}

/** Clicks the facilitator's "Volgende: <step name>" and returns the delay until each page shows the step. */
export async function moveStep(facilitator: Page, pages: Page[], step: StepId, buttonName: RegExp): Promise<number[]> {
  const collect = await armStepWatch([facilitator, ...pages], step);
  const t0 = Date.now();
  await facilitator.getByRole('button', { name: buttonName }).click();
  const seen = await collect();
  return seen.map((t) => t - t0);
}

/** A drag that the app's HTML5 drag-and-drop accepts: mouse down, small moves, up. */
export async function dragStepped(page: Page, source: Locator, target: Locator): Promise<void> {
  const a = await source.boundingBox();
  const b = await target.boundingBox();
  if (!a || !b) throw new Error('drag source or target is not visible');
  await page.mouse.move(a.x + 20, a.y + 15);
  await page.mouse.down();
  await page.mouse.move(a.x + 40, a.y + 30, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + 30, { steps: 10 });
  await page.mouse.up();
}

/** Number of notes of the current step each view shows. */
export async function noteCount(page: Page, view: 'facilitator' | 'projector' | 'participant'): Promise<number> {
  if (view === 'projector') {
    const wall = page.getByTestId('note-wall');
    if (!(await wall.count())) return 0;
    return Number(await wall.getAttribute('data-count'));
  }
  if (view === 'facilitator') {
    const text = (await page.getByTestId('note-count').textContent()) ?? '';
    return Number(/\d+/.exec(text)?.[0] ?? NaN);
  }
  // A phone lists its own board notes under "my notes" (drafts are marked private) and the rest under "other people's notes".
  const own = await page.locator('.my-notes [data-testid=my-note]:not([data-private])').count();
  return own + (await page.locator('.all-notes [data-testid=note]').count());
}

export const SCREENSHOT_DIR = path.join(root, 'docs/screenshots');

/** Writes docs/screenshots/<name>.png only when UPDATE_SCREENSHOTS is set. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), type: 'png', fullPage, animations: 'disabled' });
}

/**
 * Resolves once the page shows what it has: fonts loaded and two frames painted after
 * that (React has committed, layout and measuring effects have run). Animations are not
 * waited for: an endless one would never end.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** Opens the console's menu of the note with this text and returns the menu. */
export async function openNoteMenu(page: Page, text: string): Promise<Locator> {
  const note = page.getByTestId('note').filter({ hasText: text });
  const handle = note.getByTestId('note-handle');
  if ((await handle.getAttribute('aria-expanded')) !== 'true') await handle.click();
  await note.locator('[data-testid=note-handle][aria-expanded=true]').waitFor({ timeout: 5000 });
  return note.locator('.note-menu__panel');
}
