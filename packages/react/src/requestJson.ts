import { apiErrorFromResponse, transportFailure } from '@batchpay/core';
import type { BatchPayTransport, BatchPayTransportRequest } from './BatchPayTransport.js';

/**
 * Sends one request through the transport and returns the 2xx body. Throws `BatchPayApiError`: retryable for a
 * transport failure (status 0) or a 5xx, not retryable for a 4xx.
 */
export async function requestJson(transport: BatchPayTransport, request: BatchPayTransportRequest): Promise<unknown> {
  let response: Awaited<ReturnType<BatchPayTransport>>;
  try {
    response = await transport(request);
  } catch (cause) {
    throw request.signal?.aborted ? cause : transportFailure(cause);
  }
  if (response.status >= 200 && response.status < 300) return response.body;
  throw apiErrorFromResponse(response.status, response.body);
}
