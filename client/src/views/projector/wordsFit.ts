/**
 * Whether every word inside the matched elements fits its line whole. Measured with word
 * breaking switched off for a moment: a size at which a word is wider than its column
 * would break it mid-word ("Keukentafelgesp|rek"), so it does not fit. The text's own
 * boxes are compared with the element's content box (scrollWidth misses a word that
 * runs into the padding).
 */
export function wordsFit(root: HTMLElement, selector: string): boolean {
  root.classList.add('words-check');
  try {
    const range = document.createRange();
    return [...root.querySelectorAll<HTMLElement>(selector)].every((el) => {
      const cs = getComputedStyle(el);
      const right = el.getBoundingClientRect().right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.visually-hidden')) continue; // for screen readers only, never on screen
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) if (line.right > right + 0.5) return false;
      }
      return true;
    });
  } finally {
    root.classList.remove('words-check');
  }
}
