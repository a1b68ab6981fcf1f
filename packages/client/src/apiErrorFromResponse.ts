import { BatchPayApiError } from './BatchPayApiError.js';

/** Answers that mean "the same request, later": another request with this key is running, or too many requests. */
const comeBackLater = new Set([409, 429]);

/**
 * The error for a non-2xx answer of the merchant backend (`{ error: { code, message, field? } }`, see `ApiErrorBody`).
 * A 5xx is retryable (the same request may be sent again with the same key), and so are 409 CHECKOUT_IN_PROGRESS and
 * 429 RATE_LIMITED, after the `Retry-After` they carry (`retryAfterMs`). Any other 4xx is not.
 */
export function apiErrorFromResponse(status: number, body: unknown, retryAfterMs?: number): BatchPayApiError {
  const error =
    typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'object' && body.error
      ? (body.error as { code?: unknown; message?: unknown; field?: unknown })
      : {};
  const code = typeof error.code === 'string' ? error.code : `HTTP_${status}`;
  const later = comeBackLater.has(status) && (status === 429 || code === 'CHECKOUT_IN_PROGRESS');
  return new BatchPayApiError({
    code,
    message:
      typeof error.message === 'string'
        ? error.message
        : `The merchant backend answered HTTP ${status} without an error body`,
    status,
    field: typeof error.field === 'string' ? error.field : undefined,
    retryable: status >= 500 || later,
    retryAfterMs: later ? retryAfterMs : undefined,
  });
}
