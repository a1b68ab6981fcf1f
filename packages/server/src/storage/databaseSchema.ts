import type { Generated } from 'kysely';

/** Table types of the merchant database (Kysely). Times are ISO 8601 UTC strings; money is minor units as text. */
export interface CartsTable {
  cart_id: string;
  currency: string;
  created_at: string;
}

export interface CartOrdersTable {
  cart_id: string;
  position: number;
  reference_order_id: string;
  order_description: string;
  /** JSON of the core `Merchant` structure. */
  merchant_json: string;
  /** JSON of `CartGoodsLine[]`: the priced lines the server adds up itself. */
  goods_json: string;
}

export interface CheckoutsTable {
  checkout_id: string;
  idempotency_key: string;
  cart_id: string;
  payment_method_type: string;
  batch_payment_request_id: string;
  /** The exact batchPay body that was (or will be) signed and sent; a resumed call re-sends these bytes. */
  request_body: string;
  currency: string;
  payment_amount: string;
  /** 'pending' until Antom answered with something we trust; then 'created' or 'failed'. */
  creation: string;
  /** JSON of core's BatchPayOutcome, once known. */
  outcome_json: string | null;
  lease_until: string;
  expires_at: string;
  created_at: string;
  updated_at: string;
  last_notified_at: string | null;
  last_inquiry_at: string | null;
  /** The result code of the first final failure Antom reported (notification or inquiry), for the buyer's message. */
  result_code: string | null;
  antom_calls: Generated<number>;
  /** Inquiries made so far (the next one waits longer: Antom's documented back-off). */
  inquiry_count: Generated<number>;
  /**
   * The last gateway fault seen for this checkout: 'untrusted-answer' (unsigned, forged, stale or not bound to our
   * request), 'contradiction' (a signed result that contradicts a final one), or 'unbound-inquiry'.
   */
  fault_code: string | null;
  fault_count: Generated<number>;
}

export interface CheckoutOrdersTable {
  checkout_id: string;
  position: number;
  reference_order_id: string;
  reference_merchant_id: string;
  order_amount: string;
  currency: string;
  payment_id: string | null;
  /** 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'CANCELLED'; the last three never change again. */
  payment_status: string;
  updated_at: string;
}

export interface BatchPayDatabase {
  carts: CartsTable;
  cart_orders: CartOrdersTable;
  checkouts: CheckoutsTable;
  checkout_orders: CheckoutOrdersTable;
}
