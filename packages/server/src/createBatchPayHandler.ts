import { type PaymentMethodOption, type PaymentMethodsResponse, paymentMethodCatalogue } from '@batchpay/core';
import type { BatchPayHandlerOptions } from './BatchPayHandlerOptions.js';
import { handleGetCart } from './cart/handleGetCart.js';
import { handleCreateCheckout } from './checkout/handleCreateCheckout.js';
import { handleGetCheckout } from './checkout/handleGetCheckout.js';
import type { HandlerContext } from './HandlerContext.js';
import { ApiError } from './http/ApiError.js';
import { errorResponse, jsonResponse } from './http/jsonResponse.js';
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

/**
 * The merchant backend as one Web `Request` → `Response` function, mountable in any framework:
 * `POST {basePath}/checkouts`, `GET {basePath}/checkouts/:id`, `GET {basePath}/carts/:cartId`,
 * `POST {basePath}/antom/notify`, `GET {basePath}/payment-methods` (basePath defaults to `/api`).
 */
export function createBatchPayHandler(options: BatchPayHandlerOptions): (request: Request) => Promise<Response> {
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
  const ctx: HandlerContext = {
    storage: options.storage,
    antom: options.antom,
    methods: options.paymentMethods.map(toOption),
    returnUrl: options.returnUrl,
    notifyUrl: options.notifyUrl,
    inquiryAfterMs: options.inquiryAfterMs ?? 5_000,
    leaseMs: options.leaseMs ?? 60_000,
    paymentExpiryMs: options.paymentExpiryMs,
    maxBodyBytes: options.maxBodyBytes ?? 16 * 1024,
    waitForConcurrentMs: options.waitForConcurrentMs ?? 30_000,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => crypto.randomUUID()),
    emit: options.onEvent ?? (() => {}),
    inflight: new Map(),
  };

  async function route(request: Request): Promise<Response> {
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
        return handleCreateCheckout(ctx, request);
      }
      if (first === 'checkouts' && second) {
        allow('GET');
        return handleGetCheckout(ctx, decodeSegment(second, 'checkoutId'));
      }
      if (first === 'carts' && second) {
        allow('GET');
        return handleGetCart(ctx, decodeSegment(second, 'cartId'));
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

  return async (request) => {
    try {
      return await route(request);
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
  };
}
