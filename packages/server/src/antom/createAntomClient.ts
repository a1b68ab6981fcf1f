import {
  type Amount,
  amountsEqual,
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
  parseRsaPrivateKey,
  parseRsaPublicKey,
  parseSignatureHeader,
  RsaKeyError,
  rsaKeysMatch,
} from '@batchpay/core/signature';
import { readCappedBytes } from '../http/readCappedBytes.js';
import { type AntomSigner, webCryptoSigner } from './AntomSigner.js';
import { type AntomRegion, antomEndpoints } from './antomEndpoints.js';
import { callAgainCodes } from './callAgainCodes.js';
import { parseGatewayTime } from './parseGatewayTime.js';

export interface AntomClientOptions {
  /** Your client id from the Antom Dashboard; `SANDBOX_...` selects the sandbox path. */
  clientId: string;
  /**
   * Your private key, as you hold it: PEM (`-----BEGIN PRIVATE KEY-----` PKCS#8 or `-----BEGIN RSA PRIVATE KEY-----`
   * PKCS#1) or bare Base64 of either (the Dashboard tool's output). Parsed when the client is created.
   */
  privateKey: string;
  /** Antom's public key (not yours), from the Dashboard: PEM or Base64, SPKI or PKCS#1. Parsed when created. */
  antomPublicKey: string;
  /**
   * The public key you uploaded to Antom (optional): `checkKeys()` then proves that `privateKey` belongs to it, so a
   * mismatched pair is found at start-up, not as INVALID_SIGNATURE at the first payment.
   */
  merchantPublicKey?: string | undefined;
  /**
   * Antom's gateway by name: `north-america` (open-na-global.alipay.com), `asia` (open-sea-global.alipay.com) or
   * `europe` (open-de-global.alipay.com). Give this or `baseUrl`.
   */
  region?: AntomRegion | undefined;
  /**
   * Such as `https://open-na-global.alipay.com`, or the local sandbox `http://127.0.0.1:8787`. Must be `https:`
   * except on loopback (127.0.0.0/8, ::1, localhost): a plain-HTTP gateway could be anyone on the path. Give this or
   * `region`.
   */
  baseUrl?: string | undefined;
  /** Use `/ams/sandbox/api/...`. Default: when the client id starts with `SANDBOX_`. */
  sandbox?: boolean;
  /** Per attempt (default 10 000 ms). */
  timeoutMs?: number;
  /** Attempts for transport failures, with the SAME body and request id (default 3). */
  maxAttempts?: number;
  /** First pause between attempts, doubled each time (default 250 ms, at most 2 000 ms). */
  backoffMs?: number;
  /**
   * Extra attempts, with the SAME body and request id and the same backoff, when Antom answers a "call the
   * interface again" code (REQUEST_TRAFFIC_EXCEED_LIMIT, UNKNOWN_EXCEPTION) (default 3).
   */
  callAgainAttempts?: number;
  /**
   * How far an answer's `response-time` may lie from our clock, either way (default 300 000 ms = 5 minutes).
   * A signed answer outside it is a replay of an older answer and is refused.
   */
  responseTimeWindowMs?: number;
  /** Largest answer body read (default 1 MiB); a larger one is a gateway fault, read no further. */
  maxResponseBytes?: number;
  /** The version of YOUR key, sent in the request signature header (default 1). */
  keyVersion?: string;
  /**
   * The version of Antom's key that signs notifications (the signature header's `keyVersion`, default 1). A
   * notification signed with another version is refused; after Antom rotates its key, set the new key and version.
   */
  antomKeyVersion?: string | number | undefined;
  fetch?: typeof fetch;
  now?: () => number;
  /**
   * The RSA signing and verifying (default `webCryptoSigner`, for every runtime). On Node pass `nodeCryptoSigner`
   * from `@batchpay/server/node`: same signatures, less CPU per call.
   */
  signer?: AntomSigner | undefined;
}

/**
 * Why a call gave no answer we may act on:
 * - `transport`: no answer (refused, reset, timed out) after every attempt.
 * - `http-status`: an HTTP status other than 200 with no usable Antom result, after every attempt.
 * - `malformed`: the body is not JSON, after every attempt.
 * - `signature`: the answer's signature is wrong, or missing where it is required: every answer that carries URLs,
 *   an `appIdentifier`, `orderSummaries`, `paymentData`, a payment status or id, or `resultStatus` S. Only a bare
 *   F or U may come unsigned (as Antom's SDKs allow).
 * - `unbound`: a signed answer that is not about our request: another client id, a `response-time` outside the
 *   window, another batchPaymentRequestId, an order we did not send, another amount, another paymentId.
 * - `contract`: JSON that does not follow the response schema.
 * `signature`, `unbound` and `contract` are gateway faults: act on nothing in the answer.
 */
