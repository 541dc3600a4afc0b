// axe-core with the WCAG 2.1 A/AA rules (Dutch public bodies must meet AA).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Serious and critical violations on the page as it is now, readably, each naming `view`. */
export async function axe(page: Page, view: string): Promise<string[]> {
  // Contrast is judged on the colours a reader is left with: a view fading in (a projector
  // page turning, a panel appearing) reads as faded text if axe looks mid-animation.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${view}: [${v.impact}] ${v.id} — ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    at ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
          .join('\n'),
    );
}
