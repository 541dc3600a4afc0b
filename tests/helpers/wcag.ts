// Measurements for WCAG 2.2 success criteria that axe-core does not check, run in the
// page as it is now (tests/browser/wcag-*.test.ts). Each returns what fails, readably,
// so an assertion on `[]` prints the offending elements.
import type { Page } from 'playwright-core';

const CONTROLS = 'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=checkbox], [role=radio], [role=tab], [tabindex]:not([tabindex="-1"])';

/**
 * 2.5.8 Target Size (Minimum): every control is at least 24×24 CSS px, or a 24 px circle
 * around its centre touches no other target. Radios and checkboxes inside a label count
 * with their label (the label is the target). Links inside running text are exempt.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    const describe = (el: Element): string => {
      const name = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText?.trim().slice(0, 40) ?? '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${name}"`;
    };
    const targets = [...document.querySelectorAll(selector)]
      .filter((el) => !el.closest('.visually-hidden') && visible(el))
      .map((el) => {
        const label = (el as HTMLInputElement).type === 'radio' || (el as HTMLInputElement).type === 'checkbox' ? el.closest('label') : null;
        const box = (label ?? el).getBoundingClientRect();
        const inline = el.tagName === 'A' && getComputedStyle(el).display === 'inline' && (el.parentElement?.innerText.length ?? 0) > (el.textContent?.length ?? 0) + 10;
        return { el, box, inline };
      })
      .filter((t) => !t.inline);
    const centre = (b: DOMRect) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
    const distanceToRect = (p: { x: number; y: number }, b: DOMRect): number => {
      const dx = Math.max(b.left - p.x, 0, p.x - b.right);
      const dy = Math.max(b.top - p.y, 0, p.y - b.bottom);
      return Math.hypot(dx, dy);
    };
    const small = (b: DOMRect) => b.width < 23.5 || b.height < 23.5;
    const failures: string[] = [];
    for (const t of targets) {
      if (!small(t.box)) continue;
      const c = centre(t.box);
      const crowded = targets.some((o) => {
        if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
        if (small(o.box)) return Math.hypot(c.x - centre(o.box).x, c.y - centre(o.box).y) < 24;
        return distanceToRect(c, o.box) < 12;
      });
      if (crowded) failures.push(`${describe(t.el)}: ${Math.round(t.box.width)}×${Math.round(t.box.height)} px, with another target within its 24 px circle`);
    }
    return failures;
  }, CONTROLS);
}

/** 1.4.10 Reflow: the page scrolls sideways by this many CSS px (0 is a pass). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The WCAG 1.4.12 text-spacing bookmarklet's values, as a style sheet on the page. */
export async function applyTextSpacing(page: Page): Promise<void> {
  await page.addStyleTag({
    content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }`,
  });
}

/**
 * 1.4.12 Text Spacing: text that is cut off. An element whose content is larger than
 * its box while it hides the overflow (or whose text runs past its box) loses text.
 */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.visually-hidden') || !el.innerText?.trim() || el.getClientRects().length === 0) continue;
      const s = getComputedStyle(el);
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      const overX = el.scrollWidth > el.clientWidth + 1 && hides(s.overflowX);
      const overY = el.scrollHeight > el.clientHeight + 1 && hides(s.overflowY);
      const ellipsis = s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
      if ((overX || overY || ellipsis) && el.clientWidth > 0) {
        out.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${el.innerText.trim().slice(0, 40)}": content ${el.scrollWidth}×${el.scrollHeight} in a box of ${el.clientWidth}×${el.clientHeight}`);
      }
    }
    return out;
  });
}

/**
 * 2.4.11 Focus Not Obscured (Minimum): Tab through the page; after each press the focused
 * element must be at least partly visible, not covered entirely by a sticky or fixed bar
 * (or left outside the viewport). Returns the elements that were hidden, and how many
 * elements were visited.
 */
export async function focusHiddenWhileTabbing(page: Page, maxTabs = 80): Promise<{ hidden: string[]; visited: number }> {
  const hidden: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const result = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      if (!el.dataset.wcagSeen) el.dataset.wcagSeen = String(Math.random());
      const id = el.dataset.wcagSeen;
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.innerText ?? '').trim().slice(0, 40)}"`;
      const r = el.getBoundingClientRect();
      const vw = document.documentElement.clientWidth;
      const vh = document.documentElement.clientHeight;
      const xs = [0.1, 0.5, 0.9].map((f) => r.left + f * r.width);
      const ys = [0.1, 0.5, 0.9].map((f) => r.top + f * r.height);
      let shown = false;
      const coverers = new Set<string>();
      for (const x of xs)
        for (const y of ys) {
          if (x < 0 || y < 0 || x >= vw || y >= vh) continue;
          const hit = document.elementFromPoint(x, y);
          if (!hit) continue;
          const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
          if (hit === el || el.contains(hit) || hit.contains(el) || (label && (label === hit || label.contains(hit)))) shown = true;
          else coverers.add(`${hit.tagName.toLowerCase()}.${String(hit.className).split(' ')[0]}`);
        }
      return { id, name, shown, coverers: [...coverers] };
    });
    if (!result) continue;
    if (seen.has(result.id)) break; // went round the whole page
    seen.add(result.id);
    if (!result.shown) hidden.push(`${result.name}${result.coverers.length ? ` under ${result.coverers.join(', ')}` : ' outside the viewport'}`);
  }
  return { hidden, visited: seen.size };
}

/**
 * With prefers-reduced-motion: reduce emulated, the elements that still animate or
 * transition for longer than a blink, or scroll smoothly.
 */
export function motionLeft(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (v: string) => Math.max(0, ...v.split(',').map((p) => (p.trim().endsWith('ms') ? parseFloat(p) / 1000 : parseFloat(p) || 0)));
    const out: string[] = [];
    for (const el of [document.documentElement, ...document.querySelectorAll<HTMLElement>('body, body *')]) {
      const s = getComputedStyle(el);
      const moving = (s.animationName !== 'none' && seconds(s.animationDuration) > 0.05) || (s.transitionProperty !== 'none' && seconds(s.transitionDuration) > 0.05);
      if (moving || s.scrollBehavior === 'smooth') out.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}: animation ${s.animationName} ${s.animationDuration}, transition ${s.transitionProperty} ${s.transitionDuration}, scroll ${s.scrollBehavior}`);
    }
    return out;
  });
}
