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

/** The outcome stored with the checkout; a checkout Antom never answered for shows the transport failure. */
export function storedOutcome(record: CheckoutRecord): BatchPayOutcome {
  if (record.outcomeJson) return JSON.parse(record.outcomeJson) as BatchPayOutcome;
  return failedOutcome(kitFailureCodes.transportError, 'U', 'Antom has not answered this checkout yet.');
}

/** Derives the batch status from its orders: all succeeded → succeeded; a failure or cancellation is final. */
export function checkoutStatus(record: CheckoutRecord, now: Date): { status: CheckoutStatus; failure?: FailedOutcome } {
  const outcome = storedOutcome(record);
  if (record.creation === 'failed' && outcome.kind === 'failed') return { status: 'failed', failure: outcome };
  const statuses = record.orders.map((o) => o.paymentStatus);
  if (statuses.length > 0 && statuses.every((s) => s === 'SUCCESS')) return { status: 'succeeded' };
  if (statuses.includes('FAIL')) {
    // Antom closes a batch that was not paid before its paymentExpiryTime: for the buyer that is an expiry.
    const code = record.resultCode ?? 'PROCESS_FAIL';
    return { status: code === 'ORDER_IS_CLOSED' ? 'expired' : 'failed', failure: failedOutcome(code, 'F') };
  }
  if (statuses.includes('CANCELLED')) {
    return { status: 'cancelled', failure: failedOutcome(record.resultCode ?? 'ORDER_IS_CANCELED', 'F') };
  }
  if (now.getTime() > Date.parse(record.expiresAt)) {
    return {
      status: 'expired',
      failure: failedOutcome('ORDER_IS_CLOSED', 'F', 'The payment expired before it was completed.'),
    };
  }
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
export function toCheckoutView(record: CheckoutRecord, now: Date): CheckoutView {
  const { status, failure } = checkoutStatus(record, now);
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
