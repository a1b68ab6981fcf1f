import { type BatchPayOutcome, failedOutcome, interpretBatchPayResponse, kitFailureCodes } from '@batchpay/core';
import type { HandlerContext } from '../HandlerContext.js';
import type { CheckoutRecord } from '../storage/BatchPayStorage.js';

/**
 * Calls batchPay for a checkout this request holds the lease of, sending the stored body (same bytes, same
 * batchPaymentRequestId), and stores the answer. A transport failure leaves the checkout pending and releases
 * the lease, so a retry with the same Idempotency-Key resumes the same batch.
 */
export async function runCreation(ctx: HandlerContext, checkout: CheckoutRecord): Promise<BatchPayOutcome> {
  const ids = { checkoutId: checkout.checkoutId, batchPaymentRequestId: checkout.batchPaymentRequestId };
  await ctx.storage.countAntomCall(checkout.checkoutId);
  const answer = await ctx.antom.batchPay(checkout.requestBody);
  if (!answer.ok) {
    ctx.emit({ type: 'antom.batchPay.failed', ...ids, detail: `${answer.failure}: ${answer.message}` });
    await ctx.storage.releaseLease(checkout.checkoutId, ctx.now().toISOString());
    const code =
      answer.failure === 'transport' || answer.failure === 'http-status'
        ? kitFailureCodes.transportError
        : kitFailureCodes.invalidResponse;
    return failedOutcome(code, 'U', answer.message);
  }
  const outcome = interpretBatchPayResponse(answer.body);
  ctx.emit({
    type: 'antom.batchPay',
    ...ids,
    detail: `${answer.body.result.resultStatus} ${answer.body.result.resultCode} after ${answer.attempts} attempt(s)${answer.signed ? '' : ' (unsigned)'}`,
  });
  const summaries = outcome.kind === 'failed' ? (answer.body.orderSummaries ?? []) : outcome.orderSummaries;
  const stored = await ctx.storage.finishCreation(checkout.checkoutId, {
    creation: outcome.kind === 'failed' ? 'failed' : 'created',
    outcomeJson: JSON.stringify(outcome),
    paymentIds: summaries.map((s) => ({ referenceOrderId: s.referenceOrderId, paymentId: s.paymentId })),
    ...(outcome.kind === 'succeeded' ? { orderStatus: 'SUCCESS' as const } : {}),
    ...(outcome.kind === 'failed' ? { orderStatus: 'FAIL' as const } : {}),
    now: ctx.now().toISOString(),
  });
  if (!stored) {
    // Another instance stored an answer first (its lease ran out while this call was slow): keep one truth.
    const current = await ctx.storage.getCheckout(checkout.checkoutId);
    if (current?.outcomeJson) return JSON.parse(current.outcomeJson) as BatchPayOutcome;
  }
  ctx.emit({
    type: 'checkout.outcome',
    ...ids,
    detail: outcome.kind === 'failed' ? `failed ${outcome.code}` : outcome.kind,
  });
  return outcome;
}
