import * as v from 'valibot';
import { type Amount, EnvSchema, type Order } from './batchPaySchemas.js';
import type { BatchPayOutcome, FailedOutcome } from './interpretBatchPayResponse.js';
import type { PaymentMethodOption } from './paymentMethods.js';

/*
 * The JSON API between the browser (@batchpay/react) and the merchant backend (@batchpay/server).
 * The browser sends no amount: the server loads the cart and computes every amount itself.
 */

/** Body of `POST /api/checkouts` (with an `Idempotency-Key` header). */
export const CreateCheckoutBodySchema = v.object({
  cartId: v.pipe(
    v.string((issue) =>
      issue.input === undefined
        ? 'is required: the id of the cart to pay'
        : 'must be a string: the id of the cart to pay',
    ),
    v.minLength(1, 'must not be empty'),
    v.maxLength(64, 'must be at most 64 characters'),
  ),
  paymentMethodType: v.pipe(
    v.string((issue) =>
      issue.input === undefined
        ? 'is required: the paymentMethodType the buyer chose, such as "KAKAOPAY"'
        : 'must be a string: the paymentMethodType the buyer chose, such as "KAKAOPAY"',
    ),
    v.minLength(1, 'must not be empty'),
    v.maxLength(64, 'must be at most 64 characters'),
  ),
  env: EnvSchema,
  userRegion: v.optional(
    v.pipe(
      v.string('must be a string: a 2-letter ISO 3166 region code, such as "KR"'),
      v.regex(/^[A-Za-z]{2}$/, 'must be a 2-letter ISO 3166 region code, such as "KR"'),
      v.toUpperCase(),
    ),
  ),
});
export type CreateCheckoutBody = v.InferOutput<typeof CreateCheckoutBodySchema>;

/** Answer of `POST /api/checkouts`; a failed outcome is an answer too (HTTP 200), not an HTTP error. */
export interface CreateCheckoutResponse {
  checkoutId: string;
  outcome: BatchPayOutcome;
}

/**
 * `partially_paid`: some orders were paid and every other order is final without payment (failed, cancelled or
 * expired). Show it per order; never offer a second charge of the paid ones.
 */
export const checkoutStatuses = [
  'processing',
  'succeeded',
  'partially_paid',
  'failed',
  'cancelled',
  'expired',
] as const;
export type CheckoutStatus = (typeof checkoutStatuses)[number];
export type OrderStatus = 'processing' | 'succeeded' | 'failed';

/**
 * No further change can come for these. The server answers them only when Antom's signed word (batchPay answer,
 * notification or inquiry) made every order final; its own clock alone never does (a local expiry stays
 * `processing` while the server asks Antom).
 */
export function isFinalCheckoutStatus(status: CheckoutStatus): boolean {
  return status !== 'processing';
}

export interface CheckoutOrderView {
  referenceOrderId: string;
  referenceMerchantId: string;
  merchantName?: string;
  orderDescription: string;
  orderAmount: Amount;
  paymentId?: string;
  status: OrderStatus;
}

/** Answer of `GET /api/checkouts/:id`: what the server knows (notification, or inquiry when none came). */
export interface CheckoutView {
  checkoutId: string;
  status: CheckoutStatus;
  final: boolean;
  batchPaymentRequestId: string;
  paymentMethodType: string;
  paymentAmount: Amount;
  createdAt: string;
  updatedAt: string;
  /** What batchPay answered when the checkout was created. */
  outcome: BatchPayOutcome;
  /** Why the payment failed, was cancelled or expired, when it did. */
  failure?: FailedOutcome;
  orders: CheckoutOrderView[];
}

/** Answer of `GET /api/carts/:cartId`: the orders and the total as the server computes them. */
export interface CartView {
  cartId: string;
  orders: Order[];
  paymentAmount: Amount;
}

/** Answer of `GET /api/payment-methods`. */
export interface PaymentMethodsResponse {
  methods: PaymentMethodOption[];
}

/** Every 4xx/5xx answer of the merchant backend. */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}
