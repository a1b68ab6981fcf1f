import type { Merchant } from '@batchpay/core';

/** One priced line of a cart order. The server multiplies and adds these itself; a client never sends amounts. */
export interface CartGoodsLine {
  referenceGoodsId: string;
  goodsName: string;
  goodsCategory?: string;
  goodsBrand?: string;
  /** Unit price in minor units of the cart's currency, as a string of digits ("1999" = USD 19.99). */
  unitAmount: string;
  /** A whole number from 1. */
  quantity: number;
}

/** The merchant (sub-merchant of the marketplace) an order belongs to, as sent in `order.merchant`. */
export type CartMerchant = Merchant;

export interface CartOrder {
  referenceOrderId: string;
  orderDescription: string;
  merchant: CartMerchant;
  goods: CartGoodsLine[];
}

export interface Cart {
  cartId: string;
  /** ISO 4217; every line of every order is priced in it. */
  currency: string;
  orders: CartOrder[];
}

/** 'pending': no answer from Antom that we trust yet (not called, in flight, or the call failed in transport). */
export type CheckoutCreation = 'pending' | 'created' | 'failed';
/** Per-order status; anything but PROCESSING is final and never changes again. */
export type OrderPaymentStatus = 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'CANCELLED';

export interface CheckoutOrderRecord {
  position: number;
  referenceOrderId: string;
  referenceMerchantId: string;
  orderAmount: string;
  currency: string;
  paymentId: string | null;
  paymentStatus: OrderPaymentStatus;
  updatedAt: string;
}

export interface CheckoutRecord {
  checkoutId: string;
  idempotencyKey: string;
  cartId: string;
  paymentMethodType: string;
  batchPaymentRequestId: string;
  /** The exact batchPay JSON body; resumed calls send these same bytes. */
  requestBody: string;
  currency: string;
  paymentAmount: string;
  creation: CheckoutCreation;
  /** JSON of core's BatchPayOutcome once Antom answered. */
  outcomeJson: string | null;
  leaseUntil: string;
  expiresAt: string;
  createdAt: string;
  updatedAt: string;
  lastNotifiedAt: string | null;
  lastInquiryAt: string | null;
  /** The result code of the first final failure Antom reported, when one did. */
  resultCode: string | null;
  antomCalls: number;
  orders: CheckoutOrderRecord[];
}

export interface NewCheckout {
  checkoutId: string;
  idempotencyKey: string;
  cartId: string;
  paymentMethodType: string;
  batchPaymentRequestId: string;
  requestBody: string;
  currency: string;
  paymentAmount: string;
  expiresAt: string;
  /** The creating request holds the checkout until then; another request may take it over afterwards. */
  leaseUntil: string;
  now: string;
  orders: Array<{ referenceOrderId: string; referenceMerchantId: string; orderAmount: string }>;
}

export interface CreationResult {
  creation: Exclude<CheckoutCreation, 'pending'>;
  outcomeJson: string;
  /** Antom's transaction id per order, from `orderSummaries`. */
  paymentIds: Array<{ referenceOrderId: string; paymentId: string }>;
  /** Set when the answer itself is final for every order (a batchPay `S`, or a failed creation). */
  orderStatus?: Exclude<OrderPaymentStatus, 'PROCESSING'>;
  now: string;
}

export interface OrderResult {
  referenceOrderId: string;
  paymentId?: string;
  paymentStatus: OrderPaymentStatus;
}

/**
 * Everything the handlers keep. Two implementations share one Kysely codebase: SQLite (default) and PostgreSQL.
 * Every method is safe to call concurrently, also from several server instances on one PostgreSQL database.
 */
export interface BatchPayStorage {
  readonly dialect: 'sqlite' | 'postgres';
  /** Brings the schema to the newest migration. Idempotent. */
  migrate(): Promise<void>;
  /** Inserts or replaces a cart with its orders. */
  saveCart(cart: Cart): Promise<void>;
  getCart(cartId: string): Promise<Cart | null>;
  /**
   * Inserts the checkout and its orders in one transaction, unless a checkout with the same idempotency key exists:
   * then nothing is written and that checkout is returned with `created: false`.
   */
  createCheckout(input: NewCheckout): Promise<{ created: boolean; checkout: CheckoutRecord }>;
  /** Takes the lease of a pending checkout whose lease ran out. True when this caller now holds it. */
  claimCheckout(checkoutId: string, now: string, leaseUntil: string): Promise<boolean>;
  /** Counts one call sequence to Antom for this checkout (for logs and tests). */
  countAntomCall(checkoutId: string): Promise<void>;
  /** Stores Antom's trusted answer. Only a pending checkout changes; returns false when it was no longer pending. */
  finishCreation(checkoutId: string, result: CreationResult): Promise<boolean>;
  /** Gives the lease up (the call failed in transport): the next same-key request may resume at once. */
  releaseLease(checkoutId: string, now: string): Promise<void>;
  getCheckout(checkoutId: string): Promise<CheckoutRecord | null>;
  getCheckoutByIdempotencyKey(idempotencyKey: string): Promise<CheckoutRecord | null>;
  getCheckoutByBatchId(batchPaymentRequestId: string): Promise<CheckoutRecord | null>;
  /**
   * Applies per-order results. An order changes only while PROCESSING, so replays and late, out-of-order deliveries
   * change nothing. Returns how many orders changed status.
   */
  applyOrderResults(
    checkoutId: string,
    results: OrderResult[],
    options: { now: string; source: 'notification' | 'inquiry'; failureCode?: string },
  ): Promise<number>;
  /** Takes the right to inquire now: true when the last inquiry is older than `notAfter` (or none was made). */
  claimInquiry(checkoutId: string, notAfter: string, now: string): Promise<boolean>;
  close(): Promise<void>;
}
