/**
 * The merchant backend refused a request (`{ error: { code, message, field? } }`), or could not be reached.
 * `retryable` is true when the same request may be sent again with the same key: no answer, a 5xx, a 409
 * CHECKOUT_IN_PROGRESS or a 429 RATE_LIMITED. `retryAfterMs` is the server's `Retry-After`, when it sent one.
 */
export class BatchPayApiError extends Error {
  declare readonly code: string;
  declare readonly status: number;
  declare readonly field: string | undefined;
  declare readonly retryable: boolean;
  declare readonly retryAfterMs: number | undefined;

  constructor(init: {
    code: string;
    message: string;
    status: number;
    field?: string | undefined;
    retryable: boolean;
    retryAfterMs?: number | undefined;
  }) {
    const { message, code, status, field, retryable, retryAfterMs } = init;
    super(message);
    // Assigned here rather than as class fields: no down-levelling helper in the es2020 bundle.
    Object.assign(this, { name: 'BatchPayApiError', code, status, field, retryable, retryAfterMs });
  }
}
