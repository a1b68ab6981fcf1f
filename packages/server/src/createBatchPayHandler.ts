import { type PaymentMethodOption, type PaymentMethodsResponse, paymentMethodCatalogue } from '@batchpay/core';
import type { BatchPayHandlerOptions, ConnectionInfo } from './BatchPayHandlerOptions.js';
import { handleGetCart } from './cart/handleGetCart.js';
import { handleCreateCheckout } from './checkout/handleCreateCheckout.js';
import { handleGetCheckout } from './checkout/handleGetCheckout.js';
import { refreshByInquiry } from './checkout/refreshByInquiry.js';
import type { HandlerContext } from './HandlerContext.js';
import { ApiError } from './http/ApiError.js';
import { errorResponse, jsonResponse } from './http/jsonResponse.js';
import { TokenBucketLimiter } from './http/TokenBucketLimiter.js';
import { handleNotification } from './notify/handleNotification.js';

function toOption(method: string | PaymentMethodOption): PaymentMethodOption {
  if (typeof method !== 'string') return method;
  const info = paymentMethodCatalogue[method];
  return info
    ? { paymentMethodType: method, displayName: info.displayName, region: info.region }
    : { paymentMethodType: method };
}

function decodeSegment(segment: string, field: string): string {
  try {
    const value = decodeURIComponent(segment);
    if (value.length === 0 || value.length > 128) throw new Error('length');
    return value;
  } catch {
    throw new ApiError(
      400,
      'INVALID_PATH',
      `The ${field} in the path is not valid: use the id as returned by the API.`,
      field,
    );
  }
}

