import { type MerchantApiRequest, parseApiAnswer } from '@batchpay/core';
import type { BatchPayTransport } from './BatchPayTransport.js';
import { requestJson } from './requestJson.js';

/**
 * Sends one of core's `merchantApiRequests` and checks the answer with its schema, so a wrong backend gives a clear
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
