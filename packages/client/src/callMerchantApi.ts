import { apiErrorFromResponse } from './apiErrorFromResponse.js';
import type { MerchantApiRequest } from './merchantApiRequests.js';
import { parseApiAnswer } from './merchantApiSchemas.js';
import { transportFailure } from './transportFailure.js';

/** One HTTP exchange with the merchant backend, as a client sends it. */
export interface BatchPayTransportRequest {
  method: 'GET' | 'POST';
  /** Path under the API base URL, starting with `/api/`. */
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
}

/** What a transport answers: the HTTP status, the parsed JSON body (`null` when empty) and `Retry-After` in ms. */
export interface BatchPayTransportResponse {
  status: number;
  body: unknown;
  /** The answer's `Retry-After` header in milliseconds (409 and 429 carry one), when there is one. */
  retryAfterMs?: number | undefined;
}

/**
 * Sends a request to the merchant backend. Rejects only when no answer arrived at all (offline, DNS, CORS, abort);
 * an HTTP error status is an answer and resolves. `createFetchTransport` is the default one.
 */
export type BatchPayTransport = (request: BatchPayTransportRequest) => Promise<BatchPayTransportResponse>;

/**
 * Sends one request through the transport and returns the 2xx body. Throws `BatchPayApiError`: retryable for a
 * transport failure (status 0), a 5xx, a 409 CHECKOUT_IN_PROGRESS or a 429; not retryable for another 4xx. An aborted
 * request rejects with its own reason.
 */
export async function requestJson(transport: BatchPayTransport, request: BatchPayTransportRequest): Promise<unknown> {
  let response: BatchPayTransportResponse;
  try {
    response = await transport(request);
  } catch (cause) {
    throw request.signal?.aborted ? cause : transportFailure(cause);
  }
  if (response.status >= 200 && response.status < 300) return response.body;
  throw apiErrorFromResponse(response.status, response.body, response.retryAfterMs);
}

/**
 * Sends one of the requests of `merchantApiRequests.ts` and checks the answer with its schema, so a wrong backend gives a clear
 * INVALID_RESPONSE error instead of a crash.
 */
export async function callMerchantApi<T>(
  transport: BatchPayTransport,
  { schema, ...request }: MerchantApiRequest<T>,
  signal?: AbortSignal,
): Promise<T> {
  const answer = await requestJson(transport, signal ? { ...request, signal } : request);
  return parseApiAnswer(schema, answer, `${request.method} ${request.path}`);
}
