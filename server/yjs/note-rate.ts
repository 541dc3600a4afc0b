// Notes per participant per minute, as a token bucket. An update that arrives with the
// bucket empty is not refused (that would cost the device its notes) but deferred: the
// connection is closed with the resync code, the client keeps its notes, reconnects
// after its backoff and sends them again. A large offline batch still passes at once,
// leaving the bucket in debt, so a flood is slowed and nothing is lost.

export class NoteRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly refillPerMs: number;

  constructor(private readonly perMinute: number) {
    this.refillPerMs = perMinute / 60_000;
  }

  /** False when this participant must wait before sending `created` new notes. */
  admit(participantId: string, created: number, now = Date.now()): boolean {
    if (created === 0) return true;
    const bucket = this.buckets.get(participantId) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.refillPerMs);
    bucket.at = now;
    this.buckets.set(participantId, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= created;
    if (this.buckets.size > 50_000) this.sweep(now);
    return true;
  }

  private sweep(now: number): void {
    for (const [id, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.refillPerMs >= this.perMinute) this.buckets.delete(id);
    }
  }
}
