/**
 * The merchant backend refused a request (`{ error: { code, message, field? } }`), or could not be reached.
 * `retryable` is true for transport failures and 5xx answers: the same request may be sent again with the same key.
 */
export class BatchPayApiError extends Error {
  override readonly name = 'BatchPayApiError';
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;
  readonly retryable: boolean;

  constructor(init: { code: string; message: string; status: number; field?: string | undefined; retryable: boolean }) {
    super(init.message);
    this.code = init.code;
    this.status = init.status;
    this.field = init.field;
    this.retryable = init.retryable;
  }
}
