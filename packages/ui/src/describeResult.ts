import {
  type Amount,
  type BatchPayOutcome,
  type CheckoutOrderView,
  type CheckoutView,
  type FailedOutcome,
  kitFailureCodes,
  type Order,
  type OrderStatus,
} from '@batchpay/core';
import type { CheckoutState } from '@batchpay/react';

/**
 * What `PaymentResult` shows: the checkout machine's state (`useBatchPay().state`), or, for a page that has only
 * one of them, the server's view of the checkout or the answer's outcome.
 */
export type PaymentResultState = CheckoutState | CheckoutView | BatchPayOutcome;

/**
 * `paid`: every order paid. `partly-paid`: some paid, the others final-not-paid. `processing`: not final yet.
 * `unconfirmed`: the answer could not be trusted yet (PAYMENT_UNCONFIRMED); not final, never "not paid".
 * `failed`: nothing paid, final. `none`: nothing to show yet (idle, submitting).
 */
export type ResultKind = 'paid' | 'partly-paid' | 'processing' | 'unconfirmed' | 'failed' | 'none';

export type ResultFailure = Pick<FailedOutcome, 'code' | 'status' | 'messageKey' | 'retry'>;

export interface ResultOrder {
  referenceOrderId: string;
  referenceMerchantId: string;
  description: string;
  merchant: string;
  amount: Amount;
  status: OrderStatus;
}

export interface DescribedResult {
  kind: ResultKind;
  failure: ResultFailure | undefined;
  orders: ResultOrder[];
}

/** The kit's code for an answer that could not be confirmed (core's `kitFailureCodes.unconfirmed`). */
export const UNCONFIRMED_CODE = kitFailureCodes.unconfirmed;

const unknownFailure: ResultFailure = {
  code: 'UNKNOWN',
  status: 'F',
  messageKey: 'result.UNKNOWN',
  retry: 'new-request-id',
};

function isOutcome(value: PaymentResultState): value is BatchPayOutcome {
  return 'kind' in value;
}

function isView(value: PaymentResultState): value is CheckoutView {
  return 'final' in value && 'orders' in value;
}

function isUnconfirmed(failure: ResultFailure | undefined): boolean {
  return failure?.code === UNCONFIRMED_CODE;
}

/** The failure the server reports for a view: its `failure`, else a failed creation outcome. */
function viewFailure(view: CheckoutView): ResultFailure | undefined {
  return view.failure ?? (view.outcome.kind === 'failed' ? view.outcome : undefined);
}

function kindOfView(view: CheckoutView): { kind: ResultKind; failure: ResultFailure | undefined } {
  // `partially_paid` is new in the merchant API; read as a string so an older core's type does not hide it.
  const status: string = view.status;
  const failure = viewFailure(view);
  const paid = view.orders.filter((o) => o.status === 'succeeded').length;
  const unpaid = view.orders.filter((o) => o.status === 'failed').length;
  if (status === 'succeeded') return { kind: paid > 0 && unpaid > 0 ? 'partly-paid' : 'paid', failure: undefined };
  if (status === 'partially_paid') return { kind: 'partly-paid', failure };
  if (status === 'processing' || !view.final) {
    return { kind: isUnconfirmed(failure) ? 'unconfirmed' : 'processing', failure: undefined };
  }
  // Final and not succeeded: a paid order is never shown as failed or expired, and never invites a second charge.
  if (paid > 0) return { kind: 'partly-paid', failure };
  return { kind: 'failed', failure: failure ?? unknownFailure };
}

function kindOfFailure(failure: ResultFailure): ResultKind {
  return isUnconfirmed(failure) ? 'unconfirmed' : 'failed';
}

function orderStatusFor(kind: ResultKind, given: OrderStatus): OrderStatus {
  if (kind === 'paid') return 'succeeded';
  // Not final: an order is never shown "Not paid" while the batch may still move.
  if (kind === 'processing' || kind === 'unconfirmed' || kind === 'none') return 'processing';
  return given;
}

/** An order as the result lists it: its own description and merchant name, else the cart's, else its ids. */
function resultOrder(
  order: Pick<CheckoutOrderView, 'referenceOrderId' | 'referenceMerchantId' | 'orderAmount'> & {
    orderDescription?: string | undefined;
    merchantName?: string | undefined;
  },
  status: OrderStatus,
  cart?: Map<string, Order>,
): ResultOrder {
  const fromCart = cart?.get(order.referenceOrderId);
  return {
    referenceOrderId: order.referenceOrderId,
    referenceMerchantId: order.referenceMerchantId,
    description: order.orderDescription ?? fromCart?.orderDescription ?? order.referenceOrderId,
    merchant: order.merchantName ?? fromCart?.merchant.merchantName ?? order.referenceMerchantId,
    amount: order.orderAmount,
    status,
  };
}

/**
 * The result as the buyer should read it, from the machine's state (or a view, or an outcome), and the orders with
 * what happened to each. A direct `S` answer is paid with or without a view; a view wins over the state's status
 * where it has one (it is the server's record of what Antom said).
 */
export function describeResult(input: PaymentResultState, cartOrders?: readonly Order[]): DescribedResult {
  const cart = new Map((cartOrders ?? []).map((o) => [o.referenceOrderId, o]));
  let kind: ResultKind;
  let failure: ResultFailure | undefined;
  let view: CheckoutView | undefined;
  let outcome: BatchPayOutcome | undefined;

  if (isOutcome(input)) {
    outcome = input;
    if (input.kind === 'succeeded') kind = 'paid';
    else if (input.kind === 'redirect') kind = 'processing';
    else {
      failure = input;
      kind = kindOfFailure(input);
    }
  } else if (isView(input)) {
    view = input;
    ({ kind, failure } = kindOfView(input));
  } else {
    switch (input.status) {
      case 'idle':
      case 'submitting':
        kind = 'none';
        break;
      case 'redirecting':
        kind = 'processing';
        break;
      case 'awaiting-return':
        view = input.view;
        ({ kind, failure } = view ? kindOfView(view) : { kind: 'processing', failure: undefined });
        if (input.unconfirmed && kind === 'processing') kind = 'unconfirmed';
        break;
      case 'partially-paid':
        view = input.view;
        kind = 'partly-paid';
        failure = viewFailure(input.view);
        break;
      case 'succeeded':
        // The machine says paid (a direct S answer or the server's final word): paid, whatever a stale view says.
        view = input.view;
        kind = view?.final && kindOfView(view).kind === 'partly-paid' ? 'partly-paid' : 'paid';
        break;
      case 'failed': {
        view = input.view;
        const fromState = kindOfFailure(input.failure);
        if (view && fromState !== 'unconfirmed') ({ kind, failure } = kindOfView(view));
        else {
          kind = fromState;
          failure = input.failure;
        }
        if (kind === 'failed' && !failure) failure = input.failure;
        break;
      }
    }
  }

  let orders: ResultOrder[];
  if (view) {
    orders = view.orders.map((o) => resultOrder(o, orderStatusFor(kind, o.status), cart));
  } else {
    const summaries = outcome && outcome.kind !== 'failed' ? outcome.orderSummaries : [];
    const status = orderStatusFor(kind, kind === 'failed' ? 'failed' : 'processing');
    orders =
      summaries.length > 0
        ? summaries.map((s) => resultOrder(s, status, cart))
        : (cartOrders ?? []).map((o) => resultOrder({ ...o, ...o.merchant }, status));
  }
  return { kind, failure, orders };
}
