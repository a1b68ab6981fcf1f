/**
 * The merchant backend refused a request (`{ error: { code, message, field? } }`), or could not be reached.
 * `retryable` is true for transport failures and 5xx answers: the same request may be sent again with the same key.
 */
export class BatchPayApiError extends Error {
  declare readonly code: string;
  declare readonly status: number;
  declare readonly field: string | undefined;
  declare readonly retryable: boolean;

  constructor(init: { code: string; message: string; status: number; field?: string | undefined; retryable: boolean }) {
    super(init.message);
    // Assigned here rather than as class fields: no down-levelling helper in the es2020 bundle.
    Object.assign(this, {
      name: 'BatchPayApiError',
      code: init.code,
      status: init.status,
      field: init.field,
      retryable: init.retryable,
    });
  }
}
