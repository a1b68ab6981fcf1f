import type { NotifyPaymentRequest } from '@batchpay/core';
import { resultOf } from './gatewayAnswer.js';
import type { SandboxBatch } from './SandboxBatch.js';

/** The `notifyPayment` body for a batch in a final state (spec, Decisions: one notification per batch). */
export function buildNotification(batch: SandboxBatch): NotifyPaymentRequest {
  const succeeded = batch.status === 'SUCCESS';
  const body: NotifyPaymentRequest = {
    notifyType: 'PAYMENT_RESULT',
    result: succeeded ? resultOf('SUCCESS') : resultOf(batch.resultCode, batch.resultMessage),
    batchPaymentRequestId: batch.batchPaymentRequestId,
    paymentAmount: batch.paymentAmount,
    paymentCreateTime: batch.paymentCreateTime,
    orderSummaries: batch.orders.map((order) => ({
      referenceOrderId: order.referenceOrderId,
      referenceMerchantId: order.referenceMerchantId,
      paymentId: order.paymentId,
      orderAmount: order.orderAmount,
      paymentStatus: succeeded ? 'SUCCESS' : 'FAIL',
    })),
  };
  if (succeeded && batch.paymentTime) body.paymentTime = batch.paymentTime;
  return body;
}
