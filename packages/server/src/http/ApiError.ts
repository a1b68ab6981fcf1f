/** A client mistake (or a known refusal) answered as `{ error: { code, message, field? } }` with a 4xx status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** Extra response headers, such as `Retry-After` on 409 CHECKOUT_IN_PROGRESS and 429 RATE_LIMITED. */
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, field?: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.headers = headers;
  }
}
