import type { AbortSignalLike, MerchantApiTransport, MerchantApiTransportRequest } from './callMerchantApi.js';
import { parseResponseBody } from './parseResponseBody.js';

/** What `createHttpTransport` needs of `fetch` (core has no DOM types; a browser passes its own `fetch`). */
export type FetchLike<S extends AbortSignalLike> = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: S },
) => Promise<{ status: number; text(): Promise<string> }>;

/**
 * A transport over a `fetch` to `apiBaseUrl` (for example `https://shop.example` or `/`): JSON in and out, the
 * answer's status and parsed body. `getFetch` is read at each request (a test may install its fetch later).
 */
export function createHttpTransport<S extends AbortSignalLike>(
  apiBaseUrl: string,
  getFetch: () => FetchLike<S>,
): MerchantApiTransport<S> {
  const base = apiBaseUrl.endsWith('/') ? apiBaseUrl.slice(0, -1) : apiBaseUrl;
  return async ({ method, path, headers, body, signal }: MerchantApiTransportRequest<S>) => {
    const init: Parameters<FetchLike<S>>[1] = { method, headers: { accept: 'application/json', ...headers } };
    if (body !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    if (signal) init.signal = signal;
    const response = await getFetch()(base + path, init);
    return { status: response.status, body: parseResponseBody(response.status, await response.text()) };
  };
}
