import {
  type BatchPayOutcome,
  type CartView,
  type CashierUrls,
  type CheckoutStatus,
  type CheckoutView,
  type CreateCheckoutResponse,
  type FailedOutcome,
  failedOutcome,
  type OrderStatus,
  type PaymentMethodOption,
  type ResultStatus,
} from '@batchpay/core';
import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { testCart, testCashierUrls, testMethods } from './testFixtures.js';

/**
 * How the emulated merchant API ends the checkout:
 * - `'paid'`: Antom answered S; every order is paid.
 * - `'redirect'`: PAYMENT_IN_PROCESS with cashier URLs; the status stays `processing` (the buyer is at the wallet).
 * - `'partially-paid'`, `'expired'`, `'cancelled'`: a redirect, then the status the server reads from Antom.
 * - `'unconfirmed'`: PAYMENT_UNCONFIRMED (the answer could not be trusted yet); the status stays `processing`.
 * - `{ failed: code }`: Antom answered F (or `status: 'U'`) with this result code, e.g. `USER_BALANCE_NOT_ENOUGH`.
 * - `'slow'`: `POST /api/checkouts` never answers (the Pay button stays busy).
 * - `'offline'`: every request fails at the network.
 */
export type BatchPayTestOutcome =
  | 'paid'
  | 'redirect'
  | 'partially-paid'
  | 'expired'
  | 'cancelled'
  | 'unconfirmed'
  | 'slow'
  | 'offline'
  | { failed: string; status?: ResultStatus | undefined };

/** How the cart and the payment methods load: `'slow'` never answers, `'error'` a 503, `'error-once'` then fine. */
export type BatchPayTestLoad = 'ok' | 'slow' | 'error' | 'error-once';

export interface BatchPayHandlersOptions {
  /** The cart `GET /api/carts/:id` answers (any id). Default: `testCart()`. */
  cart?: CartView | undefined;
  /** What `GET /api/payment-methods` lists. Default: `testMethods`. */
  methods?: readonly PaymentMethodOption[] | undefined;
  /** Default `'paid'`. */
  outcome?: BatchPayTestOutcome | undefined;
  /** Default `'ok'`. */
  load?: BatchPayTestLoad | undefined;
  /** The URLs of a redirect. Default: `testCashierUrls`. */
  cashierUrls?: CashierUrls | undefined;
  /** Where your merchant API is mounted, e.g. `https://shop.example`. Default: any origin (`*`). */
  baseUrl?: string | undefined;
  /** The id `POST /api/checkouts` answers. Default `co_test`. */
  checkoutId?: string | undefined;
  /** The wallet the checkout view names. Default `KAKAOPAY`. */
  paymentMethodType?: string | undefined;
}

const CREATED_AT = '2026-11-25T10:00:00Z';

/** The status a view has for an outcome; what each order became. */
function statusOf(outcome: Exclude<BatchPayTestOutcome, 'slow' | 'offline'>): {
  status: CheckoutStatus;
  order: (index: number) => OrderStatus;
  failure?: FailedOutcome;
} {
  if (typeof outcome === 'object') {
    const failure = failedOutcome(outcome.failed, outcome.status ?? 'F');
    return { status: 'failed', order: () => 'failed', failure };
  }
  switch (outcome) {
    case 'paid':
      return { status: 'succeeded', order: () => 'succeeded' };
    case 'partially-paid':
      return { status: 'partially_paid', order: (i) => (i === 1 ? 'failed' : 'succeeded') };
    case 'expired':
      return { status: 'expired', order: () => 'failed', failure: failedOutcome('ORDER_IS_CLOSED') };
    case 'cancelled':
      return { status: 'cancelled', order: () => 'failed', failure: failedOutcome('ORDER_IS_CANCELED') };
    default:
      return { status: 'processing', order: () => 'processing' };
  }
}

/** What `POST /api/checkouts` answers for an outcome (HTTP 200: a failure is an answer, not an HTTP error). */
function answerOf(
  outcome: Exclude<BatchPayTestOutcome, 'slow' | 'offline'>,
  cart: CartView,
  urls: CashierUrls,
): BatchPayOutcome {
  if (typeof outcome === 'object') return failedOutcome(outcome.failed, outcome.status ?? 'F');
  if (outcome === 'paid') {
    return {
      kind: 'succeeded',
      code: 'SUCCESS',
      orderSummaries: cart.orders.map((o) => ({
        referenceOrderId: o.referenceOrderId,
        referenceMerchantId: o.merchant.referenceMerchantId,
        paymentId: `pay_${o.referenceOrderId}`,
        orderAmount: o.orderAmount,
      })),
    };
  }
  if (outcome === 'unconfirmed') return failedOutcome('PAYMENT_UNCONFIRMED', 'U');
  return { kind: 'redirect', urls, orderSummaries: [] };
}