/** The client's address: the last entry of the trusted proxy header, else the connection's peer address. */
function clientIpOf(request: Request, connection: ConnectionInfo | undefined, proxyHeader: string | undefined) {
  if (proxyHeader) {
    const entries = (request.headers.get(proxyHeader) ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const last = entries.at(-1);
    if (last) return last.slice(0, 64);
  }
  const remote = connection?.remoteAddress;
  return remote ? remote.replace(/^::ffff:/, '').slice(0, 64) : undefined;
}

/** What a route knows about who is asking. */
export interface RequestInfo {
  /** From the connection (or the trusted proxy header); never from the body. */
  clientIp: string | undefined;
  clientKey: string;
}

/** The handler, plus the refresh a merchant may run on a timer. */
export interface BatchPayHandler {
  (request: Request, connection?: ConnectionInfo): Promise<Response>;
  /**
   * Asks Antom about open checkouts that are due (the same schedule as a status read: after `inquiryAfterMs`, then
   * backing off; once after the local expiry), for checkouts no buyer polls any more, such as a lost batchPay answer
   * whose buyer closed the page. Run it every minute or so. Returns how many checkouts it looked at.
   */
  refreshOpenCheckouts(options?: { limit?: number }): Promise<number>;
  /**
   * Resolves when the inquiries that status reads started in the background have finished (a status read never
   * waits for Antom; the next read sees the answer). Await it before closing the storage on a graceful shutdown.
   */
  whenIdle(): Promise<void>;
}

/**
 * The merchant backend as one Web `Request` → `Response` function, mountable in any framework:
 * `POST {basePath}/checkouts`, `GET {basePath}/checkouts/:id`, `GET {basePath}/carts/:cartId`,
 * `POST {basePath}/antom/notify`, `GET {basePath}/payment-methods` (basePath defaults to `/api`).
 * Pass the connection's peer address as the second argument (`{ remoteAddress }`), so that `env.clientIp` and the
 * rate limit use it.
 */
export function createBatchPayHandler(options: BatchPayHandlerOptions): BatchPayHandler {
  for (const field of ['storage', 'antom', 'returnUrl', 'notifyUrl'] as const) {
    if (!options[field])
      throw new Error(`createBatchPayHandler: \`${field}\` is missing; see the @batchpay/server README.`);
  }
  for (const field of ['returnUrl', 'notifyUrl'] as const) {
    if (!URL.canParse(options[field]))
      throw new Error(`createBatchPayHandler: \`${field}\` "${options[field]}" is not an absolute URL.`);
  }
  if (options.paymentMethods.length === 0) {
    throw new Error('createBatchPayHandler: `paymentMethods` is empty; list the paymentMethodType values you offer.');
  }
  if (
    options.paymentExpiryMs !== undefined &&
    !(Number.isInteger(options.paymentExpiryMs) && options.paymentExpiryMs > 0)
  ) {
    throw new Error('createBatchPayHandler: `paymentExpiryMs` must be a positive whole number of milliseconds.');
  }
  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  const limits = options.rateLimit === false ? undefined : (options.rateLimit ?? {});
  const authorize = options.authorize;
  const emit = options.onEvent ?? (() => {});
  const ctx: HandlerContext = {
    storage: options.storage,
    antom: options.antom,
    methods: options.paymentMethods.map(toOption),
    returnUrl: options.returnUrl,
    notifyUrl: options.notifyUrl,
    inquiryAfterMs: options.inquiryAfterMs ?? 5_000,
    leaseMs: options.leaseMs ?? 4_000,
    paymentExpiryMs: options.paymentExpiryMs,
    maxBodyBytes: options.maxBodyBytes ?? 16 * 1024,
    waitForConcurrentMs: options.waitForConcurrentMs ?? 8_000,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => crypto.randomUUID()),
    emit,
    inflight: new Map(),
    refreshing: new Map(),
    notificationMaxAgeMs: options.notificationMaxAgeMs ?? 25 * 60 * 60 * 1000,
    limiters: {
      checkouts: limits ? new TokenBucketLimiter(limits.checkouts ?? { burst: 10, perSecond: 0.5 }) : undefined,
      statusReads: limits ? new TokenBucketLimiter(limits.statusReads ?? { burst: 60, perSecond: 2 }) : undefined,
    },
    async authorize(request, target) {
      if (!authorize) return;
      let allowed = false;
      try {
        allowed = (await authorize(request, target)) === true;
      } catch (error) {
        emit({
          type: 'request.forbidden',
          detail: `authorize threw: ${error instanceof Error ? error.message : String(error)}`,
        });
        throw new ApiError(403, 'FORBIDDEN', 'This request is not allowed for your session.');
      }
      if (!allowed) {
        emit({ type: 'request.forbidden', detail: `authorize refused ${JSON.stringify(target)}` });
        throw new ApiError(403, 'FORBIDDEN', 'This request is not allowed for your session.');
      }
    },
  };

  function limit(which: 'checkouts' | 'statusReads', info: RequestInfo): void {
    const limiter = ctx.limiters[which];
    if (!limiter) return;
    const taken = limiter.take(info.clientKey, Date.now());
    if (taken.ok) return;
    ctx.emit({ type: 'request.limited', detail: `${which} for ${info.clientKey}` });
    throw new ApiError(
      429,
      'RATE_LIMITED',
      `Too many requests: wait ${taken.retryAfterSeconds} s (Retry-After) and try again.`,
      undefined,
      { 'retry-after': String(taken.retryAfterSeconds) },
    );
  }

  /** The `RateLimit-Policy` of a rate-limited route, sent on every answer of it (403, 404 and 429 included). */
  function policyOf(which: 'checkouts' | 'statusReads'): string | undefined {
    return ctx.limiters[which]?.policy(which);
  }

  async function route(
    request: Request,
    info: RequestInfo,
    answer: { policy?: string | undefined },
  ): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith(`${basePath}/`)) throw new ApiError(404, 'NOT_FOUND', `No route ${pathname}.`);
    const parts = pathname.slice(basePath.length + 1).split('/');
    const method = request.method.toUpperCase();
    const allow = (allowed: string): void => {
      if (method !== allowed) throw new ApiError(405, 'METHOD_NOT_ALLOWED', `Use ${allowed} for ${pathname}.`);
    };
    const [first, second, ...rest] = parts;
    if (rest.length === 0) {
      if (first === 'checkouts' && second === undefined) {
        allow('POST');
        answer.policy = policyOf('checkouts');
        limit('checkouts', info);
        return handleCreateCheckout(ctx, request, info);
      }
      if (first === 'checkouts' && second) {
        allow('GET');
        answer.policy = policyOf('statusReads');
        const checkoutId = decodeSegment(second, 'checkoutId');
        await ctx.authorize(request, { checkoutId });
        limit('statusReads', info);
        return handleGetCheckout(ctx, checkoutId);
      }
      if (first === 'carts' && second) {
        allow('GET');
        const cartId = decodeSegment(second, 'cartId');
        await ctx.authorize(request, { cartId });
        return handleGetCart(ctx, cartId);
      }
      if (first === 'antom' && second === 'notify') {
        allow('POST');
        return handleNotification(ctx, request);
      }
      if (first === 'payment-methods' && second === undefined) {
        allow('GET');
        const body: PaymentMethodsResponse = { methods: ctx.methods };
        return jsonResponse(body);
      }
    }
    throw new ApiError(404, 'NOT_FOUND', `No route ${request.method} ${pathname}.`);
  }

  const handler = async (request: Request, connection?: ConnectionInfo): Promise<Response> => {
    const answer: { policy?: string | undefined } = {};
    const response = await respond(request, connection, answer);
    if (answer.policy) response.headers.set('ratelimit-policy', answer.policy);
    return response;
  };

  async function respond(
    request: Request,
    connection: ConnectionInfo | undefined,
    answer: { policy?: string | undefined },
  ): Promise<Response> {
    try {
      const clientIp = clientIpOf(request, connection, options.trustProxyHeader?.toLowerCase());
      const clientKey = options.clientKey ? options.clientKey(request, clientIp) : (clientIp ?? 'unknown');
      return await route(request, { clientIp, clientKey }, answer);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      const reference = ctx.newId();
      ctx.emit({
        type: 'request.failed',
        detail: `${request.method} ${new URL(request.url).pathname} [${reference}]: ${error instanceof Error ? error.message : String(error)}`,
      });
      return errorResponse(
        new ApiError(
          500,
          'INTERNAL_ERROR',
          `The server could not complete the request; try again. Reference: ${reference}.`,
        ),
      );
    }
  }
  return Object.assign(handler, {
    async refreshOpenCheckouts({ limit = 100 }: { limit?: number } = {}) {
      const open = await ctx.storage.listOpenCheckouts(limit);
      for (const checkout of open) {
        try {
          await refreshByInquiry(ctx, checkout);
        } catch (error) {
          ctx.emit({
            type: 'inquiry.failed',
            checkoutId: checkout.checkoutId,
            batchPaymentRequestId: checkout.batchPaymentRequestId,
            detail: `refresh: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
      }
      return open.length;
    },
    async whenIdle() {
      while (ctx.refreshing.size > 0) await Promise.all([...ctx.refreshing.values()]);
    },
  });
}
