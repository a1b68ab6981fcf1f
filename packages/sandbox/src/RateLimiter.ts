/** A sliding-window request counter per client id (the handlers count authenticated requests only). */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly limit: { requests: number; perMs: number } | undefined) {}

  /** Counts one request; false when the client is over its limit in the current window. */
  allow(key: string, nowMs: number): boolean {
    if (!this.limit) return true;
    const since = nowMs - this.limit.perMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit.requests) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(nowMs);
    this.hits.set(key, recent);
    return true;
  }

  /** The REQUEST_TRAFFIC_EXCEED_LIMIT message: the limit and what to do. */
  refusal(key: string): string {
    return `More than ${this.limit?.requests} requests in ${this.limit?.perMs} ms from ${key}: slow down and call again.`;
  }
}
