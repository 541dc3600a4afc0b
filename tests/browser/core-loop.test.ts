// The core loop in a real browser: a facilitator creates a workshop on the start page,
// a phone joins by code and adds a note, and the note appears on the projector.
import { describe, expect, it } from 'vitest';
import { newDevice } from '../helpers/browser.js';
import { serverAndBrowser } from '../helpers/suite.js';

const env = serverAndBrowser();

describe('a live workshop in Chromium', () => {
  it('creates a workshop, joins on a phone by code, and shows the phone’s note on the projector', async () => {
    const laptop = await newDevice(env.browser, 'laptop');
    const console_ = await laptop.newPage();
    await console_.goto(`${env.t.base}/`);
    await console_.getByLabel('Titel van de workshop').fill('Respijtzorg in Houten');
    await console_.getByRole('button', { name: 'Workshop maken' }).click();
    await console_.waitForURL(/\/f\/[\w-]+#/);
    const code = (await console_.getByTestId('join-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z0-9]{6}$/);

    const projectorUrl = await console_.getByTestId('projector-link').getAttribute('href');
    expect(projectorUrl).toMatch(/\/p\/[\w-]+#/);
    const screen = await newDevice(env.browser, 'projector');
    const projector = await screen.newPage();
    await projector.goto(new URL(projectorUrl!, env.t.base).href);
    await expect.poll(() => projector.getByTestId('join-code').textContent()).toContain(code);

    const phoneContext = await newDevice(env.browser, 'smallPhone');
    const phone = await phoneContext.newPage();
    await phone.goto(`${env.t.base}/j`);
    await phone.getByLabel(/code/i).fill(code.toLowerCase());
    await phone.getByLabel(/code/i).press('Enter');
    await phone.getByTestId('workshop-title').waitFor();
    await phone.locator('input[value=carer]').check();
    await phone.getByRole('button', { name: 'Meedoen' }).click();
    await phone.waitForURL(/\/w\//);
    await phone.locator('[data-testid=current-step][data-step=checkin]').waitFor();

    const text = 'Mijn vader woont nog thuis dankzij de buurvrouw – één keer per week café';
    await phone.getByLabel('Jouw briefje').fill(text);
    // a touch keyboard's Enter makes a new line; the button adds
    await phone.getByRole('button', { name: 'Briefje toevoegen' }).click();
    await phone.getByTestId('my-note').filter({ hasText: text }).waitFor();

    const onProjector = projector.getByTestId('note').filter({ hasText: text });
    await onProjector.waitFor({ timeout: 5000 });
    expect(await onProjector.textContent()).toContain('Mantelzorger');
    // The phone fits a 360 px screen without sideways scrolling.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    for (const context of [laptop, screen, phoneContext]) await context.close();
  });
});

describe('deleting a workshop from the console', () => {
  it('shows until when it is kept, and deletes it for good after a confirmation', async () => {
    const { createWorkshop } = await import('../helpers/clients.js');
    const w = await createWorkshop(env.t.base, { title: 'Weg ermee' });
    const laptop = await newDevice(env.browser, 'laptop');
    const page = await laptop.newPage();
    await page.goto(w.facilitatorUrl.replace(/^http:\/\/[^/]+/, env.t.base));
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await expect.poll(() => page.getByTestId('retention').textContent()).toMatch(/over (89|90) dagen/);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Workshop verwijderen' }).click();
    await page.waitForURL(`${env.t.base}/`);
    expect((await fetch(`${env.t.base}/api/join/${w.joinCode}`)).status).toBe(404);
    await laptop.close();
  });
});

describe('notes are text', () => {
  it('shows markup a participant typed as plain text on the projector, never as elements', async () => {
    const { createWorkshop, join, yClient } = await import('../helpers/clients.js');
    const { BoardDoc } = await import('../../shared/schema.js');
    const w = await createWorkshop(env.t.base);
    const p = await join(env.t.base, w.joinCode, 'other');
    const phone = yClient(env.t.ws, w.id, p.participantToken);
    await phone.synced;
    const evil = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script><b>vet</b>';
    new BoardDoc(phone.doc).addNote({ text: evil, step: 'checkin', author: p.participantId, createdAt: Date.now() }, 'x1');
    const screen = await newDevice(env.browser, 'projector');
    const projector = await screen.newPage();
    await projector.goto(w.projectorUrl.replace(/^http:\/\/[^/]+/, env.t.base));
    const note = projector.getByTestId('note').first();
    await note.waitFor();
    expect(await note.textContent()).toContain('<script>document.title="pwned"</script>');
    expect(await projector.locator('[data-testid=note] img, [data-testid=note] script, [data-testid=note] b').count()).toBe(0);
    expect(await projector.title()).not.toBe('pwned');
    phone.destroy();
    await screen.close();
  });
});
