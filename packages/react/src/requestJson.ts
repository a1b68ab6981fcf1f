import { BatchPayApiError } from './BatchPayApiError.js';
import type { BatchPayTransport, BatchPayTransportRequest } from './BatchPayTransport.js';

function errorFromBody(status: number, body: unknown): BatchPayApiError {
  const error =
    typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'object' && body.error
      ? (body.error as { code?: unknown; message?: unknown; field?: unknown })
      : {};
  const code = typeof error.code === 'string' ? error.code : `HTTP_${status}`;
  const message =
    typeof error.message === 'string'
      ? error.message
      : `The merchant backend answered HTTP ${status} without an error body`;
  const field = typeof error.field === 'string' ? error.field : undefined;
  return new BatchPayApiError({ code, message, status, field, retryable: status >= 500 });
}

/**
 * Sends one request through the transport and returns the 2xx body. Throws `BatchPayApiError`: retryable for a
 * transport failure (status 0) or a 5xx, not retryable for a 4xx.
 */
export async function requestJson(transport: BatchPayTransport, request: BatchPayTransportRequest): Promise<unknown> {
  let response: Awaited<ReturnType<BatchPayTransport>>;
  try {
    response = await transport(request);
  } catch (cause) {
    if (request.signal?.aborted) throw cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new BatchPayApiError({
      code: 'TRANSPORT_ERROR',
      message: `The merchant backend could not be reached (${reason}); check the connection and apiBaseUrl`,
      status: 0,
      retryable: true,
    });
  }
  if (response.status >= 200 && response.status < 300) return response.body;
  throw errorFromBody(response.status, response.body);
}
