import { BatchPayApiError } from './BatchPayApiError.js';

/**
 * The error for a non-2xx answer of the merchant backend (`{ error: { code, message, field? } }`, see `ApiErrorBody`).
 * A 5xx is retryable (the same request may be sent again with the same key), a 4xx is not.
 */
export function apiErrorFromResponse(status: number, body: unknown): BatchPayApiError {
  const error =
    typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'object' && body.error
      ? (body.error as { code?: unknown; message?: unknown; field?: unknown })
      : {};
  return new BatchPayApiError({
    code: typeof error.code === 'string' ? error.code : `HTTP_${status}`,
    message:
      typeof error.message === 'string'
        ? error.message
        : `The merchant backend answered HTTP ${status} without an error body`,
    status,
    field: typeof error.field === 'string' ? error.field : undefined,
    retryable: status >= 500,
  });
}
