// A latency histogram that load processes fill and the orchestrator merges: 0.1 ms
// buckets up to 2 s, exact values above. Percentiles of a merged histogram are those of
// all samples to 0.1 ms, without shipping hundreds of thousands of samples.
const BUCKETS = 20_000;
const PER_MS = 10;

export interface HistogramData {
  /** [bucket, count] for every non-empty bucket. */
  buckets: [number, number][];
  /** Samples of 2 s and more, as measured. */
  over: number[];
  count: number;
}

export class Histogram {
  private readonly counts = new Uint32Array(BUCKETS);
  private over: number[] = [];
  count = 0;

  add(ms: number): void {
    this.count++;
    const bucket = Math.floor(Math.max(0, ms) * PER_MS);
    if (bucket < BUCKETS) this.counts[bucket]!++;
    else this.over.push(ms);
  }

  reset(): void {
    this.counts.fill(0);
    this.over = [];
    this.count = 0;
  }

  data(): HistogramData {
    const buckets: [number, number][] = [];
    for (let i = 0; i < BUCKETS; i++) if (this.counts[i]! > 0) buckets.push([i, this.counts[i]!]);
    return { buckets, over: this.over, count: this.count };
  }
}

/** Nearest-rank percentiles (ms) over merged histograms; `missing` samples count as infinitely late. */
export function mergedPercentiles(parts: readonly HistogramData[], ps: readonly number[], missing = 0): number[] {
  const counts = new Map<number, number>();
  const over: number[] = [];
  let total = missing;
  for (const part of parts) {
    total += part.count;
    for (const [bucket, n] of part.buckets) counts.set(bucket, (counts.get(bucket) ?? 0) + n);
    over.push(...part.over);
  }
  over.sort((a, b) => a - b);
  const order = [...counts.keys()].sort((a, b) => a - b);
  return ps.map((p) => {
    if (total === 0) return NaN;
    const rank = Math.max(1, Math.ceil((p / 100) * total));
    let seen = 0;
    for (const bucket of order) {
      seen += counts.get(bucket)!;
      // The bucket's upper edge: a percentile is never reported lower than a sample in it.
      if (seen >= rank) return (bucket + 1) / PER_MS;
    }
    for (const v of over) if (++seen >= rank) return v;
    return Infinity;
  });
}
