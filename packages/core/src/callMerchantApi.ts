import { apiErrorFromResponse } from './apiErrorFromResponse.js';
import { parseApiAnswer } from './checkoutApiSchemas.js';
import type { MerchantApiRequest } from './merchantApiRequests.js';
import { transportFailure } from './transportFailure.js';

/** What a client's abort signal must offer here (core has no DOM types; a browser passes its `AbortSignal`). */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

/** One HTTP exchange with the merchant backend, as a client sends it. */
export interface MerchantApiTransportRequest<S extends AbortSignalLike = AbortSignalLike> {
  method: 'GET' | 'POST';
  /** Path under the API base URL, starting with `/api/`. */
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: S;
}

/**
 * Sends a request to the merchant backend and answers the HTTP status and the parsed JSON body. Rejects only when no
 * answer arrived at all (offline, DNS, CORS, abort); an HTTP error status is an answer and resolves.
 */
export type MerchantApiTransport<S extends AbortSignalLike = AbortSignalLike> = (
  request: MerchantApiTransportRequest<S>,
) => Promise<{ status: number; body: unknown }>;

/**
 * Sends one request through the transport and returns the 2xx body. Throws `BatchPayApiError`: retryable for a
 * transport failure (status 0) or a 5xx, not retryable for a 4xx. An aborted request rejects with its own reason.
 */
export async function requestJson<S extends AbortSignalLike>(
  transport: MerchantApiTransport<S>,
  request: MerchantApiTransportRequest<S>,
): Promise<unknown> {
  let response: Awaited<ReturnType<MerchantApiTransport<S>>>;
  try {
    response = await transport(request);
  } catch (cause) {
    throw request.signal?.aborted ? cause : transportFailure(cause);
  }
  if (response.status >= 200 && response.status < 300) return response.body;
  throw apiErrorFromResponse(response.status, response.body);
}

/**
 * Sends one of `merchantApiRequests` and checks the answer with its schema, so a wrong backend gives a clear
 * INVALID_RESPONSE error instead of a crash.
 */
export async function callMerchantApi<T, S extends AbortSignalLike>(
  transport: MerchantApiTransport<S>,
  { schema, ...request }: MerchantApiRequest<T>,
  signal?: S,
): Promise<T> {
  const answer = await requestJson(transport, signal ? { ...request, signal } : request);
  return parseApiAnswer(schema, answer, `${request.method} ${request.path}`);
}
