/** How `GET /api/checkouts/:id` is polled until a final status. */
export interface StatusPollingOptions {
  /** First wait between two polls (default 1000 ms); each next wait is `backoffFactor` times longer. */
  initialIntervalMs?: number | undefined;
  /** Longest wait between two polls (default 15 s). */
  maxIntervalMs?: number | undefined;
  /** Growth of the wait (default 1.5). */
  backoffFactor?: number | undefined;
}

/**
 * The wait before the next status poll, after `polls` answers that were not final (0 for the wait after the first
 * answer): initial · factor^polls, rounded, capped at the maximum.
 */
export function statusPollDelay(polls: number, options: StatusPollingOptions = {}): number {
  const { initialIntervalMs = 1000, maxIntervalMs = 15_000, backoffFactor = 1.5 } = options;
  return Math.min(maxIntervalMs, Math.round(initialIntervalMs * backoffFactor ** Math.max(0, polls)));
}
