// Fixed-window counters. Small and in-memory on purpose: a second server instance
// behind a load balancer would move these to Redis, with the same interface.
export class WindowCounter {
  private readonly counts = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** True when the key is still under its limit (and counts this hit). */
  hit(key: string, now = Date.now()): boolean {
    const entry = this.counts.get(key);
    if (!entry || entry.resetAt <= now) {
      if (this.counts.size > 10_000) this.sweep(now);
      this.counts.set(key, { count: 1, resetAt: now + this.windowMs });
      return this.limit >= 1;
    }
    entry.count += 1;
    return entry.count <= this.limit;
  }

  isOver(key: string, now = Date.now()): boolean {
    const entry = this.counts.get(key);
    return !!entry && entry.resetAt > now && entry.count >= this.limit;
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.counts) if (entry.resetAt <= now) this.counts.delete(key);
  }
}
