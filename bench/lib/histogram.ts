// A latency histogram that load processes fill and the orchestrator merges: 0.1 ms
// buckets below 2 s, 10 ms buckets from 2 s to 60 s, one bucket above. Percentiles of a
// merged histogram are those of all samples to a bucket's width, without shipping
// hundreds of thousands of samples.
const FINE = 20_000; // 0.1 ms buckets: 0–2 s
const COARSE = 5_800; // 10 ms buckets: 2–60 s
const BUCKETS = FINE + COARSE + 1;

export interface HistogramData {
  /** [bucket, count] for every non-empty bucket. */
  buckets: [number, number][];
  count: number;
}

const bucketOf = (ms: number): number => (ms < 2000 ? Math.floor(Math.max(0, ms) * 10) : Math.min(FINE + Math.floor((ms - 2000) / 10), BUCKETS - 1));
/** A bucket's upper edge in ms: a percentile is never reported lower than a sample in it. */
const upperEdge = (bucket: number): number => (bucket < FINE ? (bucket + 1) / 10 : bucket < BUCKETS - 1 ? 2000 + (bucket - FINE + 1) * 10 : Infinity);

export class Histogram {
  private readonly counts = new Uint32Array(BUCKETS);
  count = 0;

  add(ms: number): void {
    this.count++;
    this.counts[bucketOf(ms)]!++;
  }

  reset(): void {
    this.counts.fill(0);
    this.count = 0;
  }

  data(): HistogramData {
    const buckets: [number, number][] = [];
    for (let i = 0; i < BUCKETS; i++) if (this.counts[i]! > 0) buckets.push([i, this.counts[i]!]);
    return { buckets, count: this.count };
  }
}

/** Nearest-rank percentiles (ms) over merged histograms; `missing` samples count as infinitely late. */
export function mergedPercentiles(parts: readonly HistogramData[], ps: readonly number[], missing = 0): number[] {
  const counts = new Float64Array(BUCKETS);
  let total = missing;
  for (const part of parts) {
    total += part.count;
    for (const [bucket, n] of part.buckets) counts[bucket]! += n;
  }
  return ps.map((p) => {
    if (total === 0) return NaN;
    const rank = Math.max(1, Math.ceil((p / 100) * total));
    let seen = 0;
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      seen += counts[bucket]!;
      if (seen >= rank) return upperEdge(bucket);
    }
    return Infinity;
  });
}
