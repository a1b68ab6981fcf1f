import type { HandlerContext } from '../HandlerContext.js';
import type { CheckoutRecord, OrderResult } from '../storage/BatchPayStorage.js';
import { checkoutStatus } from './toCheckoutView.js';

/**
 * When a created batch is not final and no notification came for `inquiryAfterMs`, asks Antom per order
 * (inquiryPayment by paymentId) and stores what it says. One request at a time does it (claimInquiry).
 * Returns the checkout as stored afterwards.
 */
export async function refreshByInquiry(ctx: HandlerContext, checkout: CheckoutRecord): Promise<CheckoutRecord> {
  const now = ctx.now();
  if (checkout.creation !== 'created' || checkoutStatus(checkout, now).status !== 'processing') return checkout;
  const quietSince = Date.parse(checkout.lastNotifiedAt ?? checkout.createdAt);
  if (now.getTime() - quietSince < ctx.inquiryAfterMs) return checkout;
  const open = checkout.orders.filter((o) => o.paymentStatus === 'PROCESSING' && o.paymentId);
  if (open.length === 0) return checkout;
  const notAfter = new Date(now.getTime() - ctx.inquiryAfterMs).toISOString();
  if (!(await ctx.storage.claimInquiry(checkout.checkoutId, notAfter, now.toISOString()))) return checkout;

  const results: OrderResult[] = [];
  let failureCode: string | undefined;
  const seen: string[] = [];
  for (const order of open) {
    const answer = await ctx.antom.inquiryPayment({ paymentId: order.paymentId ?? '' });
    if (!answer.ok) {
      ctx.emit({
        type: 'inquiry.failed',
        checkoutId: checkout.checkoutId,
        detail: `${order.referenceOrderId}: ${answer.failure}: ${answer.message}`,
      });
      continue;
    }
    if (answer.body.result.resultStatus !== 'S') {
      ctx.emit({
        type: 'inquiry.failed',
        checkoutId: checkout.checkoutId,
        detail: `${order.referenceOrderId}: ${answer.body.result.resultStatus} ${answer.body.result.resultCode}`,
      });
      continue;
    }
    const status = answer.body.paymentStatus;
    seen.push(`${order.referenceOrderId}=${status ?? 'none'}`);
    if (status === 'SUCCESS' || status === 'FAIL' || status === 'CANCELLED') {
      results.push({ referenceOrderId: order.referenceOrderId, paymentStatus: status });
      if (status !== 'SUCCESS')
        failureCode ??= answer.body.paymentResultCode ?? (status === 'CANCELLED' ? 'ORDER_IS_CANCELED' : undefined);
    }
  }
  const changed = await ctx.storage.applyOrderResults(checkout.checkoutId, results, {
    now: now.toISOString(),
    source: 'inquiry',
    ...(failureCode ? { failureCode } : {}),
  });
  ctx.emit({
    type: 'inquiry.done',
    checkoutId: checkout.checkoutId,
    batchPaymentRequestId: checkout.batchPaymentRequestId,
    detail: `${seen.join(', ') || 'no answer'}; ${changed} order(s) changed`,
  });
  return (await ctx.storage.getCheckout(checkout.checkoutId)) ?? checkout;
}
