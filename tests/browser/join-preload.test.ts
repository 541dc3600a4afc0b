// The join link on a phone: the page's HTML names every script the join form needs and
// the code's lookup, so nothing is found late (each late find is a round trip on a slow
// network), and the lookup reaches the server once. A wrong code still says so.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { newDevice } from '../helpers/browser.js';
import { createWorkshop } from '../helpers/clients.js';
import { completeJoin, watchErrors } from '../helpers/e2e.js';
import { serverAndBrowser } from '../helpers/suite.js';

const errors: string[] = [];
const contexts: BrowserContext[] = [];
const env = serverAndBrowser(async () => {
  for (const c of contexts) await c.close();
});

async function phone(): Promise<{ page: Page; requests: Request[] }> {
  const ctx = await newDevice(env.browser, 'smallPhone');
  contexts.push(ctx);
  const page = await ctx.newPage();
  watchErrors(page, 'phone', errors);
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return { page, requests };
}

/** The URLs the page's HTML itself names (scripts, preloads, stylesheets). */
function namedInHtml(html: string): Set<string> {
  return new Set([...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!));
}

describe('join link', () => {
  it('every script of the join form and the lookup are named in the HTML; the lookup is asked once; joining works', { timeout: 60_000 }, async () => {
    const ws = await createWorkshop(env.t.base, { title: 'Vooraf geladen' });
    const { page, requests } = await phone();
    const response = await page.goto(`${env.t.base}/j/${ws.joinCode.toLowerCase()}`);
    const named = namedInHtml((await response!.text()));
    await page.getByTestId('workshop-title').waitFor();
    expect(await page.getByTestId('workshop-title').textContent()).toBe('Vooraf geladen');

    const path = (r: Request) => new URL(r.url()).pathname;
    const scripts = requests.filter((r) => r.resourceType() === 'script' || path(r).endsWith('.js')).map(path);
    expect(scripts.some((p) => /\/JoinPage-[\w-]+\.js$/.test(p))).toBe(true);
    expect(scripts.filter((p) => !named.has(p))).toEqual([]);
    expect(named.has(`/api/join/${ws.joinCode}`)).toBe(true);
    expect(requests.filter((r) => path(r) === `/api/join/${ws.joinCode}`)).toHaveLength(1);

    await completeJoin(page, 'carer', 'Ans');
    expect(page.url()).toContain(`/w/${ws.id}`);
    expect(errors).toEqual([]);
  });

  it('a code that does not exist is still looked up by the page and reported', { timeout: 60_000 }, async () => {
    const { page, requests } = await phone();
    await page.goto(`${env.t.base}/j/ZZZZZZ`);
    await page.getByTestId('unknown-code').waitFor();
    expect(requests.filter((r) => new URL(r.url()).pathname === '/api/join/ZZZZZZ')).toHaveLength(1);
  });
});
