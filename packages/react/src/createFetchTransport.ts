import { parseResponseBody } from '@batchpay/core';
import type { BatchPayTransport, BatchPayTransportRequest, BatchPayTransportResponse } from './BatchPayTransport.js';

/** A transport over `fetch` to `apiBaseUrl` (for example `https://shop.example` or `/`). */
export function createFetchTransport(apiBaseUrl: string, fetchImpl?: typeof fetch): BatchPayTransport {
  const base = apiBaseUrl.endsWith('/') ? apiBaseUrl.slice(0, -1) : apiBaseUrl;
  return async (request: BatchPayTransportRequest): Promise<BatchPayTransportResponse> => {
    const doFetch = fetchImpl ?? globalThis.fetch;
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    const init: RequestInit = { method: request.method, headers };
    if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(request.body);
    }
    if (request.signal) init.signal = request.signal;
    const response = await doFetch(`${base}${request.path}`, init);
    return { status: response.status, body: parseResponseBody(response.status, await response.text()) };
  };
}