export type AntomCallFailure = 'transport' | 'http-status' | 'malformed' | 'signature' | 'unbound' | 'contract';

/** What an inquiry answer must match, besides the id it was asked by. */
export interface InquiryExpectation {
  /** The amount of the order (by paymentId) or of the whole batch (by paymentRequestId). */
  paymentAmount: Amount;
}

export type AntomCallResult<T> =
  | { ok: true; body: T; rawBody: string; signed: boolean; attempts: number }
  | { ok: false; failure: AntomCallFailure; message: string; attempts: number };

export interface AntomClient {
  readonly clientId: string;
  /** Antom's public key this client verifies with, as SPKI Base64 (notifications are verified with it too). */
  readonly antomPublicKey: string;
  /** The `keyVersion` a notification's signature header must carry. */
  readonly antomKeyVersion: string;
  /** The gateway origin and path this client calls, such as `https://open-sea-global.alipay.com`. */
  readonly baseUrl: string;
  /**
   * Proves the keys at start-up: `privateKey` signs a probe that `merchantPublicKey` verifies (when given), and
   * `antomPublicKey` is not the public key of your own private key. Rejects with an Error naming the option and the
   * fix. Call it before serving; `apps/server` refuses to start when it rejects.
   */
  checkKeys(): Promise<void>;
  /** The request path actually signed and requested, for an endpoint such as `/v1/payments/batchPay`. */
  pathFor(endpoint: string): string;
  /**
   * Sends `body` (the exact JSON text to sign and send; keep it to resend the same bytes) to batchPay. The answer is
   * checked against that body: its batchPaymentRequestId, each order id and each amount.
   */
  batchPay(body: string): Promise<AntomCallResult<BatchPayResponse>>;
  /** Asks Antom about one payment; the answer must name the same paymentId (or paymentRequestId) and amount. */
  inquiryPayment(
    request: InquiryPaymentRequest,
    expected?: InquiryExpectation,
  ): Promise<AntomCallResult<InquiryPaymentResponse>>;
}

/** Fields that only a signed answer may carry (they redirect the buyer or state a payment). */
const signedOnlyFields = [
  'normalUrl',
  'applinkUrl',
  'schemeUrl',
  'appIdentifier',
  'orderSummaries',
  'paymentData',
  'orderCodeForm',
  'redirectActionForm',
  'paymentResultInfo',
  'paymentStatus',
  'paymentId',
  'paymentAmount',
  'paymentTime',
] as const;

type Parser<T> = (input: unknown) => { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };
/** Checks a verified, parsed answer against our request: a message when it is not about it. */
type Binder<T> = (body: T) => string | undefined;

type AttemptResult<T> =
  | AntomCallResult<T>
  | { ok: false; failure: AntomCallFailure; message: string; attempts: number; retry: true }
  | { ok: true; body: T; rawBody: string; signed: boolean; attempts: number; callAgain: true };

const loopbackHosts = new Set(['localhost', '[::1]', '::1']);

