// Paired appreciative interviews in the real apps: seven phones (so one trio), the
// projector and the console. The facilitator makes pairs, swaps two people and starts;
// every phone shows its partner and the guide; interviewers write their partner's story;
// a partner takes one back; the "swap roles" moment reaches every phone and the
// projector; the end puts the stories on the wall. axe in Dutch and English.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { GroupId } from '../../shared/groups.js';
import type { InterviewRound } from '../../shared/interviews.js';
import type { Roster } from '../../shared/room.js';
import { newDevice } from '../helpers/browser.js';
import { createWorkshop, emitAck, lastState, roomClient, type RoomClient } from '../helpers/clients.js';
import { completeJoin, screenshot, settled, watchErrors } from '../helpers/e2e.js';
import { serverAndBrowser } from '../helpers/suite.js';
import { waitFor } from '../helpers/wait.js';
import { axe } from '../helpers/axe.js';
import { smallTargets } from '../helpers/wcag.js';

const errors: string[] = [];
const contexts: BrowserContext[] = [];
const sockets: RoomClient[] = [];
const env = serverAndBrowser(async () => {
  for (const c of contexts) await c.close();
  for (const s of sockets) s.close();
});

async function device(kind: 'smallPhone' | 'projector' | 'laptop', name: string, url: string): Promise<Page> {
  const ctx = await newDevice(env.browser, kind);
  contexts.push(ctx);
  const page = await ctx.newPage();
  watchErrors(page, name, errors);
  await page.goto(url);
  return page;
}

/** Shows the page in English (the viewer's own choice, kept on the device) and waits for `ready`. */
async function inEnglish(page: Page, ready: string): Promise<void> {
  await page.evaluate(() => localStorage.setItem('kw-lang', 'en'));
  await page.reload();
  await page.getByTestId(ready).waitFor();
}

/** Every pair's card, with its last line, inside the viewport and not covered by anything. */
async function expectPairsInView(page: Page, width: number, height: number): Promise<void> {
  const problems = await page.getByTestId('interview-pair').evaluateAll(
    (cards, [w, h]) =>
      cards.flatMap((card) => {
        const box = card.getBoundingClientRect();
        const last = card.lastElementChild as HTMLElement;
        const lb = last.getBoundingClientRect();
        const top = document.elementFromPoint(lb.left + 2, lb.top + lb.height / 2);
        const out = box.bottom > h! || box.right > w! || lb.bottom > box.bottom;
        const covered = !top || !card.contains(top);
        return out || covered ? [`${card.textContent?.slice(0, 30)}: ${out ? 'outside' : 'covered'}`] : [];
      }),
    [width, height],
  );
  expect(problems).toEqual([]);
}

const PEOPLE: [string, GroupId][] = [
  ['Ans', 'carer'],
  ['Bram', 'carer'],
  ['Carla', 'carer'],
  ['Dewi', 'professional'],
  ['Emre', 'professional'],
  ['Fenna', 'volunteer'],
  ['Gijs', 'municipality'],
];

