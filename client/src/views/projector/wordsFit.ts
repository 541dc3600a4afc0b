/**
 * Whether every word inside the matched elements fits its line whole. Measured with word
 * breaking switched off for a moment (two reflows): a size at which a word is wider than
 * its column would break it mid-word ("Keukentafelgesp|rek"), so it does not fit.
 */
export function wordsFit(root: HTMLElement, selector: string): boolean {
  root.classList.add('words-check');
  const fit = [...root.querySelectorAll<HTMLElement>(selector)].every((x) => x.scrollWidth <= x.clientWidth + 1);
  root.classList.remove('words-check');
  return fit;
}
