import { buildSignContent, parseSignatureHeader, verifyContent } from '@batchpay/core/signature';
import { readBodyWithLimit } from './readBodyWithLimit.js';

export interface AuthenticateOptions {
  /** The path (and query) as requested: what the merchant must have signed. */
  path: string;
  publicKeyOf: (clientId: string) => string | undefined;
  now: Date;
  maxRequestTimeSkewMs: number;
  maxBodyBytes: number;
}

export type AuthenticateResult =
  | { ok: true; clientId: string; body: string }
  | { ok: false; code: 'PARAM_ILLEGAL' | 'KEY_NOT_FOUND' | 'INVALID_SIGNATURE'; message: string; clientId?: string };

/** Parses `request-time`: epoch milliseconds (what the SDKs send) or ISO 8601 (older docs). */
function parseRequestTime(value: string): number | undefined {
  if (/^\d{10,16}$/.test(value)) return Number(value);
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
      message: 'Header request-time is missing: send the time of the request in epoch milliseconds.',
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
      message: `Header request-time "${requestTime}" is not a time: send epoch milliseconds such as "1764100000000".`,
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
