import type { BatchPayResponse } from '@batchpay/core';
import { resultOf } from './gatewayAnswer.js';
import type { SandboxBatch } from './SandboxBatch.js';

/** The batchPay answer for a stored batch: what the first call got, and what every repeat of it gets. */
export function buildBatchAnswer(batch: SandboxBatch): BatchPayResponse {
  const orderSummaries = batch.orders.map((o) => ({
    referenceOrderId: o.referenceOrderId,
    referenceMerchantId: o.referenceMerchantId,
    paymentId: o.paymentId,
    orderAmount: o.orderAmount,
  }));
  const common = {
    batchPaymentRequestId: batch.batchPaymentRequestId,
    paymentCreateTime: batch.paymentCreateTime,
  };
  switch (batch.status) {
    case 'PROCESSING': {
      const answer: BatchPayResponse = { result: resultOf('PAYMENT_IN_PROCESS'), ...common };
      if (batch.normalUrl) answer.normalUrl = batch.normalUrl;
      if (batch.applinkUrl) answer.applinkUrl = batch.applinkUrl;
      if (batch.schemeUrl) answer.schemeUrl = batch.schemeUrl;
      if (batch.appIdentifier) answer.appIdentifier = batch.appIdentifier;
      answer.orderSummaries = orderSummaries;
      return answer;
    }
    case 'SUCCESS': {
      const answer: BatchPayResponse = { result: resultOf('SUCCESS'), ...common };
      if (batch.paymentTime) answer.paymentTime = batch.paymentTime;
      if (batch.paymentResultInfo) answer.paymentResultInfo = batch.paymentResultInfo;
      answer.orderSummaries = orderSummaries;
      return answer;
    }
    case 'CANCELLED':
      return {
        result: resultOf(
          'ORDER_IS_CANCELED',
          'The buyer cancelled this combined payment: use a new batchPaymentRequestId.',
        ),
        ...common,
        orderSummaries,
      };
    case 'FAIL':
      return { result: resultOf(batch.resultCode, batch.resultMessage), ...common, orderSummaries };
  }
}
