/**
 * The JSON body of an HTTP answer from its text: `null` when empty, and for a body that is not JSON (an HTML login
 * page, a proxy error) an `ApiErrorBody` with code INVALID_JSON, so the caller reports it instead of crashing.
 */
export function parseResponseBody(status: number, text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return { error: { code: 'INVALID_JSON', message: `The backend answered ${status} without JSON` } };
  }
}
