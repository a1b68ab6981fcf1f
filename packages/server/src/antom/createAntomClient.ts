import {
  type BatchPayResponse,
  BatchPayResponseSchema,
  formatValidationIssues,
  type InquiryPaymentRequest,
  type InquiryPaymentResponse,
  InquiryPaymentResponseSchema,
  parseSchema,
  type ValidationIssue,
} from '@batchpay/core';
import {
  buildSignContent,
  formatSignatureHeader,
  parseSignatureHeader,
  signContent,
  verifyContent,
} from '@batchpay/core/signature';

export interface AntomClientOptions {
  /** Your client id from the Antom Dashboard; `SANDBOX_...` selects the sandbox path. */
  clientId: string;
  /** Your private key: base64 PKCS#8 (DER), the format the Dashboard tool produces. */
  privateKey: string;
  /** Antom's public key (not yours): base64 SPKI, from the Dashboard. */
  antomPublicKey: string;
  /** Such as `https://open-na-global.alipay.com`, or the local sandbox `http://127.0.0.1:8787`. */
  baseUrl: string;
  /** Use `/ams/sandbox/api/...`. Default: when the client id starts with `SANDBOX_`. */
  sandbox?: boolean;
  /** Per attempt (default 10 000 ms). */
  timeoutMs?: number;
  /** Attempts for transport failures, with the SAME body and request id (default 3). */
  maxAttempts?: number;
  /** First pause between attempts, doubled each time (default 250 ms, at most 2 000 ms). */
  backoffMs?: number;
  keyVersion?: string;
  fetch?: typeof fetch;
  now?: () => number;
}

/**
 * Why a call gave no answer we may act on:
 * - `transport`: no answer (refused, reset, timed out) after every attempt.
 * - `http-status`: an HTTP status other than 200 with no usable Antom result, after every attempt.
 * - `malformed`: the body is not JSON, after every attempt.
 * - `signature`: the answer's signature is wrong or missing where it is required (an unsigned `S`).
 * - `contract`: JSON that does not follow the response schema.
 */
export type AntomCallFailure = 'transport' | 'http-status' | 'malformed' | 'signature' | 'contract';

export type AntomCallResult<T> =
  | { ok: true; body: T; rawBody: string; signed: boolean; attempts: number }
  | { ok: false; failure: AntomCallFailure; message: string; attempts: number };

export interface AntomClient {
  readonly clientId: string;
  /** Antom's public key this client verifies with (notifications are verified with it too). */
  readonly antomPublicKey: string;
  /** The request path actually signed and requested, for an endpoint such as `/v1/payments/batchPay`. */
  pathFor(endpoint: string): string;
  /** Sends `body` (the exact JSON text to sign and send; keep it to resend the same bytes) to batchPay. */
  batchPay(body: string): Promise<AntomCallResult<BatchPayResponse>>;
  inquiryPayment(request: InquiryPaymentRequest): Promise<AntomCallResult<InquiryPaymentResponse>>;
}

