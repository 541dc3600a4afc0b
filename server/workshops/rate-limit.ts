// Fixed-window counters: in memory for one process, in Redis for a cluster (a venue behind
// one NAT is then counted once across nodes).
import type { RedisLink } from '../cluster/redis.js';

export interface RateCounter {
  /** True when the key is still under its limit (and counts this hit). */
  hit(key: string): Promise<boolean>;
  isOver(key: string): Promise<boolean>;
}

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

export class MemoryRateCounter implements RateCounter {
  private readonly counter: WindowCounter;
  constructor(limit: number, windowMs: number) {
    this.counter = new WindowCounter(limit, windowMs);
  }
  hit(key: string): Promise<boolean> {
    return Promise.resolve(this.counter.hit(key));
  }
  isOver(key: string): Promise<boolean> {
    return Promise.resolve(this.counter.isOver(key));
  }
}

/**
 * INCR + PEXPIRE on `<prefix>rl:<name>:<key>`. While Redis is unreachable the node counts
 * in memory instead: limits then hold per node, and joins keep working.
 */
export class RedisRateCounter implements RateCounter {
  private readonly local: WindowCounter;

  constructor(
    private readonly redis: RedisLink,
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    this.local = new WindowCounter(limit, windowMs);
  }

  private key(key: string): string {
    return this.redis.key(`rl:${this.name}:${key}`);
  }

  async hit(key: string): Promise<boolean> {
    try {
      const [[, count]] = (await this.redis.commands.multi().incr(this.key(key)).pexpire(this.key(key), this.windowMs, 'NX').exec()) as [[unknown, number]];
      return count <= this.limit;
    } catch {
      return this.local.hit(key);
    }
  }

  async isOver(key: string): Promise<boolean> {
    try {
      const value = await this.redis.commands.get(this.key(key));
      return Number(value ?? 0) >= this.limit;
    } catch {
      return this.local.isOver(key);
    }
  }
}
