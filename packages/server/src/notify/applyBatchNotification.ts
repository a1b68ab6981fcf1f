import { amountsEqual, NotifyPaymentRequestSchema, parseSchema } from '@batchpay/core';
import type { HandlerContext } from '../HandlerContext.js';
import { ApiError } from '../http/ApiError.js';
import { describeIssues } from '../http/describeIssues.js';

/**
 * The per-batch notification (the kit's reading of Antom's batchPay, spec Decisions): `batchPaymentRequestId` and
 * one `orderSummaries` entry per order. Matched to the checkout by `batchPaymentRequestId`; the batch amount, each
 * order's id, amount and paymentId must be ours. Applies each order's result once; throws an ApiError (no
 * acknowledgement, so Antom delivers it again) when it cannot be matched, and changes nothing then.
 */
export async function applyBatchNotification(ctx: HandlerContext, json: unknown): Promise<void> {
  // Sizes before deep validation: a batch has at most 10 orders, so a 20,000-summary body is refused in one line.
  const summaryCount =
    typeof json === 'object' && json !== null && 'orderSummaries' in json && Array.isArray(json.orderSummaries)
      ? json.orderSummaries.length
      : 0;
  if (summaryCount > 10) {
    ctx.emit({ type: 'notify.rejected', detail: `${summaryCount} order summaries` });
    throw new ApiError(
      400,
      'INVALID_BODY',
      `orderSummaries holds ${summaryCount} summaries: a batch has at most 10.`,
      'orderSummaries',
    );
  }
  const parsed = parseSchema(NotifyPaymentRequestSchema, json);
  if (!parsed.ok) throw new ApiError(400, 'INVALID_BODY', describeIssues(parsed.issues), parsed.issues[0]?.path);
  const notification = parsed.value;
  const checkout = await ctx.storage.getCheckoutByBatchId(notification.batchPaymentRequestId);
  if (!checkout) {
    ctx.emit({
      type: 'notify.unmatched',
      batchPaymentRequestId: notification.batchPaymentRequestId,
      detail: 'no checkout has this batchPaymentRequestId: not acknowledged, so Antom delivers it again',
    });
    throw new ApiError(
      404,
      'UNKNOWN_BATCH',
      `No checkout has batchPaymentRequestId ${notification.batchPaymentRequestId}.`,
      'batchPaymentRequestId',
    );
  }
  const ids = { checkoutId: checkout.checkoutId, batchPaymentRequestId: checkout.batchPaymentRequestId };
  const expected = { currency: checkout.currency, value: checkout.paymentAmount };
  if (!amountsEqual(notification.paymentAmount, expected)) {
    ctx.emit({
      type: 'notify.rejected',
      ...ids,
      detail: `amount ${notification.paymentAmount.currency} ${notification.paymentAmount.value} differs from ${expected.currency} ${expected.value}`,
    });
    throw new ApiError(
      400,
      'AMOUNT_MISMATCH',
      `paymentAmount ${notification.paymentAmount.currency} ${notification.paymentAmount.value} is not this batch's ${expected.currency} ${expected.value}.`,
      'paymentAmount',
    );
  }
  for (const [i, summary] of notification.orderSummaries.entries()) {
    const order = checkout.orders.find((o) => o.referenceOrderId === summary.referenceOrderId);
    if (!order) {
      ctx.emit({
        type: 'notify.unmatched',
        ...ids,
        detail: `orderSummaries[${i}].referenceOrderId is not in this batch`,
      });
      throw new ApiError(
        400,
        'UNKNOWN_ORDER',
        `orderSummaries[${i}].referenceOrderId ${summary.referenceOrderId} is not in this batch.`,
        `orderSummaries[${i}].referenceOrderId`,
      );
    }
    if (!amountsEqual(summary.orderAmount, { currency: order.currency, value: order.orderAmount })) {
      ctx.emit({ type: 'notify.rejected', ...ids, detail: `orderSummaries[${i}].orderAmount differs` });
      throw new ApiError(
        400,
        'AMOUNT_MISMATCH',
        `orderSummaries[${i}].orderAmount differs from the stored order amount.`,
        `orderSummaries[${i}].orderAmount`,
      );
    }
    if (order.paymentId !== null && order.paymentId !== summary.paymentId) {
      ctx.emit({
        type: 'notify.rejected',
        ...ids,
        detail: `orderSummaries[${i}].paymentId ${summary.paymentId} is not the stored ${order.paymentId}`,
      });
      throw new ApiError(
        400,
        'PAYMENT_ID_MISMATCH',
        `orderSummaries[${i}].paymentId is not the paymentId Antom gave this order.`,
        `orderSummaries[${i}].paymentId`,
      );
    }
  }
  const final = notification.notifyType === 'PAYMENT_RESULT';
  const { changed, contradictions } = await ctx.storage.applyOrderResults(
    checkout.checkoutId,
    notification.orderSummaries.map((s) => ({
      referenceOrderId: s.referenceOrderId,
      paymentId: s.paymentId,
      paymentStatus: final ? s.paymentStatus : 'PROCESSING',
    })),
    {
      now: ctx.now().toISOString(),
      source: 'notification',
      ...(notification.result.resultStatus !== 'S' ? { failureCode: notification.result.resultCode } : {}),
    },
  );
  if (contradictions.length > 0) {
    ctx.emit({
      type: 'payment.contradiction',
      ...ids,
      detail: `notification: ${contradictions.map((c) => `${c.referenceOrderId} stored ${c.stored}, reported ${c.reported}, kept ${c.kept}`).join('; ')}`,
    });
  }
  ctx.emit({
    type: 'notify.accepted',
    ...ids,
    detail: `${notification.notifyType} ${notification.result.resultStatus} ${notification.result.resultCode}: ${notification.orderSummaries.map((s) => `${s.referenceOrderId}=${s.paymentStatus}`).join(', ')}; ${changed} order(s) changed`,
  });
}
