import type {
  CartView,
  CheckoutView,
  CreateCheckoutBody,
  CreateCheckoutResponse,
  PaymentMethodOption,
} from '@batchpay/core';
import { BatchPayApiError } from './BatchPayApiError.js';
import type { BatchPayTransport } from './BatchPayTransport.js';
import { requestJson } from './requestJson.js';

/*
 * The merchant backend's JSON API as the hooks call it (shapes: core's checkoutApi.ts). Each answer is checked for
 * the fields the hooks rely on, so a wrong backend gives a clear INVALID_RESPONSE error instead of a crash.
 */

type Check = (answer: Record<string, unknown>) => boolean;

async function call<T>(
  transport: BatchPayTransport,
  method: 'GET' | 'POST',
  path: string,
  expected: string,
  check: Check,
  extra: { headers?: Record<string, string>; body?: unknown; signal?: AbortSignal | undefined } = {},
): Promise<T> {
  const { signal, ...rest } = extra;
  const answer = await requestJson(transport, { method, path, ...rest, ...(signal ? { signal } : {}) });
  if (typeof answer === 'object' && answer !== null && check(answer as Record<string, unknown>)) return answer as T;
  throw new BatchPayApiError({
    code: 'INVALID_RESPONSE',
    message: `${method} ${path} did not answer ${expected}: check that apiBaseUrl points at a @batchpay/server backend`,
    status: 200,
    retryable: false,
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** `POST /api/checkouts` with the attempt's idempotency key. */
export function createCheckout(
  transport: BatchPayTransport,
  body: CreateCheckoutBody,
  idempotencyKey: string,
): Promise<CreateCheckoutResponse> {
  return call(
    transport,
    'POST',
    '/api/checkouts',
    '{ checkoutId, outcome }',
    (a) => {
      const o = a.outcome;
      if (typeof a.checkoutId !== 'string' || a.checkoutId === '' || !isObject(o)) return false;
      if (o.kind === 'redirect') return isObject(o.urls);
      if (o.kind === 'failed') return typeof o.code === 'string' && typeof o.retry === 'string';
      return o.kind === 'succeeded';
    },
    { headers: { 'Idempotency-Key': idempotencyKey }, body },
  );
}

/** `GET /api/checkouts/:id`. */
export function fetchCheckout(
  transport: BatchPayTransport,
  checkoutId: string,
  signal?: AbortSignal,
): Promise<CheckoutView> {
  return call(
    transport,
    'GET',
    `/api/checkouts/${encodeURIComponent(checkoutId)}`,
    'a CheckoutView',
    (a) => typeof a.status === 'string' && typeof a.final === 'boolean' && Array.isArray(a.orders),
    { signal },
  );
}

/** `GET /api/payment-methods`. */
export async function fetchPaymentMethods(
  transport: BatchPayTransport,
  signal?: AbortSignal,
): Promise<PaymentMethodOption[]> {
  const answer = await call<{ methods: unknown[] }>(
    transport,
    'GET',
    '/api/payment-methods',
    '{ methods: [...] }',
    (a) => Array.isArray(a.methods),
    { signal },
  );
  return answer.methods.filter((m): m is PaymentMethodOption => isObject(m) && typeof m.paymentMethodType === 'string');
}

/** `GET /api/carts/:cartId`. */
export function fetchCart(transport: BatchPayTransport, cartId: string, signal?: AbortSignal): Promise<CartView> {
  return call(
    transport,
    'GET',
    `/api/carts/${encodeURIComponent(cartId)}`,
    'a CartView',
    (a) => Array.isArray(a.orders) && isObject(a.paymentAmount),
    { signal },
  );
}
