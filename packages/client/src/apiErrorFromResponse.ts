import { BatchPayApiError } from './BatchPayApiError.js';

/**
 * The error for a non-2xx answer of the merchant backend (`{ error: { code, message, field? } }`, see `ApiErrorBody`).
 * A 5xx is retryable (the same request may be sent again with the same key), and so are 409 CHECKOUT_IN_PROGRESS and
 * 429 RATE_LIMITED, after the `Retry-After` they carry (`retryAfterMs`). Any other 4xx is not.
 */
export function apiErrorFromResponse(status: number, body: unknown, retryAfterMs?: number): BatchPayApiError {
  const given = (body as { error?: unknown } | null | undefined)?.error;
  const error: { code?: unknown; message?: unknown; field?: unknown } =
    typeof given === 'object' && given !== null ? given : {};
  const code = typeof error.code === 'string' ? error.code : `HTTP_${status}`;
  // "The same request, later": too many requests, or another request with this key is running.
  const later = status === 429 || (status === 409 && code === 'CHECKOUT_IN_PROGRESS');
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
