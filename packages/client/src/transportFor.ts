import type { BatchPayTransport } from './callMerchantApi.js';
import { createFetchTransport } from './createFetchTransport.js';

/**
 * The given `transport`, else one over `fetch` to `apiBaseUrl`; `who` (the API that needs it) is named in the error
 * when there is neither.
 */
export function transportFor(
  who: string,
  { transport, apiBaseUrl }: { transport?: BatchPayTransport | undefined; apiBaseUrl?: unknown },
): BatchPayTransport {
  if (transport) return transport;
  if (typeof apiBaseUrl !== 'string') {
    throw new Error(`${who} needs apiBaseUrl (the merchant backend, e.g. "https://shop.example") or transport`);
  }
  return createFetchTransport(apiBaseUrl);
}
