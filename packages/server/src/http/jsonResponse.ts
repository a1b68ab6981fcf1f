import type { ApiError } from './ApiError.js';

/** A JSON response with no caching (every answer here is about live money). */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** The error body of the API: `{ error: { code, message, field? } }`, never a stack trace. */
export function errorResponse(error: ApiError): Response {
  return jsonResponse(
    { error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } },
    error.status,
    error.headers,
  );
}
