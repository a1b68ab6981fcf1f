import type { PaymentMethodOption } from '../methods/paymentMethods.js';
import type { BatchPayOutcome, FailedOutcome } from '../results/interpretBatchPayResponse.js';
import type { Amount } from '../wire/batchPaySchemas.js';
import type { CheckoutStatus } from './checkoutStatuses.js';

export type { CreateCheckoutBody } from './createCheckoutBodySchema.js';

/*
 * The JSON API between the browser (@batchpay/react) and the merchant backend (@batchpay/server).
 * The browser sends no amount: the server loads the cart and computes every amount itself.
 */

/** Answer of `POST /api/checkouts`; a failed outcome is an answer too (HTTP 200), not an HTTP error. */
export interface CreateCheckoutResponse {
  checkoutId: string;
  outcome: BatchPayOutcome;
}

export type OrderStatus = 'processing' | 'succeeded' | 'failed';

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

/**
 * An order as a cart answer carries it to the browser: what a summary shows. A batchPay `Order` is one (the server
 * may send all of it); the browser keeps these fields and drops the rest.
 */
export interface CartOrder {
  referenceOrderId: string;
  orderDescription: string;
  orderAmount: Amount;
  merchant: {
    referenceMerchantId: string;
    merchantName?: string | undefined;
    merchantDisplayName?: string | undefined;
  };
  goods?: CartGoods[] | undefined;
}

/** One line of goods of a `CartOrder`. */
export interface CartGoods {
  referenceGoodsId: string;
  goodsName: string;
  /** A positive whole number as a string; "1" when absent. */
  goodsQuantity?: string | undefined;
}

/** Answer of `GET /api/carts/:cartId`: the orders and the total as the server computes them. */
export interface CartView {
  cartId: string;
  orders: CartOrder[];
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
