// "At most 500 characters" on the phone counts what a person sees, as the server does:
// 250 emoji leave 250 characters, and text past the limit is cut at a whole character.
import { describe, expect, it } from 'vitest';
import { BoardDoc } from '../../shared/schema.js';
import { LIMITS, textLength } from '../../shared/limits.js';
import { newDevice } from '../helpers/browser.js';
import { createWorkshop, yClient } from '../helpers/clients.js';
import { addNote, joinByTypingCode } from '../helpers/e2e.js';
import { waitFor } from '../helpers/wait.js';
import { serverAndBrowser } from '../helpers/suite.js';

const env = serverAndBrowser();

describe('the composer counts characters as a person does', () => {
  it('counts an emoji as one, stops at 500 and gets a 500-emoji note onto the board', { timeout: 90_000 }, async () => {
    const w = await createWorkshop(env.t.base, { title: 'Tekens tellen' });
    const screen = yClient(env.t.ws, w.id, w.facilitatorToken);
    await screen.synced;
    const context = await newDevice(env.browser, 'phone');
    const phone = await context.newPage();
    try {
      await joinByTypingCode(phone, env.t.base, w.joinCode, 'carer', 'Anja');
      const box = phone.getByLabel(/^(Jouw briefje|Your note)$/);
      await box.fill('😀'.repeat(250));
      await expect.poll(() => phone.locator('.composer .counter').textContent()).toMatch(/\b250\b/);

      await box.fill('👨‍👩‍👧‍👦'.repeat(LIMITS.noteText + 3));
      await expect.poll(async () => textLength(await box.inputValue())).toBe(LIMITS.noteText);
      await expect.poll(() => phone.locator('.composer .counter').textContent()).toMatch(/\b0\b/);

      await addNote(phone, '😀'.repeat(LIMITS.noteText));
      const texts = () => new BoardDoc(screen.doc).notes().map((n) => n.text);
      await waitFor(() => texts().includes('😀'.repeat(LIMITS.noteText)), 10_000, 'the 500-emoji note on the board');
    } finally {
      await context.close();
      screen.destroy();
    }
  });
});
