import { BatchPayApiError } from './BatchPayApiError.js';

/** How failed requests (offline, 5xx, 409 in progress, 429) are sent again: same request, same key, growing delay. */
export interface RetryPolicy {
  /** Retries after the first try (default 3). */
  retries: number;
  /** Delay before the first retry, doubled each time (default 500 ms). */
  baseDelayMs: number;
  /** Upper bound of one delay (default 8 s); a server's `Retry-After` may ask for longer, up to 60 s. */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 3, baseDelayMs: 500, maxDelayMs: 8000 };

/** The longest `Retry-After` honoured; a longer one ends the retries (the buyer can try again). */
export const maxRetryAfterMs = 60_000;

/** The policy with the defaults filled in for what `partial` leaves out. */
export function resolveRetryPolicy(partial: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    retries: partial.retries ?? defaultRetryPolicy.retries,
    baseDelayMs: partial.baseDelayMs ?? defaultRetryPolicy.baseDelayMs,
    maxDelayMs: partial.maxDelayMs ?? defaultRetryPolicy.maxDelayMs,
  };
}

/**
 * Delay before retry number `attempt` (0-based): base · 2^attempt, capped; at least the server's `Retry-After` when
 * the error carries one (409 CHECKOUT_IN_PROGRESS, 429 RATE_LIMITED).
 */
export function retryDelay(policy: RetryPolicy, attempt: number, error?: unknown): number {
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  const asked = error instanceof BatchPayApiError ? error.retryAfterMs : undefined;
  return asked === undefined ? backoff : Math.max(backoff, asked);
}

/**
 * Whether a request that failed `failures` times with `error` is sent again: only a retryable `BatchPayApiError`
 * (no answer, 5xx, 409 in progress, 429), at most `policy.retries` times, and not when the server asks to wait
 * longer than `maxRetryAfterMs`. Any other 4xx is an answer and is never retried.
 */
export function shouldRetryRequest(policy: RetryPolicy, failures: number, error: unknown): boolean {
  if (!(error instanceof BatchPayApiError) || !error.retryable || failures >= policy.retries) return false;
  return (error.retryAfterMs ?? 0) <= maxRetryAfterMs;
}
