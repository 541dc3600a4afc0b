// Issue 3: the method in the real UI. The facilitator groups notes into themes by
// dragging (mouse) and by keyboard (the card's theme select), and the counts follow;
// participants vote with dots on a phone, the UI refuses a dot beyond the limit, and
// the projector shows the results per stakeholder group.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newDevice } from '../helpers/browser.js';
import { createWorkshop } from '../helpers/clients.js';
import { addNote, dragStepped, joinByAddress, settled, stepLocator, watchErrors } from '../helpers/e2e.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { serverAndBrowser } from '../helpers/suite.js';

const errors: string[] = [];

const env = serverAndBrowser();

/** A workshop made over the API, its console and projector open, moved to Discover. */
async function openWorkshop(title: string): Promise<{ ws: CreateWorkshopResponse; fac: Page; proj: Page; contexts: BrowserContext[] }> {
  const ws = await createWorkshop(env.t.base, { title });
  const laptop = await newDevice(env.browser, 'laptop');
  const screen = await newDevice(env.browser, 'projector');
  const fac = await laptop.newPage();
  const proj = await screen.newPage();
  watchErrors(fac, 'facilitator', errors);
  watchErrors(proj, 'projector', errors);
  await fac.goto(`${env.t.base}/f/${ws.id}#${ws.facilitatorToken}`);
  await proj.goto(`${env.t.base}/p/${ws.id}#${ws.projectorToken}`);
  await fac.getByRole('button', { name: /Volgende: Ontdekken/ }).click();
  await stepLocator(fac, 'discover').waitFor();
  await stepLocator(proj, 'discover').waitFor();
  return { ws, fac, proj, contexts: [laptop, screen] };
}

describe('grouping notes into themes', () => {
  it('moves notes by drag and by keyboard, and the theme counts follow on console and projector', { timeout: 60_000 }, async () => {
    const { fac, proj, contexts } = await openWorkshop('Thema’s maken');
    try {
      for (const text of ['Korte lijnen met de huisarts', 'De buurvrouw kwam elke dag langs', 'Eén vast aanspreekpunt bij de gemeente']) {
        await fac.getByLabel('Zelf een briefje toevoegen').fill(text);
        await fac.getByLabel('Zelf een briefje toevoegen').press('Enter');
      }
      for (const name of ['Korte lijnen', 'Er zijn']) {
        await fac.getByLabel('Nieuw thema').fill(name);
        await fac.getByLabel('Nieuw thema').press('Enter');
      }
      const themes = fac.getByTestId('theme');
      await expect.poll(() => themes.count()).toBe(2);
      const loose = fac.getByTestId('theme-none');
      const theme = (name: string) => themes.filter({ has: fac.locator('h3', { hasText: name }) });
      const count = (name: string) => theme(name).getByTestId('theme-count').textContent();
      await expect.poll(() => loose.getByTestId('note').count()).toBe(3);

      // By mouse: drag a card onto "Korte lijnen".
      await dragStepped(fac, loose.getByTestId('note').filter({ hasText: 'Korte lijnen met de huisarts' }), theme('Korte lijnen'));
      await expect.poll(() => theme('Korte lijnen').getByTestId('note').count(), { message: 'the dragged note lands in the theme' }).toBe(1);
      await expect.poll(() => count('Korte lijnen')).toMatch(/^1 /);
      await expect.poll(() => loose.getByTestId('note').count()).toBe(2);

      // By keyboard: focus a card's theme select with Tab, choose with the arrow keys.
      const card = loose.getByTestId('note').filter({ hasText: 'De buurvrouw' });
      await card.getByRole('button', { name: /verwijderen/i }).focus(); // a point inside the card
      await fac.keyboard.press('Shift+Tab');
      await fac.keyboard.press('Shift+Tab');
      await fac.keyboard.press('Shift+Tab');
      const focusedTestId = await fac.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      expect(focusedTestId, 'Shift+Tab from the delete button reaches the theme select').toBe('move-to-theme');
      await fac.keyboard.press('ArrowDown'); // Geen thema → Korte lijnen: the card moves at once…
      const moved = theme('Korte lijnen').getByTestId('note').filter({ hasText: 'De buurvrouw' });
      await moved.waitFor();
      // …and keeps the keyboard focus, so the next arrow key goes on choosing.
      await expect
        .poll(() => fac.evaluate(() => (document.activeElement?.closest('[data-testid=note]') as HTMLElement | null)?.innerText ?? String(document.activeElement?.tagName)), {
          message: 'focus stays on the moved card',
        })
        .toContain('De buurvrouw');
      await fac.keyboard.press('ArrowDown'); // → Er zijn
      await expect.poll(() => theme('Er zijn').getByTestId('note').count(), { message: 'the keyboard-moved note lands in "Er zijn"' }).toBe(1);
      await expect.poll(() => count('Er zijn')).toMatch(/^1 /);

      // And the third, also by keyboard, into "Korte lijnen" (focus via Tab from the card's note text).
      const third = loose.getByTestId('note').filter({ hasText: 'Eén vast aanspreekpunt' });
      await third.getByTestId('move-to-theme').focus();
      await fac.keyboard.press('ArrowDown');
      await expect.poll(() => count('Korte lijnen')).toMatch(/^2 /);
      await expect.poll(() => loose.getByTestId('note').count()).toBe(0);

      // The projector groups them the same way.
      await expect
        .poll(() => proj.locator('.note-wall__theme').allTextContents())
        .toEqual(expect.arrayContaining([expect.stringMatching(/Korte lijnen\s*2/), expect.stringMatching(/Er zijn\s*1/)]));
      expect(errors.filter((e) => e.includes('pageerror'))).toEqual([]);
    } finally {
      for (const c of contexts) await c.close();
    }
  });
});

