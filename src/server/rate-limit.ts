/**
 * Per-client-address token buckets for the public endpoints. In memory, per node: behind a load
 * balancer each node allows its share, which is what a limit against one noisy client needs.
 * Shared state would cost a database round trip per request.
 */
export interface BucketRule {
  /** Requests allowed in a burst. */
  burst: number;
  /** Tokens added per minute. */
  perMinute: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Takes a token; returns 0 when allowed, else the milliseconds until one is available. */
  take(key: string, rule: BucketRule): number {
    const now = this.now();
    const perMs = rule.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: rule.burst, at: now };
    b.tokens = Math.min(rule.burst, b.tokens + (now - b.at) * perMs);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / perMs);
  }

  /** Forgets full buckets, so the map holds only clients seen lately. */
  sweep(rules: readonly BucketRule[]): void {
    const now = this.now();
    const slowest = Math.min(...rules.map((r) => r.perMinute / 60_000));
    const maxBurst = Math.max(...rules.map((r) => r.burst));
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * slowest >= maxBurst) this.buckets.delete(key);
    }
  }
}
