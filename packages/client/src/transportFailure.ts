import { BatchPayApiError } from './BatchPayApiError.js';

/** The retryable error for a request that got no answer at all (offline, DNS, CORS): status 0, TRANSPORT_ERROR. */
export function transportFailure(cause: unknown): BatchPayApiError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new BatchPayApiError({
    code: 'TRANSPORT_ERROR',
    message: `The merchant backend could not be reached (${reason}); check the connection and apiBaseUrl`,
    status: 0,
    retryable: true,
  });
}
