// Average-linkage agglomerative clustering that decides the number of clusters itself:
// merging stops when the closest two clusters are on average less similar than the
// threshold. Built with the nearest-neighbour chain (O(n²) time, fine for 1,000 notes);
// average linkage is reducible, so cutting the full tree at the threshold gives the same
// clusters as stopping early.

/** Clusters of indices 0..n-1, each sorted, largest first. `sim` is symmetric, n×n. */
export function clusterByThreshold(sim: Float64Array, n: number, threshold: number): number[][] {
  if (n === 0) return [];
  const s = Float64Array.from(sim); // cluster-to-cluster average similarity, updated in place
  const at = (i: number, j: number): number => s[i * n + j] ?? 0;
  const size = new Float64Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const merges: { a: number; b: number; sim: number }[] = [];
  const chain: number[] = [];
  let remaining = n;
  while (remaining > 1) {
    if (chain.length === 0) chain.push(active.indexOf(1));
    const top = chain[chain.length - 1] ?? 0;
    const prev = chain.length > 1 ? (chain[chain.length - 2] ?? -1) : -1;
    let best = prev;
    let bestSim = prev >= 0 ? at(top, prev) : -Infinity;
    for (let j = 0; j < n; j++) {
      if (!active[j] || j === top) continue;
      const v = at(top, j);
      if (v > bestSim) [best, bestSim] = [j, v];
    }
    if (best !== prev) {
      chain.push(best);
      continue;
    }
    chain.length -= 2;
    merges.push({ a: top, b: prev, sim: bestSim });
    // Lance–Williams for average linkage; the merged cluster keeps index `prev`
    const [st, sp] = [size[top] ?? 1, size[prev] ?? 1];
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === top || k === prev) continue;
      const v = (st * at(top, k) + sp * at(prev, k)) / (st + sp);
      s[prev * n + k] = v;
      s[k * n + prev] = v;
    }
    size[prev] = st + sp;
    active[top] = 0;
    remaining--;
  }
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  for (const m of merges) if (m.sim >= threshold) parent[find(m.a)] = find(m.b);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  }
  return [...groups.values()].sort((x, y) => y.length - x.length || (x[0] ?? 0) - (y[0] ?? 0));
}
