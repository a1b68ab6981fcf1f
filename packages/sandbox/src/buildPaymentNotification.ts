import type { Amount, Result } from '@batchpay/core';
import { resultOf } from './gatewayAnswer.js';
import type { SandboxBatch, SandboxOrderRecord } from './SandboxBatch.js';

/**
 * Antom's per-payment `notifyPayment` body (field names of Antom's Java SDK `AlipayPayResultNotify` and its Go and
 * Python counterparts). In a batch each order is one payment: `paymentId` is the order's, and `paymentRequestId` is the
 * `batchPaymentRequestId` (an assumption: Antom does not document which id a batch's per-payment notification carries).
 */
export interface PaymentResultNotification {
  notifyType: 'PAYMENT_RESULT';
  result: Result;
  paymentRequestId: string;
  paymentId: string;
  paymentAmount: Amount;
  paymentCreateTime: string;
  paymentTime?: string;
  paymentMethodType: string;
}

/** The per-payment notification for one order of a batch in a final state. */
export function buildPaymentNotification(batch: SandboxBatch, order: SandboxOrderRecord): PaymentResultNotification {
  const succeeded = batch.status === 'SUCCESS';
  const body: PaymentResultNotification = {
    notifyType: 'PAYMENT_RESULT',
    result: succeeded ? resultOf('SUCCESS') : resultOf(batch.resultCode, batch.resultMessage),
    paymentRequestId: batch.batchPaymentRequestId,
    paymentId: order.paymentId,
    paymentAmount: order.orderAmount,
    paymentCreateTime: batch.paymentCreateTime,
    paymentMethodType: batch.paymentMethodType,
  };
  if (succeeded && batch.paymentTime) body.paymentTime = batch.paymentTime;
  return body;
}
