// Theme suggestions on the console (issue 19): the facilitator asks for a proposal,
// renames one theme, accepts, and the projector shows the themes, and not before.
// Selecting a note marks the notes most like it.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { BoardDoc } from '../../shared/schema.js';
import { newDevice } from '../helpers/browser.js';
import { createWorkshop, yClient } from '../helpers/clients.js';
import { stepLocator, watchErrors } from '../helpers/e2e.js';
import { serverAndBrowser } from '../helpers/suite.js';
import { axe } from '../helpers/axe.js';

const errors: string[] = [];
const env = serverAndBrowser();

const NOTES = [
  'Iemand die ik altijd kan bellen',
  'Eén loket voor al mijn vragen',
  'De casemanager nam ook ’s avonds op',
  'Het mantelzorgcafé op donderdagavond',
  'Praten met andere mantelzorgers die hetzelfde meemaken',
  'Lotgenotencontact via het steunpunt',
  'Logeeropvang zodat ik een weekend weg kon',
  'Dagbesteding, dan heb ik tijd voor mezelf',
  'Even ademhalen, al is het maar een uurtje',
];

describe('theme suggestions on the console', () => {
  it('suggests, renames one theme, accepts, and the projector shows the themes only then', { timeout: 120_000 }, async () => {
    const ws = await createWorkshop(env.t.base, { title: 'Wat werkt wél' });
    const contexts: BrowserContext[] = [];
    const writer = yClient(env.t.ws, ws.id, ws.facilitatorToken);
    try {
      const laptop = await newDevice(env.browser, 'laptop');
      contexts.push(laptop);
      const fac = await laptop.newPage();
      watchErrors(fac, 'facilitator', errors);
      await fac.goto(`${env.t.base}/f/${ws.id}#${ws.facilitatorToken}`);
      await fac.getByRole('button', { name: /Volgende: Ontdekken/ }).click();
      await stepLocator(fac, 'discover').waitFor();

      await writer.synced;
      const board = new BoardDoc(writer.doc);
      NOTES.forEach((text, i) => board.addNote({ text, step: 'discover', author: 'facilitator', createdAt: Date.now() + i }, `n${i}`));
      await expect.poll(() => fac.getByTestId('note').count(), { timeout: 10_000 }).toBe(NOTES.length);

      const screen = await newDevice(env.browser, 'projector');
      contexts.push(screen);
      const projector = await screen.newPage();
      watchErrors(projector, 'projector', errors);
      const projectorAt = new URL(ws.projectorUrl, env.t.base);
      await projector.goto(`${env.t.base}${projectorAt.pathname}${projectorAt.hash}`);
      // the projector's page loads its view lazily: wait for it as for a person's screen
      await expect.poll(() => projector.getByTestId('note').count(), { timeout: 15_000 }).toBe(NOTES.length);

      // Ask by keyboard: the proposal appears as a preview and is announced.
      const ask = fac.getByRole('button', { name: 'Stel thema’s voor' });
      await ask.focus();
      await fac.keyboard.press('Enter');
      const items = fac.getByTestId('suggestion');
      await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(3);
      await expect.poll(() => fac.getByRole('status').filter({ hasText: '3 thema’s voorgesteld.' }).count()).toBe(1);
      // Nothing on the board or the projector yet.
      expect(board.themes()).toEqual([]);
      expect(await fac.getByTestId('theme').count()).toBe(0);
      expect(await projector.locator('.note-wall__theme').filter({ hasText: /\S/ }).count()).toBe(0);
      expect(await axe(fac, 'console with a theme proposal')).toEqual([]);

      // Rename the theme that holds the "bellen" note.
      const contact = items.filter({ hasText: 'Iemand die ik altijd kan bellen' });
      const name = contact.getByLabel('Naam van het thema');
      await name.fill('Altijd bereikbaar');
      await fac.getByRole('button', { name: 'Alles overnemen' }).click();
      await expect.poll(() => items.count()).toBe(0);

      // The console and the projector show the three themes, the renamed one by its new name.
      await expect.poll(() => fac.getByTestId('theme').count()).toBe(3);
      const wallHeads = projector.locator('.note-wall__theme');
      await expect.poll(() => wallHeads.filter({ hasText: 'Altijd bereikbaar' }).count(), { timeout: 10_000 }).toBe(1);
      await expect.poll(async () => (await wallHeads.allTextContents()).filter((x) => x.trim()).length).toBeGreaterThanOrEqual(3);
      const themed = board.notes().filter((n) => n.themeId);
      expect(themed).toHaveLength(NOTES.length);
      const contactTheme = board.themes().find((t) => t.name === 'Altijd bereikbaar');
      expect(board.notes().filter((n) => n.themeId === contactTheme?.id).map((n) => n.text).sort()).toEqual(NOTES.slice(0, 3).sort());

      // Similar notes: clicking a note marks the notes most like it.
      // (a theme may now be named after the note's word, so find the note by its text alone)
      await fac.locator('.theme-board .note__text', { hasText: 'Logeeropvang zodat' }).click();
      await expect.poll(() => fac.locator('[data-similar]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const marked = await fac.locator('[data-similar] .note__text').allTextContents();
      expect(marked.every((text) => NOTES.slice(6).includes(text))).toBe(true);
      expect(errors.filter((e) => e.includes('pageerror'))).toEqual([]);
    } finally {
      writer.destroy();
      for (const c of contexts) await c.close();
    }
  });
});