function isLoopback(hostname: string): boolean {
  return loopbackHosts.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** What our batchPay body says, for checking the answer against it. */
interface SentBatch {
  batchPaymentRequestId: string | undefined;
  orders: Map<string, Amount>;
}

function sentBatchOf(body: string): SentBatch {
  const sent: SentBatch = { batchPaymentRequestId: undefined, orders: new Map() };
  try {
    const request = asRecord(JSON.parse(body));
    if (typeof request?.batchPaymentRequestId === 'string') sent.batchPaymentRequestId = request.batchPaymentRequestId;
    const list = Array.isArray(request?.orderList) ? request.orderList : [];
    for (const item of list) {
      const order = asRecord(item);
      const amount = asRecord(order?.orderAmount);
      if (typeof order?.referenceOrderId === 'string' && amount)
        sent.orders.set(order.referenceOrderId, amount as unknown as Amount);
    }
  } catch {
    // Not JSON: nothing to bind to, and the gateway will refuse the body anyway.
  }
  return sent;
}

function bindBatchAnswer(sent: SentBatch, answer: BatchPayResponse): string | undefined {
  if (answer.batchPaymentRequestId !== undefined && answer.batchPaymentRequestId !== sent.batchPaymentRequestId) {
    return `the answer is for batchPaymentRequestId ${answer.batchPaymentRequestId}, not ${sent.batchPaymentRequestId ?? '(none)'}`;
  }
  const summaries = answer.orderSummaries ?? [];
  const seen = new Set<string>();
  for (const [i, summary] of summaries.entries()) {
    const amount = sent.orders.get(summary.referenceOrderId);
    if (!amount) return `orderSummaries[${i}].referenceOrderId ${summary.referenceOrderId} is not an order we sent`;
    if (seen.has(summary.referenceOrderId))
      return `orderSummaries[${i}].referenceOrderId ${summary.referenceOrderId} appears twice`;
    seen.add(summary.referenceOrderId);
    if (!amountsEqual(summary.orderAmount, amount)) {
      return `orderSummaries[${i}].orderAmount ${summary.orderAmount.currency} ${summary.orderAmount.value} is not the ${amount.currency} ${amount.value} we sent`;
    }
  }
  if (answer.result.resultStatus === 'S' && seen.size !== sent.orders.size) {
    return `a success names ${seen.size} of the ${sent.orders.size} orders we sent`;
  }
  return undefined;
}

function bindInquiryAnswer(
  request: InquiryPaymentRequest,
  expected: InquiryExpectation | undefined,
  answer: InquiryPaymentResponse,
): string | undefined {
  if (answer.result.resultStatus !== 'S') return undefined;
  if (request.paymentId !== undefined) {
    if (answer.paymentId !== request.paymentId)
      return `the inquiry answer is about paymentId ${answer.paymentId ?? '(none)'}, not ${request.paymentId}`;
  } else if (answer.paymentRequestId !== request.paymentRequestId) {
    return `the inquiry answer is about paymentRequestId ${answer.paymentRequestId ?? '(none)'}, not ${request.paymentRequestId}`;
  }
  if (expected && answer.paymentStatus !== undefined && answer.paymentStatus !== 'PROCESSING') {
    if (!answer.paymentAmount) return 'the inquiry answer states a payment status without its amount';
    if (!amountsEqual(answer.paymentAmount, expected.paymentAmount)) {
      return `the inquiry answer's paymentAmount ${answer.paymentAmount.currency} ${answer.paymentAmount.value} is not the ${expected.paymentAmount.currency} ${expected.paymentAmount.value} of this payment`;
    }
  }
  return undefined;
}

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

const utf8 = new TextDecoder('utf-8');

/** The body as text, or undefined when it is larger than `maxBytes` (the rest is not read). */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const bytes = await readCappedBytes(response, maxBytes);
  return bytes ? utf8.decode(bytes) : undefined;
}

function resultCodeOf(parsed: unknown): string | undefined {
  const result = asRecord(asRecord(parsed)?.result);
  return typeof result?.resultCode === 'string' ? result.resultCode : undefined;
}

function resultStatusOf(parsed: unknown): string | undefined {
  if (typeof parsed !== 'object' || parsed === null || !('result' in parsed)) return undefined;
  const result = parsed.result;
  if (typeof result !== 'object' || result === null || !('resultStatus' in result)) return undefined;
  return typeof result.resultStatus === 'string' ? result.resultStatus : undefined;
}

interface ParsedKeys {
  /** PKCS#8 Base64. */
  privateKey: string;
  /** SPKI Base64. */
  antomPublicKey: string;
  /** SPKI Base64, when given. */
  merchantPublicKey: string | undefined;
}

/** Every key parsed now, whatever format it came in: a key that cannot be used fails here, naming the option. */
function parseKeys(options: AntomClientOptions): ParsedKeys {
  try {
    return {
      privateKey: parseRsaPrivateKey(options.privateKey, 'privateKey').der,
      antomPublicKey: parseRsaPublicKey(options.antomPublicKey, 'antomPublicKey').der,
      merchantPublicKey: options.merchantPublicKey
        ? parseRsaPublicKey(options.merchantPublicKey, 'merchantPublicKey').der
        : undefined,
    };
  } catch (error) {
    // Still an RsaKeyError naming the option (`field`), with where it was found.
    if (error instanceof RsaKeyError) error.message = `createAntomClient: ${error.message}`;
    throw error;
  }
}