type Parser<T> = (input: unknown) => { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

type AttemptResult<T> =
  | AntomCallResult<T>
  | { ok: false; failure: AntomCallFailure; message: string; attempts: number; retry: true };

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.name === 'TimeoutError' ? 'timed out' : error.message}${cause}`;
  }
  return String(error);
}

function resultStatusOf(parsed: unknown): string | undefined {
  if (typeof parsed !== 'object' || parsed === null || !('result' in parsed)) return undefined;
  const result = parsed.result;
  if (typeof result !== 'object' || result === null || !('resultStatus' in result)) return undefined;
  return typeof result.resultStatus === 'string' ? result.resultStatus : undefined;
}

/**
 * A signed client for Antom's API: signs the exact bytes it sends, verifies every answer, retries transport failures
 * with the same body (so the same request id: only the idempotency key tells Antom it is one payment).
 * WebCrypto only, so it also runs on edge runtimes.
 */
export function createAntomClient(options: AntomClientOptions): AntomClient {
  for (const field of ['clientId', 'privateKey', 'antomPublicKey', 'baseUrl'] as const) {
    if (!options[field])
      throw new Error(`createAntomClient: \`${field}\` is missing; pass it from your configuration.`);
  }
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw new Error(
      `createAntomClient: baseUrl "${options.baseUrl}" is not a URL; use e.g. https://open-na-global.alipay.com`,
    );
  }
  const sandbox = options.sandbox ?? options.clientId.startsWith('SANDBOX_');
  const prefix = sandbox ? '/ams/sandbox/api' : '/ams/api';
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const backoffMs = options.backoffMs ?? 250;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? Date.now;
  const basePath = base.pathname.replace(/\/+$/, '');

  function pathFor(endpoint: string): string {
    return `${basePath}${prefix}${endpoint}`;
  }

  async function attempt<T>(path: string, body: string, parse: Parser<T>, attempts: number): Promise<AttemptResult<T>> {
    const time = String(now());
    const signature = await signContent(
      buildSignContent({ method: 'POST', path, clientId: options.clientId, time, body }),
      options.privateKey,
    );
    let response: Response;
    let rawBody: string;
    try {
      response = await doFetch(new URL(path, base.origin), {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=UTF-8',
          'client-id': options.clientId,
          'request-time': time,
          signature: formatSignatureHeader(signature, options.keyVersion),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      rawBody = await response.text();
    } catch (error) {
      return {
        ok: false,
        failure: 'transport',
        message: `no answer from ${path}: ${describe(error)}`,
        attempts,
        retry: true,
      };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch {
      const failure = response.status === 200 ? 'malformed' : 'http-status';
      return {
        ok: false,
        failure,
        message: `${path} answered HTTP ${response.status} with a body that is not JSON`,
        attempts,
        retry: true,
      };
    }
    const status = resultStatusOf(parsed);
    if (response.status !== 200 && status === undefined) {
      return {
        ok: false,
        failure: 'http-status',
        message: `${path} answered HTTP ${response.status}`,
        attempts,
        retry: true,
      };
    }
    const signatureHeader = response.headers.get('signature');
    const responseTime = response.headers.get('response-time');
    let signed = false;
    if (signatureHeader === null && responseTime === null) {
      if (status !== 'F' && status !== 'U') {
        return {
          ok: false,
          failure: 'signature',
          message: `${path} answered resultStatus ${status ?? '(none)'} without a signature; only F or U may be unsigned`,
          attempts,
        };
      }
    } else {
      const parsedHeader = signatureHeader === null ? null : parseSignatureHeader(signatureHeader);
      if (parsedHeader === null || responseTime === null) {
        return {
          ok: false,
          failure: 'signature',
          message: `${path} answered with only one of the signature and response-time headers, or a malformed signature header`,
          attempts,
        };
      }
      const content = buildSignContent({
        method: 'POST',
        path,
        clientId: response.headers.get('client-id') ?? options.clientId,
        time: responseTime,
        body: rawBody,
      });
      if (!(await verifyContent(content, parsedHeader.signature, options.antomPublicKey))) {
        return {
          ok: false,
          failure: 'signature',
          message: `${path} answered with a signature that does not verify with the configured Antom public key`,
          attempts,
        };
      }
      signed = true;
    }
    const checked = parse(parsed);
    if (!checked.ok) {
      return {
        ok: false,
        failure: 'contract',
        message: `${path} answered a body that breaks the contract: ${formatValidationIssues(checked.issues)}`,
        attempts,
      };
    }
    return { ok: true, body: checked.value, rawBody, signed, attempts };
  }

  async function call<T>(endpoint: string, body: string, parse: Parser<T>): Promise<AntomCallResult<T>> {
    const path = pathFor(endpoint);
    let last: AttemptResult<T> | undefined;
    for (let n = 1; n <= maxAttempts; n++) {
      if (n > 1) await delay(Math.min(backoffMs * 2 ** (n - 2), 2_000));
      last = await attempt(path, body, parse, n);
      if (!('retry' in last)) return last;
    }
    if (!last || last.ok) throw new Error('unreachable: no attempt was made');
    return {
      ok: false,
      failure: last.failure,
      message: `${last.message} (after ${maxAttempts} attempts)`,
      attempts: maxAttempts,
    };
  }

  return {
    clientId: options.clientId,
    antomPublicKey: options.antomPublicKey,
    pathFor,
    batchPay: (body) => call('/v1/payments/batchPay', body, (x) => parseSchema(BatchPayResponseSchema, x)),
    inquiryPayment: (request) =>
      call('/v1/payments/inquiryPayment', JSON.stringify(request), (x) => parseSchema(InquiryPaymentResponseSchema, x)),
  };
}
