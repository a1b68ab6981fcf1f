/** One HTTP exchange with the merchant backend, as the hooks need it. */
export interface BatchPayTransportRequest {
  method: 'GET' | 'POST';
  /** Path under the API base URL, starting with `/api/`. */
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
}

/** What a transport answers: the HTTP status and the parsed JSON body (`null` when there is none). */
export interface BatchPayTransportResponse {
  status: number;
  body: unknown;
}

/**
 * Sends a request to the merchant backend. Rejects only when no answer arrived at all (offline, DNS, CORS, abort);
 * an HTTP error status is an answer and resolves.
 */
export type BatchPayTransport = (request: BatchPayTransportRequest) => Promise<BatchPayTransportResponse>;
