import { buildSignContent, parseSignatureHeader, verifyContent } from '@batchpay/core/signature';
import { readBodyWithLimit } from './readBodyWithLimit.js';

export interface AuthenticateOptions {
  /** The path (and query) as requested: what the merchant must have signed. */
  path: string;
  publicKeyOf: (clientId: string) => string | undefined;
  now: Date;
  maxRequestTimeSkewMs: number;
  maxBodyBytes: number;
  /** The `keyVersion` the signature header must carry ("1" by default). */
  keyVersion: string;
}

export type AuthenticateResult =
  | { ok: true; clientId: string; body: string }
  | { ok: false; code: 'PARAM_ILLEGAL' | 'KEY_NOT_FOUND' | 'INVALID_SIGNATURE'; message: string; clientId?: string };

/** ISO 8601 with an offset, as Antom's Python SDK sends it: `2026-12-03T11:54:48+00:00` (fraction optional). */
const isoRequestTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses `request-time`: epoch milliseconds (what Antom's Java SDK sends) or ISO 8601 with an offset (what Antom's
 * Python SDK sends).
 */
function parseRequestTime(value: string): number | undefined {
  if (/^\d{10,16}$/.test(value)) return Number(value);
  if (!isoRequestTime.test(value)) return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/**
 * Checks what Antom checks before it reads a body: the client, its key, the content type, the size, the
 * `request-time` and the signature over `POST <path>\n<client-id>.<request-time>.<raw body>`.
 */
export async function authenticateRequest(request: Request, options: AuthenticateOptions): Promise<AuthenticateResult> {
  const clientId = request.headers.get('client-id')?.trim();
  if (!clientId) {
    return {
      ok: false,
      code: 'PARAM_ILLEGAL',
      message: 'Header client-id is missing: send the client id the sandbox registered for you.',
    };
  }
  const publicKey = options.publicKeyOf(clientId);
  if (!publicKey) {
    return {
      ok: false,
      code: 'KEY_NOT_FOUND',
      message: `No public key is registered for client-id ${clientId}: register the merchant with the sandbox first.`,
    };
  }
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(contentType.trim())) {
    return {
      ok: false,
      clientId,
      code: 'PARAM_ILLEGAL',
      message: `Header content-type is "${contentType}": send "application/json; charset=UTF-8".`,
    };
  }
  const read = await readBodyWithLimit(request, options.maxBodyBytes);
  if (!read.ok) {
    const message =
      read.problem === 'too-large'
        ? `The body is larger than ${options.maxBodyBytes} bytes: send at most 1 MB.`
        : read.problem === 'not-utf8'
          ? 'The body is not valid UTF-8: encode the JSON as UTF-8.'
          : 'The body could not be read: send the whole JSON body.';
    return { ok: false, clientId, code: 'PARAM_ILLEGAL', message };
  }
  const requestTime = request.headers.get('request-time')?.trim();
  if (!requestTime) {
    return {
      ok: false,
      clientId,
      code: 'PARAM_ILLEGAL',
      message:
        'Header request-time is missing: send the time of the request in epoch milliseconds (or ISO 8601 with an offset).',
    };
  }
  const header = request.headers.get('signature');
  if (!header) {
    return {
      ok: false,
      clientId,
      code: 'INVALID_SIGNATURE',
      message: 'Header signature is missing: send "algorithm=RSA256,keyVersion=1,signature=<url-encoded base64>".',
    };
  }
  const parsed = parseSignatureHeader(header);
  if (parsed?.algorithm !== 'RSA256' || parsed.signature.length === 0) {
    return {
      ok: false,
      clientId,
      code: 'INVALID_SIGNATURE',
      message: 'Header signature is malformed: send "algorithm=RSA256,keyVersion=1,signature=<url-encoded base64>".',
    };
  }
  if (parsed.keyVersion !== options.keyVersion) {
    return {
      ok: false,
      clientId,
      code: 'INVALID_SIGNATURE',
      message: `Header signature has keyVersion=${parsed.keyVersion}, but the key registered for ${clientId} is version ${options.keyVersion}: send keyVersion=${options.keyVersion}.`,
    };
  }
  if (/[+ ]/.test(parsed.signature)) {
    // Antom's SDKs URL-decode the signature with unquote_plus, which reads "+" as a space: a raw Base64 "+" fails there.
    return {
      ok: false,
      clientId,
      code: 'INVALID_SIGNATURE',
      message:
        'Header signature holds a raw "+" (or a space): URL-encode the Base64 signature ("+" as %2B, "/" as %2F, "=" as %3D), as Antom\'s SDKs do.',
    };
  }
  const content = buildSignContent({
    method: 'POST',
    path: options.path,
    clientId,
    time: requestTime,
    body: read.text,
  });
  let valid = false;
  try {
    valid = await verifyContent(content, parsed.signature, publicKey);
  } catch {
    valid = false;
  }
  if (!valid) {
    return {
      ok: false,
      clientId,
      code: 'INVALID_SIGNATURE',
      message: `The signature does not verify: sign "POST ${options.path}\\n${clientId}.<request-time>.<body exactly as sent>" with the private key registered for ${clientId}.`,
    };
  }
  const time = parseRequestTime(requestTime);
  if (time === undefined) {
    return {
      ok: false,
      clientId,
      code: 'PARAM_ILLEGAL',
      message: `Header request-time "${requestTime}" is not a time: send epoch milliseconds such as "1764100000000", or ISO 8601 with an offset such as "2026-12-03T11:54:48+00:00".`,
    };
  }
  const skew = Math.abs(options.now.getTime() - time);
  if (skew > options.maxRequestTimeSkewMs) {
    return {
      ok: false,
      clientId,
      code: 'INVALID_SIGNATURE',
      message: `Header request-time is ${Math.round(skew / 1000)} s away from the gateway clock (at most ${Math.round(options.maxRequestTimeSkewMs / 1000)} s): sign each request with the current time.`,
    };
  }
  return { ok: true, clientId, body: read.text };
}
