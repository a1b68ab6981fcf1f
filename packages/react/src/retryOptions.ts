import { type RetryPolicy, retryDelay, shouldRetryRequest } from '@batchpay/client';

/** `retry` and `retryDelay` for a react-query query from the client's policy (a `Retry-After` is honoured). */
export function retryOptions(policy: RetryPolicy): {
  retry: (failures: number, error: unknown) => boolean;
  retryDelay: (attempt: number, error: unknown) => number;
} {
  return {
    retry: (failures, error) => shouldRetryRequest(policy, failures, error),
    retryDelay: (attempt, error) => retryDelay(policy, attempt, error),
  };
}
