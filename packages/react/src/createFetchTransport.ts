import { createHttpTransport } from '@batchpay/core';
import type { BatchPayTransport } from './BatchPayTransport.js';

/** A transport over `fetch` to `apiBaseUrl` (for example `https://shop.example` or `/`). */
export function createFetchTransport(apiBaseUrl: string, fetchImpl?: typeof fetch): BatchPayTransport {
  return createHttpTransport<AbortSignal>(apiBaseUrl, () => fetchImpl ?? fetch);
}
