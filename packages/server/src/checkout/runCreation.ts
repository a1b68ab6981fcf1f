import {
  type BatchPayOutcome,
  type FailedOutcome,
  failedOutcome,
  interpretBatchPayResponse,
  kitFailureCodes,
} from '@batchpay/core';
import { callAgainCodes } from '../antom/callAgainCodes.js';
import type { HandlerContext } from '../HandlerContext.js';
import type { CheckoutRecord } from '../storage/BatchPayStorage.js';
import { inquireAntom } from './inquireAntom.js';
import { unconfirmedOutcome } from './toCheckoutView.js';

const gatewayFaults = new Set(['signature', 'unbound', 'contract', 'malformed']);

/** A transport failure for the buyer: no cause, no path (those go to the event log). */
function transportOutcome(): FailedOutcome {
  return failedOutcome(kitFailureCodes.transportError, 'U', 'Antom could not be reached; try again with the same key.');
}

/** Keeps the request holder's lease alive while Antom is called, so a dead process's lease runs out quickly. */
function heartbeat(ctx: HandlerContext, checkoutId: string): () => void {
  const timer = setInterval(
    () => {
      const now = ctx.now();
      void ctx.storage
        .renewLease(checkoutId, new Date(now.getTime() + ctx.leaseMs).toISOString(), now.toISOString())
        .catch(() => {});
    },
    Math.max(50, Math.floor(ctx.leaseMs / 3)),
  );
  return () => clearInterval(timer);
}

/**
 * Calls batchPay for a checkout this request holds the lease of, sending the stored body (same bytes, same
 * batchPaymentRequestId), and stores the answer when it is trusted and bound to this request.
 * - A resumed checkout (an earlier call may have reached Antom) first asks Antom by its batchPaymentRequestId, and
 *   sends the same id again only when Antom has no record of it.
 * - A transport failure or a "call again" code leaves the checkout pending and releases the lease, so a retry with
 *   the same Idempotency-Key resumes the same batch.
 * - An answer we cannot trust (unsigned where it must be signed, forged, stale, another batch's) is a gateway
 *   fault: recorded, no payment state changes, the buyer gets PAYMENT_UNCONFIRMED and never its URLs.
 * - FAIL is written for the orders only on a final F; a U on a resumed id never writes FAIL.
 */
export async function runCreation(
  ctx: HandlerContext,
  checkout: CheckoutRecord,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<BatchPayOutcome> {
  const ids = { checkoutId: checkout.checkoutId, batchPaymentRequestId: checkout.batchPaymentRequestId };
  const release = () => ctx.storage.releaseLease(checkout.checkoutId, ctx.now().toISOString());
  // A fresh checkout was inserted with its first call already counted (one commit fewer); any other was called before.
  const resumed = !fresh && checkout.antomCalls > 0;
  if (resumed) {
    if (checkout.orders.some((o) => o.paymentStatus !== 'PROCESSING')) {
      // Antom already spoke about this batch (notification or inquiry): never send it again.
      await release();
      return unconfirmedOutcome();
    }
    const finding = await inquireAntom(ctx, checkout);
    if (finding !== 'none') {
      ctx.emit({
        type: 'checkout.not-resent',
        ...ids,
        detail:
          finding === 'found'
            ? 'Antom has a record of this batchPaymentRequestId: not sent again'
            : 'no trusted inquiry answer: not sent again',
      });
      await release();
      return finding === 'found' ? unconfirmedOutcome() : transportOutcome();
    }
  }
  if (!fresh) await ctx.storage.countAntomCall(checkout.checkoutId);
  const stop = heartbeat(ctx, checkout.checkoutId);
  let answer: Awaited<ReturnType<typeof ctx.antom.batchPay>>;
  try {
    answer = await ctx.antom.batchPay(checkout.requestBody);
  } finally {
    stop();
  }
  if (!answer.ok) {
    if (gatewayFaults.has(answer.failure)) {
      await ctx.storage.recordFault(checkout.checkoutId, 'untrusted-answer', ctx.now().toISOString());
      ctx.emit({ type: 'antom.answer.untrusted', ...ids, detail: `${answer.failure}: ${answer.message}` });
      await release();
      return unconfirmedOutcome();
    }
    ctx.emit({ type: 'antom.batchPay.failed', ...ids, detail: `${answer.failure}: ${answer.message}` });
    await release();
    return transportOutcome();
  }
  const paymentIds = (answer.body.orderSummaries ?? []).map((summary) => summary.paymentId);
  const foreign = (await ctx.storage.findPaymentIdHolders(paymentIds)).find(
    (holder) => holder.checkoutId !== checkout.checkoutId,
  );
  if (foreign) {
    await ctx.storage.recordFault(checkout.checkoutId, 'untrusted-answer', ctx.now().toISOString());
    ctx.emit({
      type: 'antom.answer.untrusted',
      ...ids,
      detail: `replayed: paymentId ${foreign.paymentId} belongs to checkout ${foreign.checkoutId}`,
    });
    await release();
    return unconfirmedOutcome();
  }
  const outcome = interpretBatchPayResponse(answer.body);
  const { resultStatus, resultCode } = answer.body.result;
  ctx.emit({
    type: 'antom.batchPay',
    ...ids,
    detail: `${resultStatus} ${resultCode} after ${answer.attempts} attempt(s)${answer.signed ? '' : ' (unsigned)'}`,
  });
  if (outcome.kind === 'failed' && resultStatus === 'U' && (resumed || callAgainCodes.has(resultCode))) {
    // Not a verdict: a resumed id's U, or Antom asked us to call again. Stay pending; the same key resumes.
    await release();
    ctx.emit({ type: 'checkout.outcome', ...ids, detail: `still pending after U ${resultCode}` });
    if (callAgainCodes.has(resultCode)) return { ...failedOutcome(resultCode, 'U'), retry: 'same-request-id' };
    return unconfirmedOutcome();
  }
  const summaries = outcome.kind === 'failed' ? (answer.body.orderSummaries ?? []) : outcome.orderSummaries;
  const stored = await ctx.storage.finishCreation(checkout.checkoutId, {
    creation: outcome.kind === 'failed' ? 'failed' : 'created',
    outcomeJson: JSON.stringify(outcome),
    paymentIds: summaries.map((s) => ({ referenceOrderId: s.referenceOrderId, paymentId: s.paymentId })),
    ...(outcome.kind === 'succeeded' ? { orderStatus: 'SUCCESS' as const } : {}),
    ...(outcome.kind === 'failed' && resultStatus === 'F' ? { orderStatus: 'FAIL' as const } : {}),
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
