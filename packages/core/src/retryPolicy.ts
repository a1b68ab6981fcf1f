import { BatchPayApiError } from './BatchPayApiError.js';

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

/** The policy with the defaults filled in for what `partial` leaves out. */
export function resolveRetryPolicy(partial: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    retries: partial.retries ?? defaultRetryPolicy.retries,
    baseDelayMs: partial.baseDelayMs ?? defaultRetryPolicy.baseDelayMs,
    maxDelayMs: partial.maxDelayMs ?? defaultRetryPolicy.maxDelayMs,
  };
}

/** Delay before retry number `attempt` (0-based): base · 2^attempt, capped. */
export function retryDelay(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
}

/**
 * Whether a request that failed `failures` times with `error` is sent again: only a retryable `BatchPayApiError`
 * (no answer, 5xx), at most `policy.retries` times. A 4xx is an answer and is never retried.
 */
export function shouldRetryRequest(policy: RetryPolicy, failures: number, error: unknown): boolean {
  return error instanceof BatchPayApiError && error.retryable && failures < policy.retries;
}

/** `retry` and `retryDelay` for a react-query query or mutation (or any retry loop) from a policy. */
export function retryOptions(policy: RetryPolicy): {
  retry: (failures: number, error: unknown) => boolean;
  retryDelay: (attempt: number) => number;
} {
  return {
    retry: (failures, error) => shouldRetryRequest(policy, failures, error),
    retryDelay: (attempt) => retryDelay(policy, attempt),
  };
}