describe('paired interviews on seven phones, the projector and the console', () => {
  it('runs a round with one trio from pairs to the wall', { timeout: 420_000 }, async () => {
    const w = await createWorkshop(env.t.base, { title: 'Interviews in Houten' });
    const fac = roomClient(env.t.base, w.facilitatorToken);
    sockets.push(fac);
    await lastState(fac);
    expect(await emitAck(fac, 'step:set', { step: 'discover' })).toEqual({ ok: true });
    const round = (): InterviewRound | null => fac.states.at(-1)?.interviews ?? null;
    let roster: Roster | null = null;
    fac.on('roster', (r) => (roster = r));

    const console_ = await device('laptop', 'console', `${env.t.base}/f/${w.id}#${w.facilitatorToken}`);
    const projector = await device('projector', 'projector', `${env.t.base}/p/${w.id}#${w.projectorToken}`);
    const phones = new Map<string, Page>();
    for (const [name, group] of PEOPLE) {
      const page = await device('smallPhone', name, `${env.t.base}/j/${w.joinCode}`);
      await completeJoin(page, group, name);
      phones.set(name, page);
    }
    const people = await waitFor(() => (roster?.participants.filter((p) => p.online).length === 7 ? roster.participants : null), 10_000, 'seven people online');

    // The console proposes pairs from the seven people online: three groups, one of them a trio.
    await console_.getByTestId('interview-controls').waitFor();
    await console_.getByRole('button', { name: 'Tweetallen maken' }).click();
    const proposed = await waitFor(() => round(), 5000, 'the proposed round');
    expect(proposed.groups.map((g) => g.length).sort()).toEqual([2, 2, 3]);
    await expect.poll(() => console_.getByTestId('console-pairs').locator('li').count()).toBe(3);
    await expect.poll(() => projector.getByTestId('interview-pair').count()).toBe(3);
    await expect.poll(() => projector.getByText('Drietal').count()).toBe(1);

    // Every carer is with a professional or a volunteer where the room allows (3 carers, 3 of them).
    const groupOf = new Map(people.map((p) => [p.id, p.group]));
    for (const g of proposed.groups) {
      const groups = g.map((id) => groupOf.get(id));
      if (groups.includes('carer')) expect(groups.some((x) => x === 'professional' || x === 'volunteer'), JSON.stringify(groups)).toBe(true);
      expect(new Set(groups).size).toBe(g.length);
    }

    // Swap two people by keyboard: the first person of pair 1 with the first of pair 2.
    const [a, b] = [proposed.groups[0]![0]!, proposed.groups[1]![0]!];
    const nameOf = (id: string) => people.find((p) => p.id === id)!.name;
    await console_.getByLabel('Eerste persoon').selectOption({ value: a });
    await console_.getByLabel('Tweede persoon').selectOption({ value: b });
    await console_.getByRole('button', { name: 'Wissel', exact: true }).press('Enter');
    const swapped = await waitFor(() => (round()?.groups[0]![0] === b ? round() : null), 5000, 'the swap');
    expect(swapped.groups[1]![0]).toBe(a);

    // Start: every phone shows its pair number, partner and the four questions.
    await console_.getByRole('button', { name: 'Interviews starten' }).click();
    const running = await waitFor(() => (round()?.phase === 'running' ? round() : null), 5000, 'the running round');
    expect(running.turns).toBe(3);
    for (const [index, group] of running.groups.entries()) {
      for (const [i, id] of group.entries()) {
        const phone = phones.get(nameOf(id))!;
        const partner = group[(i + 1) % group.length]!;
        await expect.poll(() => phone.getByTestId('pair-number').textContent()).toBe(`${group.length > 2 ? 'Drietal' : 'Tweetal'} ${index + 1}`);
        await expect.poll(() => phone.getByTestId('interviewee').textContent()).toContain(nameOf(partner));
        expect(await phone.getByTestId('interview-guide').locator('li').count()).toBe(4);
        expect(await phone.getByTestId('interview-now').textContent()).toBe(
          i === 0 ? 'Nu stel jij de vragen.' : i === 1 ? `Nu vertel jij. ${nameOf(group[0]!)} stelt de vragen.` : `Nu luister je mee. ${nameOf(group[0]!)} stelt de vragen.`,
        );
      }
    }
    await projector.getByTestId('interview-timer').waitFor();
    await settled(projector);
    await screenshot(projector, 'projector-interviews-1920');

    // Each interviewer writes their partner's story and what made it possible.
    for (const group of running.groups) {
      for (const [i, id] of group.entries()) {
        const partner = group[(i + 1) % group.length]!;
        const phone = phones.get(nameOf(id))!;
        await phone.getByTestId('story-text').fill(`${nameOf(partner)} vertelde over de keer dat de thuiszorg en de buren samen een rooster maakten.`);
        await phone.getByTestId('story-factors').fill(`Korte lijnen volgens ${nameOf(partner)}`);
        await phone.getByTestId('save-story').click();
        await expect.poll(() => phone.getByTestId('story-saved').textContent()).toContain(`Bewaard. ${nameOf(partner)} ziet het nu.`);
      }
    }
    await expect.poll(() => projector.getByTestId('pairs-written').textContent()).toBe('3 van 3 tweetallen hebben geschreven');
    await expect.poll(() => projector.getByText('3 van 3 verhalen').count()).toBe(1);
    // Nothing of it on the wall yet, nor on the phones of others.
    expect(await projector.getByText('Korte lijnen volgens').count()).toBe(0);

    // A partner reads what was written about them and takes it back.
    const pair = running.groups.find((g) => g.length === 2)!;
    const [interviewerId, partnerId] = pair as [string, string];
    const partnerPhone = phones.get(nameOf(partnerId))!;
    const about = partnerPhone.getByTestId('about-me');
    await expect.poll(() => about.textContent()).toContain(`Geschreven door ${nameOf(interviewerId)}`);
    // 360×640 as the phone shows it: the panel's top (pair, partner, turn) in view.
    await partnerPhone.getByTestId('interview-panel').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settled(partnerPhone);
    await screenshot(partnerPhone, 'phone-interview');
    await about.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await settled(partnerPhone);
    await screenshot(partnerPhone, 'phone-interview-about-you');
    await about.getByTestId('withdraw').click();
    await partnerPhone.getByTestId('confirm-withdraw').click();
    await expect.poll(() => partnerPhone.getByTestId('about-me').count()).toBe(0);
    await expect.poll(() => phones.get(nameOf(interviewerId))!.getByTestId('story-text').inputValue()).toBe('');
    await expect.poll(() => projector.getByText('1 van 2 verhalen').count()).toBe(1);

    // Swap roles: a short second turn, and when it runs out every phone and the projector say so.
    expect(await emitAck(fac, 'interviews:turn', { seconds: 5 })).toEqual({ ok: true });
    await expect.poll(() => projector.getByTestId('swap-moment').textContent(), { timeout: 15_000 }).toContain('Tijd om te wisselen!');
    for (const phone of phones.values()) await expect.poll(() => phone.getByRole('alert').filter({ hasText: 'Tijd om te wisselen!' }).count(), { timeout: 10_000 }).toBe(1);
    await settled(projector);
    await screenshot(projector, 'projector-interviews-swap-1920');
    await expectPairsInView(projector, 1920, 1080);
    await projector.setViewportSize({ width: 1280, height: 720 });
    await settled(projector);
    await screenshot(projector, 'projector-interviews-swap-1280');
    await expectPairsInView(projector, 1280, 720);

    // The rest needs two phones: closing the others keeps a 2-core machine responsive.
    const oneTrio = phones.get(nameOf(running.groups.find((g) => g.length === 3)![2]!))!;
    const [firstOfPair, second] = running.groups[0]! as [string, string];
    const anonymousPhone = phones.get(nameOf(firstOfPair))!;
    for (const [name, page] of [...phones]) {
      if (page === oneTrio || page === anonymousPhone) continue;
      await page.context().close();
      phones.delete(name);
    }

    // axe, Dutch then English: a phone in the round, the projector, the console.
    const violations = [...(await axe(oneTrio, 'phone nl')), ...(await axe(projector, 'projector nl')), ...(await axe(console_, 'console nl'))];
    await inEnglish(oneTrio, 'interview-panel');
    await expect.poll(() => oneTrio.getByTestId('interview-guide').locator('li').first().textContent()).toMatch(/^Tell me about a time/);
    await inEnglish(projector, 'interview-progress');
    await expect.poll(() => projector.getByTestId('pairs-written').textContent()).toBe('3 of 3 pairs have written');
    await inEnglish(console_, 'interview-controls');
    await console_.getByText('Edit the interview questions').click();
    violations.push(...(await axe(oneTrio, 'phone en')), ...(await axe(projector, 'projector en')), ...(await axe(console_, 'console en')));
    expect(violations.join('\n')).toBe('');
    expect(await smallTargets(oneTrio)).toEqual([]);

    // In an anonymous workshop a phone names the partner by group only.
    expect(await emitAck(fac, 'anonymity:set', { anonymous: true })).toEqual({ ok: true });
    await expect.poll(() => anonymousPhone.getByTestId('interviewee').textContent()).toMatch(/^iemand: /);
    expect(await anonymousPhone.getByTestId('interviewee').textContent()).not.toContain(nameOf(second));
    expect(await emitAck(fac, 'anonymity:set', { anonymous: false })).toEqual({ ok: true });

    // The end: the stories go to the wall, the phones leave the interview.
    await console_.getByRole('button', { name: 'End the interviews' }).click();
    await waitFor(() => round()?.phase === 'ended', 5000, 'the end');
    await expect.poll(() => projector.getByTestId('note-wall').getByText(/vertelde over de keer/).count()).toBe(6);
    for (const phone of phones.values()) await expect.poll(() => phone.getByTestId('interview-panel').count()).toBe(0);

    expect(errors).toEqual([]);
  });
});