describe('dot voting on phones', () => {
  it('counts down the dots, refuses one beyond the limit, and shows the results per group on the projector', { timeout: 90_000 }, async () => {
    const { ws, fac, proj, contexts } = await openWorkshop('Stemmen met stippen');
    try {
      const join = async (kind: 'phone' | 'smallPhone', group: 'carer' | 'professional', name: string) => {
        const context = await newDevice(env.browser, kind);
        contexts.push(context);
        const page = await context.newPage();
        watchErrors(page, name, errors);
        await joinByAddress(page, `${env.t.base}/j/${ws.joinCode}`, group, name);
        return page;
      };
      const ans = await join('phone', 'carer', 'Ans');
      const wim = await join('phone', 'carer', 'Wim');
      const bram = await join('smallPhone', 'professional', 'Bram');
      await addNote(ans, 'Een vast aanspreekpunt in de wijk');
      await addNote(bram, 'Samen één zorgplan met de mantelzorger');
      await expect.poll(() => fac.getByTestId('note').count()).toBe(2);

      await fac.getByRole('button', { name: 'Stemmen openen' }).click();
      const left = ans.getByTestId('dots-left');
      await expect.poll(() => left.textContent()).toBe('Je hebt nog 3 van 3 stippen');
      const addTo = (p: Page, text: string) => p.getByRole('button', { name: new RegExp(`^Stip geven aan: ${text}`) });

      await addTo(ans, 'Een vast aanspreekpunt').click();
      await expect.poll(() => left.textContent()).toBe('Je hebt nog 2 van 3 stippen');
      await addTo(ans, 'Samen één zorgplan').click();
      await expect.poll(() => left.textContent()).toBe('Je hebt nog 1 van 3 stippen');
      await addTo(ans, 'Samen één zorgplan').click();
      await expect.poll(() => left.textContent()).toBe('Je hebt nog 0 van 3 stippen');

      // Beyond the limit: every "+" is disabled, and a forced tap changes nothing.
      for (const button of await ans.getByRole('button', { name: /^Stip geven aan/ }).all()) expect(await button.isDisabled()).toBe(true);
      await addTo(ans, 'Een vast aanspreekpunt').click({ force: true });
      await settled(ans);
      await expect.poll(() => left.textContent()).toBe('Je hebt nog 0 van 3 stippen');
      const myDots = ans.getByTestId('vote-item').filter({ hasText: 'Een vast aanspreekpunt' }).locator('.vote-item__count');
      expect(await myDots.textContent()).toBe('1');

      // Taking one back frees a dot.
      await ans.getByRole('button', { name: /^Stip weghalen bij: Samen één zorgplan/ }).click();
      await expect.poll(() => left.textContent()).toBe('Je hebt nog 1 van 3 stippen');

      await addTo(wim, 'Een vast aanspreekpunt').click();
      await addTo(bram, 'Een vast aanspreekpunt').click();

      // The projector: 3 dots on the first note, read per group.
      const results = proj.getByTestId('vote-results');
      await expect.poll(() => results.locator('.vote-results__row').first().textContent(), { timeout: 5000 }).toMatch(/Een vast aanspreekpunt.*3 stippen.*Mantelzorgers 2 · Zorgprofessionals 1/);
      await expect.poll(() => results.locator('.vote-results__row').nth(1).textContent()).toMatch(/Samen één zorgplan.*1 stip.*Mantelzorgers 1/);
      await expect.poll(() => fac.getByTestId('vote-results').textContent()).toContain('Mantelzorgers 2');

      // Voting closes: the result stays, on the projector and now on every phone, ranked.
      await fac.getByRole('button', { name: 'Stemmen sluiten' }).click();
      await expect.poll(() => ans.getByTestId('phone-results').locator('.vote-results__row').first().textContent(), { timeout: 5000 }).toMatch(/Een vast aanspreekpunt.*3 stippen/);
      await expect.poll(() => results.locator('.vote-results__row').first().textContent()).toMatch(/Een vast aanspreekpunt.*3 stippen/);
      expect(errors.filter((e) => e.includes('pageerror'))).toEqual([]);
    } finally {
      for (const c of contexts) await c.close();
    }
  });
});
