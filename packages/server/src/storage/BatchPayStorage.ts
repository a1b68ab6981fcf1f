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
  /** Inquiries made so far; the next one is due after Antom's documented back-off. */
  inquiryCount: number;
  /** The last gateway fault recorded for this checkout (see `GatewayFault`), or null. */
  faultCode: GatewayFault | null;
  faultCount: number;
  orders: CheckoutOrderRecord[];
}

/**
 * A gateway fault, recorded with the checkout (and raised as an event), changing no payment state:
 * - `untrusted-answer`: a batchPay answer unsigned where a signature is required, forged, stale, or not bound to
 *   our request (another batch, order, amount, client id, or paymentIds of another checkout).
 * - `unbound-inquiry`: an inquiry answer about another payment or amount.
 * - `contradiction`: a signed result that contradicts a final order status (SUCCESS is kept; a SUCCESS over a
 *   FAIL is taken, because money moved).
 */
export type GatewayFault = 'untrusted-answer' | 'unbound-inquiry' | 'contradiction';

/** A signed result that disagreed with a stored final status, and what was kept. */
export interface Contradiction {
  referenceOrderId: string;
  stored: OrderPaymentStatus;
  reported: OrderPaymentStatus;
  kept: OrderPaymentStatus;
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
  /**
   * Call sequences to Antom to count with the row (default 0): 1 when the creating request calls Antom right after
   * this commit, so the count is durable before the call without a commit of its own.
   */
  antomCalls?: number | undefined;
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
   * Inserts the checkout and its orders in one transaction (one commit, nothing read back), unless a checkout with the same idempotency key exists:
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
   * Applies per-order results in one transaction. A PROCESSING order takes any final result; a SUCCESS never changes
   * again; a FAIL or CANCELLED order takes a later SUCCESS (Antom signed that money moved). Every other disagreement
   * with a final status is a contradiction: kept as it was, counted as a `contradiction` fault in the same
   * transaction. Replays change nothing.
   */
  applyOrderResults(
    checkoutId: string,
    results: OrderResult[],
    options: { now: string; source: 'notification' | 'inquiry'; failureCode?: string },
  ): Promise<{ changed: number; contradictions: Contradiction[] }>;
  /**
   * Takes the right to inquire now: true when the last inquiry is older than `notAfter` (or none was made).
   * Counts the inquiry.
   */
  claimInquiry(checkoutId: string, notAfter: string, now: string): Promise<boolean>;
  /** Records a gateway fault for the checkout; no payment state changes. */
  recordFault(checkoutId: string, fault: GatewayFault, now: string): Promise<void>;
  /** The checkout that holds this Antom paymentId, if any (a replayed answer carries another checkout's ids). */
  getCheckoutIdByPaymentId(paymentId: string): Promise<string | null>;
  /** The checkouts that hold any of these Antom paymentIds, in one query (the replay check of a batchPay answer). */
  findPaymentIdHolders(paymentIds: string[]): Promise<Array<{ paymentId: string; checkoutId: string }>>;
  /**
   * Checkouts that may still change: some order PROCESSING and the creation not refused, oldest update first (for a
   * periodic refresh of checkouts no buyer polls any more).
   */
  listOpenCheckouts(limit: number): Promise<CheckoutRecord[]>;
  /** Extends the lease this request holds on a pending checkout (a heartbeat while Antom is called). */
  renewLease(checkoutId: string, leaseUntil: string, now: string): Promise<void>;
  close(): Promise<void>;
}
