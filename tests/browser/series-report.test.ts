// The series report from the series page in the real UI: the facilitator downloads the
// PDF and the Markdown with the buttons (they carry the series token), the files hold the
// action's status per meeting, and the page with its report card passes axe.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { BoardDoc } from '../../shared/schema.js';
import type { CreateSeriesResponse, NextMeetingResponse } from '../../shared/series.js';
import { newDevice } from '../helpers/browser.js';
import { postJson, yClient, barrier, type YClient } from '../helpers/clients.js';
import { screenshot, settled, watchErrors } from '../helpers/e2e.js';
import { serverAndBrowser } from '../helpers/suite.js';
import { axe } from '../helpers/axe.js';
import { waitFor } from '../helpers/wait.js';
import { readPdf, squash } from '../export/pdf-tools.js';

const errors: string[] = [];
const open: { contexts: BrowserContext[]; docs: YClient[] } = { contexts: [], docs: [] };
const env = serverAndBrowser(async () => {
  for (const c of open.contexts) await c.close();
  for (const d of open.docs) d.destroy();
});

async function post(path: string, token: string, body: unknown = {}): Promise<any> {
  const res = await fetch(env.t.base + path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.json();
}

describe('the series report on the series page', () => {
  it('downloads the PDF and the Markdown with each action’s status per meeting', async () => {
    const series = (await postJson(env.t.base, '/api/series', { name: 'Mantelzorgnetwerk Houten', horizonYear: 2030 })).json as CreateSeriesResponse;
    const m1 = (await post(`/api/series/${series.id}/meetings`, series.seriesToken, { title: 'Startbijeenkomst' })) as NextMeetingResponse;
    const y1 = yClient(env.t.ws, m1.id, m1.facilitatorToken);
    open.docs.push(y1);
    await y1.synced;
    new BoardDoc(y1.doc).addAction({ what: 'Spreekuur in de bibliotheek starten', owner: 'Anna', due: '', createdAt: 1 }, 'actA');
    await barrier(env.t.ws, m1.id, m1.facilitatorToken, y1);
    const m2 = (await post(`/api/series/${series.id}/meetings`, series.seriesToken, { title: 'Netwerkbijeenkomst voorjaar' })) as NextMeetingResponse;
    const link = await post(`/api/series/${series.id}/meetings/${m2.id}/link`, series.seriesToken);
    const y2 = yClient(env.t.ws, m2.id, link.facilitatorToken as string);
    open.docs.push(y2);
    await y2.synced;
    const b2 = new BoardDoc(y2.doc);
    await waitFor(() => b2.actions().length === 1, 5000, 'the carried action');
    b2.updateAction('actA', { status: 'done', statusNote: 'Elke dinsdag open' });
    await barrier(env.t.ws, m2.id, link.facilitatorToken as string, y2);

    const ctx = await newDevice(env.browser, 'laptop');
    open.contexts.push(ctx);
    const page = await ctx.newPage();
    page.setDefaultTimeout(10_000);
    watchErrors(page, 'series', errors);
    await page.goto(`${env.t.base}/s/${series.id}#${series.seriesToken}`);
    const card = page.getByTestId('series-report');
    await expect.poll(() => page.getByTestId('series-meeting').count(), { timeout: 10_000 }).toBe(2);

    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Verslag van de reeks (pdf)' }).click()]);
    expect(pdfDownload.suggestedFilename()).toBe('kruiwagen-reeks-mantelzorgnetwerk-houten.pdf');
    const read = readPdf(readFileSync((await pdfDownload.path()) ?? ''));
    try {
      expect(squash(read.raw)).toContain(squash('Spreekuur in de bibliotheek starten Wie: Anna Gepland Klaar Elke dinsdag open'));
    } finally {
      read.cleanup();
    }
    const [mdDownload] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Verslag van de reeks als Markdown' }).click()]);
    expect(readFileSync((await mdDownload.path()) ?? '', 'utf8')).toContain('| Spreekuur in de bibliotheek starten | Anna | Gepland | Klaar: Elke dinsdag open |');

    await settled(page);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'series-report-card');
    expect(await axe(page, 'series page with its report')).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
