import type { BatchPayTransport, BatchPayTransportRequest } from './callMerchantApi.js';
import { parseResponseBody } from './parseResponseBody.js';

/** What `createFetchTransport` needs of `fetch`. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{ status: number; headers?: { get(name: string): string | null }; text(): Promise<string> }>;

/** `Retry-After` in milliseconds: delay-seconds, or an HTTP date (relative to `now`); undefined when absent or bad. */
export function retryAfterMs(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * A transport over `fetch` to `apiBaseUrl` (for example `https://shop.example` or `/`): JSON in and out, the answer's
 * status, parsed body and `Retry-After`. `fetchImpl` defaults to the global `fetch`, read at each request (a test
 * may install its own later).
 */
export function createFetchTransport(apiBaseUrl: string, fetchImpl?: FetchLike): BatchPayTransport {
  const base = apiBaseUrl.endsWith('/') ? apiBaseUrl.slice(0, -1) : apiBaseUrl;
  return async ({ method, path, headers, body, signal }: BatchPayTransportRequest) => {
    const init: Parameters<FetchLike>[1] = { method, headers: { accept: 'application/json', ...headers } };
    if (body !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    if (signal) init.signal = signal;
    const response = await (fetchImpl ?? (fetch as FetchLike))(base + path, init);
    return {
      status: response.status,
      body: parseResponseBody(response.status, await response.text()),
      retryAfterMs: retryAfterMs(response.headers?.get('retry-after')),
    };
  };
}