/** The server's view of the checkout (`GET /api/checkouts/:id`), as the merchant API would answer it. */
export function testCheckoutView(
  outcome: Exclude<BatchPayTestOutcome, 'slow' | 'offline'> = 'redirect',
  options: Pick<BatchPayHandlersOptions, 'cart' | 'cashierUrls' | 'checkoutId' | 'paymentMethodType'> = {},
): CheckoutView {
  const cart = options.cart ?? testCart();
  const checkoutId = options.checkoutId ?? 'co_test';
  const { status, order, failure } = statusOf(outcome);
  const paid = (s: OrderStatus) => s === 'succeeded';
  return {
    checkoutId,
    status,
    final: status !== 'processing',
    batchPaymentRequestId: `bpr_${checkoutId}`,
    paymentMethodType: options.paymentMethodType ?? 'KAKAOPAY',
    paymentAmount: cart.paymentAmount,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    outcome: answerOf(outcome, cart, options.cashierUrls ?? testCashierUrls),
    ...(failure ? { failure } : {}),
    orders: cart.orders.map((o, i) => ({
      referenceOrderId: o.referenceOrderId,
      referenceMerchantId: o.merchant.referenceMerchantId,
      ...(o.merchant.merchantName ? { merchantName: o.merchant.merchantName } : {}),
      orderDescription: o.orderDescription,
      orderAmount: o.orderAmount,
      status: order(i),
      ...(paid(order(i)) ? { paymentId: `pay_${o.referenceOrderId}` } : {}),
    })),
  };
}

/**
 * MSW handlers that emulate the merchant API of `@batchpay/server` (`GET /api/carts/:id`, `GET /api/payment-methods`,
 * `POST /api/checkouts`, `GET /api/checkouts/:id`) for one outcome. Use them with `setupServer` (Vitest, Jest) or
 * `setupWorker` (Storybook, the browser). Every answer passes `@batchpay/client`'s answer schemas.
 */
export function batchPayHandlers(options: BatchPayHandlersOptions = {}): RequestHandler[] {
  const { outcome = 'paid', load = 'ok', baseUrl = '*', methods = testMethods } = options;
  const cart = options.cart ?? testCart();
  const urls = options.cashierUrls ?? testCashierUrls;
  const checkoutId = options.checkoutId ?? 'co_test';
  const base = baseUrl.replace(/\/+$/, '');
  const route = (path: string) => `${base}${path}`;
  if (outcome === 'offline') {
    return [http.all(route('/api/*'), () => HttpResponse.error())];
  }
  const unavailable = () =>
    HttpResponse.json(
      { error: { code: 'SERVICE_UNAVAILABLE', message: 'The shop could not answer; try again.' } },
      { status: 503 },
    );
  const answer = async <T>(body: T) => {
    if (load === 'slow') await delay('infinite');
    return HttpResponse.json(body as Record<string, unknown>);
  };
  const loads: RequestHandler[] = [
    ...(load === 'error-once' ? [http.get(route('/api/carts/:id'), unavailable, { once: true })] : []),
    http.get(route('/api/carts/:id'), () => (load === 'error' ? unavailable() : answer(cart))),
    http.get(route('/api/payment-methods'), () => answer({ methods })),
  ];
  const created: CreateCheckoutResponse | null =
    outcome === 'slow' ? null : { checkoutId, outcome: answerOf(outcome, cart, urls) };
  const view = testCheckoutView(outcome === 'slow' ? 'redirect' : outcome, { ...options, cart, checkoutId });
  return [
    ...loads,
    http.post(route('/api/checkouts'), async () => {
      if (!created) await delay('infinite');
      return HttpResponse.json(created as unknown as Record<string, unknown>);
    }),
    http.get(route('/api/checkouts/:id'), ({ params }) =>
      HttpResponse.json({ ...view, checkoutId: String(params.id) } as unknown as Record<string, unknown>),
    ),
  ];
}
