import type {
  CartView,
  CheckoutView,
  CreateCheckoutBody,
  CreateCheckoutResponse,
  PaymentMethodOption,
} from '@batchpay/core';
import {
  type ApiAnswerSchema,
  CartViewSchema,
  CheckoutViewSchema,
  CreateCheckoutResponseSchema,
  PaymentMethodsResponseSchema,
} from './merchantApiSchemas.js';

/** One call of the merchant backend's JSON API: what to send, and the schema its answer must match. */
export interface MerchantApiRequest<T> {
  method: 'GET' | 'POST';
  /** Path under the API base URL. */
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  schema: ApiAnswerSchema<T>;
}

/*
 * The calls a browser makes to the merchant backend (@batchpay/server), as data: a client sends and checks them.
 * One function each, so a bundle keeps only the answer schemas of the calls it makes.
 */

/** `POST /api/checkouts` with the attempt's Idempotency-Key. */
export function createCheckoutRequest(
  body: CreateCheckoutBody,
  idempotencyKey: string,
): MerchantApiRequest<CreateCheckoutResponse> {
  return {
    method: 'POST',
    path: '/api/checkouts',
    headers: { 'Idempotency-Key': idempotencyKey },
    body,
    schema: CreateCheckoutResponseSchema,
  };
}

/** `GET /api/checkouts/:id`: the server's view of a checkout. */
export function checkoutRequest(checkoutId: string): MerchantApiRequest<CheckoutView> {
  return { method: 'GET', path: `/api/checkouts/${encodeURIComponent(checkoutId)}`, schema: CheckoutViewSchema };
}

/** `GET /api/payment-methods`. */
export function paymentMethodsRequest(): MerchantApiRequest<{ methods: PaymentMethodOption[] }> {
  return { method: 'GET', path: '/api/payment-methods', schema: PaymentMethodsResponseSchema };
}

/** `GET /api/carts/:cartId`: the orders and the total as the server computes them. */
export function cartRequest(cartId: string): MerchantApiRequest<CartView> {
  return { method: 'GET', path: `/api/carts/${encodeURIComponent(cartId)}`, schema: CartViewSchema };
}
