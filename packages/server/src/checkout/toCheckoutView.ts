import {
  type BatchPayOutcome,
  type BatchPayRequest,
  type CheckoutOrderView,
  type CheckoutStatus,
  type CheckoutView,
  type FailedOutcome,
  failedOutcome,
  isFinalCheckoutStatus,
  kitFailureCodes,
} from '@batchpay/core';
import type { CheckoutRecord, OrderPaymentStatus } from '../storage/BatchPayStorage.js';

function orderStatus(status: OrderPaymentStatus): CheckoutOrderView['status'] {
  if (status === 'SUCCESS') return 'succeeded';
  if (status === 'PROCESSING') return 'processing';
  return 'failed';
}

/** The buyer-facing outcome when the gateway's answer could not be trusted, or money may have moved unseen. */
export function unconfirmedOutcome(): FailedOutcome {
  return failedOutcome(
    kitFailureCodes.unconfirmed,
    'U',
    'The payment could not be confirmed yet: the server is asking Antom.',
  );
}

/**
 * The outcome stored with the checkout. A checkout without a trusted answer shows PAYMENT_UNCONFIRMED when the
 * gateway answered something we could not trust, else the transport failure (retry with the same key).
 */
export function storedOutcome(record: CheckoutRecord): BatchPayOutcome {
  if (record.outcomeJson) return JSON.parse(record.outcomeJson) as BatchPayOutcome;
  if (record.faultCode === 'untrusted-answer') return unconfirmedOutcome();
  return failedOutcome(kitFailureCodes.transportError, 'U', 'Antom has not answered this checkout yet.');
}

/**
 * Derives the batch status from its orders, never from our clock:
 * - every order paid → `succeeded`;
 * - some paid and every other one final without payment → `partially_paid` (final);
 * - none paid and every order final → `expired` (Antom closed it: ORDER_IS_CLOSED), `cancelled`, or `failed`;
 * - none paid, some open, and Antom refused the creation → `failed`;
 * - anything else → `processing` (also past the local expiry: then the server asks Antom).
 */
export function checkoutStatus(record: CheckoutRecord): { status: CheckoutStatus; failure?: FailedOutcome } {
  const statuses = record.orders.map((o) => o.paymentStatus);
  const paid = statuses.filter((s) => s === 'SUCCESS').length;
  const open = statuses.filter((s) => s === 'PROCESSING').length;
  const code = record.resultCode ?? (statuses.includes('FAIL') ? 'PROCESS_FAIL' : 'ORDER_IS_CANCELED');
  if (statuses.length > 0 && paid === statuses.length) return { status: 'succeeded' };
  if (paid > 0) {
    return open > 0 ? { status: 'processing' } : { status: 'partially_paid', failure: failedOutcome(code, 'F') };
  }
  if (statuses.length > 0 && open === 0) {
    if (!statuses.includes('FAIL')) return { status: 'cancelled', failure: failedOutcome(code, 'F') };
    // Antom closes a batch that was not paid before its paymentExpiryTime: for the buyer that is an expiry.
    return { status: code === 'ORDER_IS_CLOSED' ? 'expired' : 'failed', failure: failedOutcome(code, 'F') };
  }
  const outcome = storedOutcome(record);
  if (record.creation === 'failed' && outcome.kind === 'failed') return { status: 'failed', failure: outcome };
  return { status: 'processing' };
}

/** Descriptions and merchant names of the orders, from the batchPay body the server built and stored. */
function orderTexts(requestBody: string): Map<string, { description: string; merchantName?: string }> {
  const texts = new Map<string, { description: string; merchantName?: string }>();
  const request = JSON.parse(requestBody) as BatchPayRequest;
  for (const order of request.orderList) {
    texts.set(order.referenceOrderId, {
      description: order.orderDescription,
      ...(order.merchant.merchantName ? { merchantName: order.merchant.merchantName } : {}),
    });
  }
  return texts;
}

/** `GET /api/checkouts/:id`'s answer for a stored checkout. */
export function toCheckoutView(record: CheckoutRecord): CheckoutView {
  const { status, failure } = checkoutStatus(record);
  const texts = orderTexts(record.requestBody);
  return {
    checkoutId: record.checkoutId,
    status,
    final: isFinalCheckoutStatus(status),
    batchPaymentRequestId: record.batchPaymentRequestId,
    paymentMethodType: record.paymentMethodType,
    paymentAmount: { currency: record.currency, value: record.paymentAmount },
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    outcome: storedOutcome(record),
    ...(failure ? { failure } : {}),
    orders: record.orders.map((o) => {
      const text = texts.get(o.referenceOrderId);
      const merchantName = text?.merchantName;
      return {
        referenceOrderId: o.referenceOrderId,
        referenceMerchantId: o.referenceMerchantId,
        ...(merchantName ? { merchantName } : {}),
        orderDescription: text?.description ?? '',
        orderAmount: { currency: o.currency, value: o.orderAmount },
        ...(o.paymentId ? { paymentId: o.paymentId } : {}),
        status: orderStatus(o.paymentStatus),
      };
    }),
  };
}