/** `baseUrl`, or the host of `region`; exactly one of them. */
function resolveBaseUrl(options: AntomClientOptions): string {
  const { region, baseUrl } = options;
  if (region !== undefined) {
    const host = (antomEndpoints as Record<string, string | undefined>)[region];
    if (!host) {
      throw new Error(
        `createAntomClient: region "${region}" is not one of ${Object.keys(antomEndpoints).join(', ')}; or pass baseUrl instead.`,
      );
    }
    if (baseUrl) {
      throw new Error(
        `createAntomClient: pass region ("${region}") or baseUrl ("${baseUrl}"), not both: region picks ${host}.`,
      );
    }
    return host;
  }
  if (!baseUrl) {
    throw new Error(
      `createAntomClient: \`region\` or \`baseUrl\` is missing; pass region: 'north-america' | 'asia' | 'europe', or baseUrl (such as a local sandbox).`,
    );
  }
  return baseUrl;
}

async function verifyKeyPair(keys: ParsedKeys): Promise<void> {
  if (await rsaKeysMatch(keys.privateKey, keys.antomPublicKey)) {
    throw new Error(
      "createAntomClient: antomPublicKey is the public key of your own privateKey, not Antom's: copy Antom's public key from the Dashboard.",
    );
  }
  if (keys.merchantPublicKey && !(await rsaKeysMatch(keys.privateKey, keys.merchantPublicKey))) {
    throw new Error(
      'createAntomClient: privateKey does not match merchantPublicKey: Antom would refuse every request (INVALID_SIGNATURE). Upload the public key of this private key to the Dashboard, or use the private key of the uploaded one.',
    );
  }
}

/**
 * A signed client for Antom's API: signs the exact bytes it sends, verifies every answer, retries transport failures
 * with the same body (so the same request id: only the idempotency key tells Antom it is one payment).
 * WebCrypto by default, so it also runs on edge runtimes; `signer: nodeCryptoSigner` on Node.
 */
