import { amountsEqual, type PaymentResultNotify, PaymentResultNotifySchema, parseSchema } from '@batchpay/core';
import type { HandlerContext } from '../HandlerContext.js';
import { ApiError } from '../http/ApiError.js';
import { describeIssues } from '../http/describeIssues.js';
import type { CheckoutOrderRecord, CheckoutRecord, OrderPaymentStatus } from '../storage/BatchPayStorage.js';

interface Match {
  checkout: CheckoutRecord;
  order: CheckoutOrderRecord;
  by: 'paymentId' | 'paymentRequestId';
}

/**
 * The order a per-payment notification is about: by `paymentId` (Antom's id of the order's payment, from the
 * batchPay answer), else by `paymentRequestId` (the batch's `batchPaymentRequestId`) when that names exactly one
 * order we hold no paymentId for yet (the only one, or the only one of that amount). Anything else is no match:
 * guessing between orders could mark the wrong one paid.
 */
async function matchOrder(ctx: HandlerContext, notification: PaymentResultNotify): Promise<Match | string> {
  const { paymentId, paymentRequestId } = notification;
  if (paymentId !== undefined) {
    const holder = await ctx.storage.getCheckoutIdByPaymentId(paymentId);
    const checkout = holder === null ? null : await ctx.storage.getCheckout(holder);
    const order = checkout?.orders.find((o) => o.paymentId === paymentId);
    if (checkout && order) return { checkout, order, by: 'paymentId' };
  }
  const checkout = await ctx.storage.getCheckoutByBatchId(paymentRequestId);
  if (!checkout) {
    return `no order has paymentId ${paymentId ?? '(none)'} and no checkout has batchPaymentRequestId ${paymentRequestId}`;
  }
  const open = checkout.orders.filter((o) => o.paymentId === null);
  if (open.length === 0) {
    return `paymentId ${paymentId ?? '(none)'} is none of the paymentIds Antom gave the orders of ${paymentRequestId}`;
  }
  const candidates =
    open.length === 1
      ? open
      : open.filter((o) => amountsEqual(notification.paymentAmount, { currency: o.currency, value: o.orderAmount }));
  const [order] = candidates;
  if (candidates.length !== 1 || !order) {
    return `paymentRequestId ${paymentRequestId} names ${open.length} orders without a paymentId yet, and the amount does not tell them apart`;
  }
  return { checkout, order, by: 'paymentRequestId' };
}

/** What the notification says about its payment: final only for a PAYMENT_RESULT with S or F. */
function statusOf(notification: PaymentResultNotify): OrderPaymentStatus {
  if (notification.notifyType !== 'PAYMENT_RESULT') return 'PROCESSING';
  if (notification.result.resultStatus === 'S') return 'SUCCESS';
  if (notification.result.resultStatus === 'F') return 'FAIL';
  return 'PROCESSING';
}

/**
 * Antom's documented per-payment `notifyPayment` (`paymentRequestId`, `paymentId`, `paymentAmount`, `result`): one
 * per order of a batch. Matched to its order (see `matchOrder`); the amount and currency must be the order's. Applies
 * the result once, with the same rules as a batch notification (SUCCESS is never taken back). When it cannot be
 * matched it changes nothing, raises `notify.unmatched` and is not acknowledged, so Antom delivers it again.
 */
export async function applyPaymentNotification(ctx: HandlerContext, json: unknown): Promise<void> {
  const parsed = parseSchema(PaymentResultNotifySchema, json);
  if (!parsed.ok) throw new ApiError(400, 'INVALID_BODY', describeIssues(parsed.issues), parsed.issues[0]?.path);
  const notification = parsed.value;
  const match = await matchOrder(ctx, notification);
  if (typeof match === 'string') {
    ctx.emit({
      type: 'notify.unmatched',
      detail: `per-payment notification: ${match}; not acknowledged, so Antom delivers it again`,
    });
    throw new ApiError(
      404,
      'UNKNOWN_PAYMENT',
      `No order matches this notification: ${match}.`,
      notification.paymentId !== undefined ? 'paymentId' : 'paymentRequestId',
    );
  }
  const { checkout, order } = match;
  const ids = { checkoutId: checkout.checkoutId, batchPaymentRequestId: checkout.batchPaymentRequestId };
  const expected = { currency: order.currency, value: order.orderAmount };
  if (!amountsEqual(notification.paymentAmount, expected)) {
    ctx.emit({
      type: 'notify.rejected',
      ...ids,
      detail: `order ${order.referenceOrderId}: amount ${notification.paymentAmount.currency} ${notification.paymentAmount.value} differs from ${expected.currency} ${expected.value}`,
    });
    throw new ApiError(
      400,
      'AMOUNT_MISMATCH',
      `paymentAmount ${notification.paymentAmount.currency} ${notification.paymentAmount.value} is not order ${order.referenceOrderId}'s ${expected.currency} ${expected.value}.`,
      'paymentAmount',
    );
  }
  const paymentStatus = statusOf(notification);
  const { changed, contradictions } = await ctx.storage.applyOrderResults(
    checkout.checkoutId,
    [
      {
        referenceOrderId: order.referenceOrderId,
        ...(notification.paymentId !== undefined ? { paymentId: notification.paymentId } : {}),
        paymentStatus,
      },
    ],
    {
      now: ctx.now().toISOString(),
      source: 'notification',
      ...(paymentStatus === 'FAIL' ? { failureCode: notification.result.resultCode } : {}),
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
    detail: `${notification.notifyType} ${notification.result.resultStatus} ${notification.result.resultCode} for payment ${notification.paymentId ?? '(no paymentId)'} (matched by ${match.by}): ${order.referenceOrderId}=${paymentStatus}; ${changed} order(s) changed`,
  });
}
