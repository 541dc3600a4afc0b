// Participants grouping notes on their phones (issue 3: "the facilitator, and if allowed
// participants, groups notes into named themes"): the facilitator switches it on in the
// console, a participant on a 360 px phone puts another participant's note into a theme
// with the note's "Thema" select, and the console shows the note under that theme.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { newDevice } from '../helpers/browser.js';
import { createWorkshop } from '../helpers/clients.js';
import { addNote, joinByAddress, stepLocator, watchErrors } from '../helpers/e2e.js';
import { serverAndBrowser } from '../helpers/suite.js';
import { axe } from '../helpers/axe.js';

const errors: string[] = [];

const env = serverAndBrowser();

describe('participants grouping notes into themes', () => {
  it('a phone puts a note into a theme once the facilitator allows it, and the console shows it there', { timeout: 90_000 }, async () => {
    const ws = await createWorkshop(env.t.base, { title: 'Samen ordenen' });
    const contexts: BrowserContext[] = [];
    try {
      const laptop = await newDevice(env.browser, 'laptop');
      contexts.push(laptop);
      const fac = await laptop.newPage();
      watchErrors(fac, 'facilitator', errors);
      await fac.goto(`${env.t.base}/f/${ws.id}#${ws.facilitatorToken}`);
      await fac.getByRole('button', { name: /Volgende: Ontdekken/ }).click();
      await stepLocator(fac, 'discover').waitFor();

      const join = async (group: 'carer' | 'professional', name: string) => {
        const context = await newDevice(env.browser, 'smallPhone');
        contexts.push(context);
        const page = await context.newPage();
        watchErrors(page, name, errors);
        await joinByAddress(page, `${env.t.base}/j/${ws.joinCode}`, group, name);
        await stepLocator(page, 'discover').waitFor();
        return page;
      };
      const ans = await join('carer', 'Ans');
      const bram = await join('professional', 'Bram');
      await addNote(bram, 'De praktijkondersteuner belde zelf terug');
      await addNote(ans, 'Mijn buurvrouw nam het zorgrooster over');
      await expect.poll(() => fac.getByTestId('note').count()).toBe(2);
      for (const name of ['Bereikbaar zijn', 'Het netwerk om de mantelzorger']) {
        await fac.getByLabel('Nieuw thema').fill(name);
        await fac.getByLabel('Nieuw thema').press('Enter');
      }
      await expect.poll(() => fac.getByTestId('theme').count()).toBe(2);

      // Not allowed yet: the phone shows the notes (its own under "my notes") but offers no grouping.
      const allNotes = ans.locator('.all-notes');
      await expect.poll(() => allNotes.getByTestId('note').count()).toBe(1);
      expect(await ans.getByTestId('my-note').count()).toBe(1);
      expect(await ans.getByTestId('pick-theme').count()).toBe(0);

      // The facilitator allows it with the switch in the console.
      const toggle = fac.getByRole('switch', { name: /Deelnemers mogen briefjes in thema’s indelen/ });
      await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');

      // The phone: a labelled "Thema" select on every note, also on Bram's.
      await ans.getByTestId('grouping-hint').waitFor();
      await expect.poll(() => ans.getByTestId('pick-theme').count()).toBe(2);
      const select = ans.getByRole('combobox', { name: /^Thema voor briefje “De praktijkondersteuner belde/ });
      expect(await select.isEnabled()).toBe(true);
      // It fits the 360 px screen: nothing sticks out sideways.
      const box = await select.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(await ans.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      // Big enough to tap.
      expect(box!.height).toBeGreaterThanOrEqual(44);
      // Accessible in both languages.
      const violations = await axe(ans, 'phone with grouping (NL)');
      const language = ans.getByRole('group', { name: /Taal|Language/ });
      await language.getByRole('button', { name: 'EN' }).click();
      await ans.getByRole('combobox', { name: /^Theme for note “De praktijkondersteuner belde/ }).waitFor();
      expect(await ans.getByTestId('grouping-hint').textContent()).toBe('You can help group the notes: pick the theme each note belongs to.');
      violations.push(...(await axe(ans, 'phone with grouping (EN)')));
      await language.getByRole('button', { name: 'NL' }).click();
      await select.waitFor();
      expect(violations).toEqual([]);

      // Ans puts Bram's note into "Bereikbaar zijn" (a native select: tap, choose).
      await select.selectOption({ label: 'Bereikbaar zijn' });

      // The console shows it under that theme, with the count.
      const theme = (name: string) => fac.getByTestId('theme').filter({ has: fac.locator('h3', { hasText: name }) });
      const inTheme = theme('Bereikbaar zijn').getByTestId('note').filter({ hasText: 'De praktijkondersteuner belde zelf terug' });
      await inTheme.waitFor({ timeout: 5000 });
      await expect.poll(() => theme('Bereikbaar zijn').getByTestId('theme-count').textContent()).toMatch(/^1 briefje$/);
      await expect.poll(() => fac.getByTestId('theme-none').getByTestId('note').count()).toBe(1);
      // Bram's own phone follows.
      await expect.poll(() => bram.getByRole('combobox', { name: /De praktijkondersteuner/ }).inputValue()).not.toBe('');

      // By keyboard too: Ans focuses the select of her own note and picks with the arrow keys.
      const own = ans.getByRole('combobox', { name: /Mijn buurvrouw nam/ });
      await own.focus();
      await ans.keyboard.press('ArrowDown'); // Geen thema → Bereikbaar zijn
      await ans.keyboard.press('ArrowDown'); // → Het netwerk om de mantelzorger
      await expect
        .poll(() => theme('Het netwerk om de mantelzorger').getByTestId('note').filter({ hasText: 'Mijn buurvrouw' }).count())
        .toBe(1);

      // Switched off again: the selects go; the phone shows the theme instead.
      await toggle.click();
      await expect.poll(() => ans.getByTestId('pick-theme').count()).toBe(0);
      await expect.poll(() => allNotes.getByTestId('note').filter({ hasText: 'De praktijkondersteuner' }).textContent()).toContain('Bereikbaar zijn');
      // The console still shows both notes in their themes: nothing was refused or lost.
      expect(await inTheme.count()).toBe(1);
      expect(errors.filter((e) => e.includes('pageerror'))).toEqual([]);
    } finally {
      for (const c of contexts) await c.close();
    }
  });
});
