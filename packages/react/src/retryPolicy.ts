/** How transport failures (offline, 5xx) are retried: same request, same idempotency key, growing delay. */
export interface RetryPolicy {
  /** Retries after the first try (default 3). */
  retries: number;
  /** Delay before the first retry, doubled each time (default 500 ms). */
  baseDelayMs: number;
  /** Upper bound of one delay (default 8 s). */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 3, baseDelayMs: 500, maxDelayMs: 8000 };

/** Delay before retry number `attempt` (0-based): base · 2^attempt, capped. */
export function retryDelay(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
}
