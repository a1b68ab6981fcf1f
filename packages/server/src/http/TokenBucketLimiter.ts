/** One bucket: `burst` tokens at most, refilled at `perSecond`. */
export interface TokenBucketOptions {
  /** Requests a client may make at once. */
  burst: number;
  /** Tokens added per second (0.5 = one request every two seconds, sustained). */
  perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** A per-client token bucket, in memory (one per server instance). */
export class TokenBucketLimiter {
  readonly #options: TokenBucketOptions;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: TokenBucketOptions) {
    if (!(options.burst >= 1) || !(options.perSecond > 0)) {
      throw new Error('rateLimit: `burst` must be at least 1 and `perSecond` above 0.');
    }
    this.#options = options;
  }

  /**
   * The policy as the IETF RateLimit header fields draft writes it (draft-ietf-httpapi-ratelimit-headers):
   * `"checkouts";q=10;w=20`, a quota of `burst` requests per window of `burst / perSecond` seconds.
   */
  policy(name: string): string {
    const { burst, perSecond } = this.#options;
    return `"${name}";q=${burst};w=${Math.max(1, Math.ceil(burst / perSecond))}`;
  }

  /** Takes one token for `client`; when none is left, the seconds until one is (for `Retry-After`). */
  take(client: string, nowMs: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const { burst, perSecond } = this.#options;
    const bucket = this.#buckets.get(client) ?? { tokens: burst, at: nowMs };
    bucket.tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * perSecond);
    bucket.at = nowMs;
    if (this.#buckets.size > 10_000 && !this.#buckets.has(client)) this.#prune(nowMs);
    this.#buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
  }

  #prune(nowMs: number): void {
    const { burst, perSecond } = this.#options;
    for (const [client, bucket] of this.#buckets) {
      if (bucket.tokens + ((nowMs - bucket.at) / 1000) * perSecond >= burst) this.#buckets.delete(client);
    }
  }
}