export function createAntomClient(options: AntomClientOptions): AntomClient {
  for (const field of ['clientId', 'privateKey', 'antomPublicKey'] as const) {
    if (!options[field])
      throw new Error(`createAntomClient: \`${field}\` is missing; pass it from your configuration.`);
  }
  const keys = parseKeys(options);
  const baseUrl = resolveBaseUrl(options);
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new Error(`createAntomClient: baseUrl "${baseUrl}" is not a URL; use e.g. https://open-na-global.alipay.com`);
  }
  if (base.protocol !== 'https:' && !(base.protocol === 'http:' && isLoopback(base.hostname))) {
    throw new Error(
      `createAntomClient: baseUrl "${baseUrl}" must use https: (plain http: is allowed only on loopback, for a local sandbox such as http://127.0.0.1:8787).`,
    );
  }
  const antomKeyVersion = String(options.antomKeyVersion ?? 1);
  if (!/^[0-9A-Za-z._-]{1,16}$/.test(antomKeyVersion)) {
    throw new Error(
      `createAntomClient: antomKeyVersion "${antomKeyVersion}" is not a key version; use the number Antom's Dashboard shows (default 1).`,
    );
  }
  let keysChecked: Promise<void> | undefined;
  const checkKeys = (): Promise<void> => {
    keysChecked ??= verifyKeyPair(keys);
    return keysChecked;
  };
  const sandbox = options.sandbox ?? options.clientId.startsWith('SANDBOX_');
  const prefix = sandbox ? '/ams/sandbox/api' : '/ams/api';
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const backoffMs = options.backoffMs ?? 250;
  const callAgainAttempts = Math.max(0, options.callAgainAttempts ?? 3);
  const windowMs = options.responseTimeWindowMs ?? 300_000;
  const maxResponseBytes = options.maxResponseBytes ?? 1024 * 1024;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? Date.now;
  const signer = options.signer ?? webCryptoSigner;
  const basePath = base.pathname.replace(/\/+$/, '');

  function pathFor(endpoint: string): string {
    return `${basePath}${prefix}${endpoint}`;
  }

  async function attempt<T>(
    path: string,
    body: string,
    parse: Parser<T>,
    bind: Binder<T>,
    attempts: number,
  ): Promise<AttemptResult<T>> {
    const time = String(now());
    const signature = await signer.sign(
      buildSignContent({ method: 'POST', path, clientId: options.clientId, time, body }),
      options.privateKey,
    );
    let response: Response;
    let rawBody: string;
    // The whole call, answer body included, within timeoutMs; the timer is cleared once it is read (AbortSignal.timeout
    // would keep one timer per call alive for timeoutMs: thousands at a few hundred checkouts a second).
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError')),
      timeoutMs,
    );
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
        // A signed request is never re-sent elsewhere: a redirect is a transport failure. (It also spares fetch a
        // copy of the request and its body, made only for following redirects.)
        redirect: 'error',
        signal: timeout.signal,
      });
      const text = await readCapped(response, maxResponseBytes);
      if (text === undefined) {
        return {
          ok: false,
          failure: 'contract',
          message: `${path} answered a body larger than ${maxResponseBytes} bytes`,
          attempts,
        };
      }
      rawBody = text;
    } catch (error) {
      return {
        ok: false,
        failure: 'transport',
        message: `no answer from ${path}: ${describe(error)}`,
        attempts,
        retry: true,
      };
    } finally {
      clearTimeout(timer);
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
      const record = asRecord(parsed);
      const carried = signedOnlyFields.filter((field) => record?.[field] !== undefined);
      if (carried.length > 0) {
        return {
          ok: false,
          failure: 'signature',
          message: `${path} answered ${carried.join(', ')} without a signature; only a bare F or U may be unsigned`,
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
      const answeredClient = response.headers.get('client-id');
      if (answeredClient !== null && answeredClient !== options.clientId) {
        return {
          ok: false,
          failure: 'unbound',
          message: `${path} answered for client-id ${answeredClient}, not ours`,
          attempts,
        };
      }
      const at = parseGatewayTime(responseTime);
      if (at === undefined || Math.abs(now() - at) > windowMs) {
        return {
          ok: false,
          failure: 'unbound',
          message: `${path} answered with response-time ${responseTime}, outside ${windowMs} ms of our clock (a replayed answer)`,
          attempts,
        };
      }
      // Verified with OUR client id, never one read from the answer.
      const content = buildSignContent({
        method: 'POST',
        path,
        clientId: options.clientId,
        time: responseTime,
        body: rawBody,
      });
      if (!(await signer.verify(content, parsedHeader.signature, options.antomPublicKey))) {
        return {
          ok: false,
          failure: 'signature',
          message: `${path} answered with a signature that does not verify with the configured Antom public key`,
          attempts,
        };
      }
      signed = true;
    }
    // Sizes before deep validation: a batch has at most 10 orders.
    const summaries = asRecord(parsed)?.orderSummaries;
    if (Array.isArray(summaries) && summaries.length > 10) {
      return {
        ok: false,
        failure: 'contract',
        message: `${path} answered ${summaries.length} orderSummaries; a batch has at most 10`,
        attempts,
      };
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
    const unbound = bind(checked.value);
    if (unbound !== undefined) {
      return { ok: false, failure: 'unbound', message: `${path}: ${unbound}`, attempts };
    }
    const code = resultCodeOf(parsed);
    if (status !== 'S' && code !== undefined && callAgainCodes.has(code)) {
      return { ok: true, body: checked.value, rawBody, signed, attempts, callAgain: true };
    }
    return { ok: true, body: checked.value, rawBody, signed, attempts };
  }

  async function call<T>(
    endpoint: string,
    body: string,
    parse: Parser<T>,
    bind: Binder<T>,
  ): Promise<AntomCallResult<T>> {
    const path = pathFor(endpoint);
    let last: AttemptResult<T> | undefined;
    let transportTries = 0;
    let callAgainTries = 0;
    for (let n = 1; ; n++) {
      if (n > 1) await delay(Math.min(backoffMs * 2 ** (n - 2), 2_000));
      last = await attempt(path, body, parse, bind, n);
      if ('retry' in last) {
        transportTries++;
        if (transportTries >= maxAttempts) break;
        continue;
      }
      if ('callAgain' in last) {
        if (callAgainTries >= callAgainAttempts) {
          const { callAgain: _, ...answer } = last;
          return answer;
        }
        callAgainTries++;
        continue;
      }
      return last;
    }
    if (last.ok) throw new Error('unreachable: a transport failure ended the loop');
    return {
      ok: false,
      failure: last.failure,
      message: `${last.message} (after ${maxAttempts} attempts)`,
      attempts: last.attempts,
    };
  }

  return {
    clientId: options.clientId,
    antomPublicKey: keys.antomPublicKey,
    antomKeyVersion,
    baseUrl: `${base.origin}${basePath}`,
    checkKeys,
    pathFor,
    batchPay: (body) => {
      const sent = sentBatchOf(body);
      return call(
        '/v1/payments/batchPay',
        body,
        (x) => parseSchema(BatchPayResponseSchema, x),
        (answer) => bindBatchAnswer(sent, answer),
      );
    },
    inquiryPayment: (request, expected) =>
      call(
        '/v1/payments/inquiryPayment',
        JSON.stringify(request),
        (x) => parseSchema(InquiryPaymentResponseSchema, x),
        (answer) => bindInquiryAnswer(request, expected, answer),
      ),
  };
}
