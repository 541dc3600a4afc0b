// Agreement between suggested clusters and hand labels, for the theme-suggestion
// evaluation (bench/suggest-eval.ts).

/** Adjusted Rand index (Hubert & Arabie) of two labelings of the same items. */
export function adjustedRandIndex(truth: readonly string[], predicted: readonly string[]): number {
  const n = truth.length;
  if (n < 2) return 1;
  const table = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const a = truth[i] ?? '';
    const b = predicted[i] ?? '';
    table.set(`${a}\u0000${b}`, (table.get(`${a}\u0000${b}`) ?? 0) + 1);
    rows.set(a, (rows.get(a) ?? 0) + 1);
    cols.set(b, (cols.get(b) ?? 0) + 1);
  }
  const pairs = (k: number) => (k * (k - 1)) / 2;
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, k) => s + pairs(k), 0);
  const index = sum(table);
  const [a, b] = [sum(rows), sum(cols)];
  const expected = (a * b) / pairs(n);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/**
 * Share of notes placed with the majority of their hand theme: for each hand theme, the
 * suggested theme holding most of its notes; notes in that suggested theme count. A note
 * left unplaced never counts.
 */
export function majorityShare(truth: readonly string[], predicted: readonly (string | null)[]): number {
  const byTheme = new Map<string, Map<string, number>>();
  truth.forEach((t, i) => {
    const p = predicted[i];
    const counts = byTheme.get(t) ?? new Map<string, number>();
    if (p !== null && p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
    byTheme.set(t, counts);
  });
  let placed = 0;
  for (const counts of byTheme.values()) placed += Math.max(0, ...counts.values());
  return truth.length === 0 ? 1 : placed / truth.length;
}
