import { ApiError } from './ApiError.js';
import { readCappedBytes } from './readCappedBytes.js';

/**
 * Reads the body as UTF-8 text, refusing more than `maxBytes` (413) and anything but JSON (415).
 * The text is returned exactly as received, so a signature can be checked over it.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON with "Content-Type: application/json".');
  }
  const all = await readCappedBytes(request, maxBytes);
  if (!all) {
    throw new ApiError(
      413,
      'BODY_TOO_LARGE',
      `The body is larger than ${maxBytes} bytes; send only the fields of the API.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    throw new ApiError(400, 'INVALID_JSON', 'The body is not valid UTF-8; send JSON text.');
  }
}

/** Parses JSON text into an object, or answers 400 naming the problem. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'INVALID_JSON', 'The body is not valid JSON; send a JSON object.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError(400, 'INVALID_JSON', 'The body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}
