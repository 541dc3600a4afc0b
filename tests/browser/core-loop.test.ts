// The core loop in a real browser: a facilitator creates a workshop on the start page,
// a phone joins by code and adds a note, and the note appears on the projector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newDevice } from '../helpers/browser.js';
import { startServer, type TestServer } from '../helpers/server.js';

let t: TestServer;
let browser: Browser;
beforeAll(async () => {
  t = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('a live workshop in Chromium', () => {
  it('creates a workshop, joins on a phone by code, and shows the phone’s note on the projector', async () => {
    const laptop = await newDevice(browser, 'laptop');
    const console_ = await laptop.newPage();
    await console_.goto(`${t.base}/`);
    await console_.getByLabel('Titel van de workshop').fill('Respijtzorg in Houten');
    await console_.getByRole('button', { name: 'Workshop maken' }).click();
    await console_.waitForURL(/\/f\/[\w-]+#/);
    const code = (await console_.getByTestId('join-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z0-9]{6}$/);

    const projectorUrl = await console_.getByTestId('projector-link').getAttribute('href');
    expect(projectorUrl).toMatch(/\/p\/[\w-]+#/);
    const screen = await newDevice(browser, 'projector');
    const projector = await screen.newPage();
    await projector.goto(new URL(projectorUrl!, t.base).href);
    await expect.poll(() => projector.getByTestId('join-code').textContent()).toContain(code);

    const phoneContext = await newDevice(browser, 'smallPhone');
    const phone = await phoneContext.newPage();
    await phone.goto(`${t.base}/j`);
    await phone.getByLabel(/code/i).fill(code.toLowerCase());
    await phone.getByLabel(/code/i).press('Enter');
    await phone.getByTestId('workshop-title').waitFor();
    await phone.locator('input[value=carer]').check();
    await phone.getByRole('button', { name: 'Meedoen' }).click();
    await phone.waitForURL(/\/w\//);
    await phone.locator('[data-testid=current-step][data-step=checkin]').waitFor();

    const text = 'Mijn vader woont nog thuis dankzij de buurvrouw – één keer per week café';
    await phone.getByLabel('Jouw briefje').fill(text);
    await phone.getByLabel('Jouw briefje').press('Enter');
    await phone.getByTestId('my-note').filter({ hasText: text }).waitFor();

    const onProjector = projector.getByTestId('note').filter({ hasText: text });
    await onProjector.waitFor({ timeout: 5000 });
    expect(await onProjector.textContent()).toContain('Mantelzorger');
    // The phone fits a 360 px screen without sideways scrolling.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    for (const context of [laptop, screen, phoneContext]) await context.close();
  });
});
