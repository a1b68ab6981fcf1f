import type {
  CartView,
  CheckoutView,
  CreateCheckoutBody,
  CreateCheckoutResponse,
  PaymentMethodOption,
} from '@batchpay/core';
import { BatchPayApiError } from './BatchPayApiError';
import type { BatchPayTransport } from './BatchPayTransport';
import { requestJson } from './requestJson';

/*
 * The merchant backend's JSON API as the hooks call it (shapes: core's checkoutApi.ts). Every answer gets a shape
 * check on the fields the hooks rely on, so a wrong backend gives a clear INVALID_RESPONSE error, not a crash.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(path: string, what: string): BatchPayApiError {
  return new BatchPayApiError({
    code: 'INVALID_RESPONSE',
    message: `${path} answered ${what}; check that apiBaseUrl points at a @batchpay/server backend`,
    status: 200,
    retryable: false,
  });
}

const OUTCOME_KINDS = new Set(['succeeded', 'redirect', 'failed']);
const CHECKOUT_STATUSES = new Set(['processing', 'succeeded', 'failed', 'cancelled', 'expired']);

/** `POST /api/checkouts` with the attempt's idempotency key. */
export async function createCheckout(
  transport: BatchPayTransport,
  body: CreateCheckoutBody,
  idempotencyKey: string,
): Promise<CreateCheckoutResponse> {
  const path = '/api/checkouts';
  const answer = await requestJson(transport, {
    method: 'POST',
    path,
    headers: { 'Idempotency-Key': idempotencyKey },
    body,
  });
  if (!isRecord(answer) || typeof answer.checkoutId !== 'string' || answer.checkoutId === '') {
    throw invalid(`POST ${path}`, 'without a checkoutId');
  }
  const outcome = answer.outcome;
  if (!isRecord(outcome) || typeof outcome.kind !== 'string' || !OUTCOME_KINDS.has(outcome.kind)) {
    throw invalid(`POST ${path}`, 'without an outcome of kind succeeded, redirect or failed');
  }
  if (outcome.kind === 'redirect' && !isRecord(outcome.urls)) throw invalid(`POST ${path}`, 'a redirect without urls');
  if (outcome.kind === 'failed' && (typeof outcome.code !== 'string' || typeof outcome.retry !== 'string')) {
    throw invalid(`POST ${path}`, 'a failed outcome without code and retry');
  }
  return answer as unknown as CreateCheckoutResponse;
}

/** `GET /api/checkouts/:id`. */
export async function fetchCheckout(
  transport: BatchPayTransport,
  checkoutId: string,
  signal?: AbortSignal,
): Promise<CheckoutView> {
  const path = `/api/checkouts/${encodeURIComponent(checkoutId)}`;
  const answer = await requestJson(transport, { method: 'GET', path, ...(signal ? { signal } : {}) });
  if (
    !isRecord(answer) ||
    typeof answer.status !== 'string' ||
    !CHECKOUT_STATUSES.has(answer.status) ||
    typeof answer.final !== 'boolean' ||
    !Array.isArray(answer.orders)
  ) {
    throw invalid(`GET ${path}`, 'something that is not a CheckoutView (status, final, orders)');
  }
  return answer as unknown as CheckoutView;
}

/** `GET /api/payment-methods`. */
export async function fetchPaymentMethods(
  transport: BatchPayTransport,
  signal?: AbortSignal,
): Promise<PaymentMethodOption[]> {
  const path = '/api/payment-methods';
  const answer = await requestJson(transport, { method: 'GET', path, ...(signal ? { signal } : {}) });
  if (!isRecord(answer) || !Array.isArray(answer.methods)) throw invalid(`GET ${path}`, 'without a methods array');
  const methods = answer.methods.filter(
    (m): m is PaymentMethodOption => isRecord(m) && typeof m.paymentMethodType === 'string',
  );
  return methods;
}

/** `GET /api/carts/:cartId`. */
export async function fetchCart(transport: BatchPayTransport, cartId: string, signal?: AbortSignal): Promise<CartView> {
  const path = `/api/carts/${encodeURIComponent(cartId)}`;
  const answer = await requestJson(transport, { method: 'GET', path, ...(signal ? { signal } : {}) });
  if (!isRecord(answer) || !Array.isArray(answer.orders) || !isRecord(answer.paymentAmount)) {
    throw invalid(`GET ${path}`, 'something that is not a CartView (orders, paymentAmount)');
  }
  return answer as unknown as CartView;
}
