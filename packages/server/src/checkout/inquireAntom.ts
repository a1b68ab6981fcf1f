import type { Amount, InquiryPaymentRequest } from '@batchpay/core';
import type { HandlerContext } from '../HandlerContext.js';
import type { CheckoutRecord, OrderResult } from '../storage/BatchPayStorage.js';

/**
 * What the inquiry learned: `none` = Antom has no record of the batch (ORDER_NOT_EXIST), so the same
 * batchPaymentRequestId may be sent again; `found` = Antom knows the payment; `unknown` = no trusted answer.
 */
export type InquiryFinding = 'none' | 'found' | 'unknown';

const untrusted = new Set(['signature', 'unbound', 'contract', 'malformed']);

/**
 * Asks Antom about the open orders of a checkout and stores what its signed answers say: per order by paymentId
 * (each answer must name that paymentId and the order's amount), or the whole batch by its batchPaymentRequestId
 * when we never received trusted paymentIds (a lost or untrusted batchPay answer). No clock decides anything here.
 */
export async function inquireAntom(ctx: HandlerContext, checkout: CheckoutRecord): Promise<InquiryFinding> {
  const ids = { checkoutId: checkout.checkoutId, batchPaymentRequestId: checkout.batchPaymentRequestId };
  const open = checkout.orders.filter((o) => o.paymentStatus === 'PROCESSING');
  const byPaymentId = open.filter((o) => o.paymentId);
  const asks: Array<{ request: InquiryPaymentRequest; amount: Amount; orders: string[] }> =
    byPaymentId.length === open.length && open.length > 0
      ? byPaymentId.map((o) => ({
          request: { paymentId: o.paymentId ?? '' },
          amount: { currency: o.currency, value: o.orderAmount },
          orders: [o.referenceOrderId],
        }))
      : [
          {
            request: { paymentRequestId: checkout.batchPaymentRequestId },
            amount: { currency: checkout.currency, value: checkout.paymentAmount },
            orders: open.map((o) => o.referenceOrderId),
          },
        ];
  const results: OrderResult[] = [];
  const seen: string[] = [];
  let finding: InquiryFinding = 'found';
  let failureCode: string | undefined;
  const now = () => ctx.now().toISOString();
  for (const ask of asks) {
    const what = ask.request.paymentId ?? `batch ${checkout.batchPaymentRequestId}`;
    const answer = await ctx.antom.inquiryPayment(ask.request, { paymentAmount: ask.amount });
    if (!answer.ok) {
      finding = 'unknown';
      if (untrusted.has(answer.failure)) {
        await ctx.storage.recordFault(checkout.checkoutId, 'unbound-inquiry', now());
        ctx.emit({ type: 'inquiry.untrusted', ...ids, detail: `${what}: ${answer.failure}: ${answer.message}` });
      } else {
        ctx.emit({ type: 'inquiry.failed', ...ids, detail: `${what}: ${answer.failure}: ${answer.message}` });
      }
      continue;
    }
    const { resultStatus, resultCode } = answer.body.result;
    if (resultStatus !== 'S') {
      if (resultCode === 'ORDER_NOT_EXIST' && !ask.request.paymentId) {
        finding = finding === 'found' ? 'none' : finding;
        ctx.emit({ type: 'inquiry.no-record', ...ids, detail: `${what}: Antom has no record (${resultCode})` });
      } else {
        finding = 'unknown';
        ctx.emit({ type: 'inquiry.failed', ...ids, detail: `${what}: ${resultStatus} ${resultCode}` });
      }
      continue;
    }
    const status = answer.body.paymentStatus;
    seen.push(`${what}=${status ?? 'none'}`);
    if (status === 'SUCCESS' || status === 'FAIL' || status === 'CANCELLED') {
      for (const referenceOrderId of ask.orders) results.push({ referenceOrderId, paymentStatus: status });
      if (status !== 'SUCCESS')
        failureCode ??= answer.body.paymentResultCode ?? (status === 'CANCELLED' ? 'ORDER_IS_CANCELED' : undefined);
    }
  }
  const { changed, contradictions } = await ctx.storage.applyOrderResults(checkout.checkoutId, results, {
    now: now(),
    source: 'inquiry',
    ...(failureCode ? { failureCode } : {}),
  });
  if (contradictions.length > 0) {
    ctx.emit({
      type: 'payment.contradiction',
      ...ids,
      detail: `inquiry: ${contradictions.map((c) => `${c.referenceOrderId} stored ${c.stored}, reported ${c.reported}, kept ${c.kept}`).join('; ')}`,
    });
  }
  ctx.emit({
    type: 'inquiry.done',
    ...ids,
    detail: `${seen.join(', ') || 'no answer'}; ${changed} order(s) changed`,
  });
  return finding;
}
