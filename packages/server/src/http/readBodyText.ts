import { ApiError } from './ApiError.js';

/**
 * Reads the body as UTF-8 text, refusing more than `maxBytes` (413) and anything but JSON (415).
 * The text is returned exactly as received, so a signature can be checked over it.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON with "Content-Type: application/json".');
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    throw new ApiError(
      413,
      'BODY_TOO_LARGE',
      `The body is larger than ${maxBytes} bytes; send only the fields of the API.`,
    );
  }
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new ApiError(
        413,
        'BODY_TOO_LARGE',
        `The body is larger than ${maxBytes} bytes; send only the fields of the API.`,
      );
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
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
