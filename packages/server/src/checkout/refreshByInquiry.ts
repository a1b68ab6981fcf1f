import type { HandlerContext } from '../HandlerContext.js';
import type { CheckoutRecord } from '../storage/BatchPayStorage.js';
import { inquireAntom } from './inquireAntom.js';
import { checkoutStatus } from './toCheckoutView.js';

/** Antom's polling guidance: after the first wait, back off by doubling, up to 512 s between inquiries. */
export function inquiryInterval(inquiryAfterMs: number, inquiriesMade: number): number {
  if (inquiriesMade === 0) return inquiryAfterMs;
  return Math.min(inquiryAfterMs * 2 ** inquiriesMade, Math.max(inquiryAfterMs, 512_000));
}

/**
 * Asks Antom when a checkout is not final and no notification came: first `inquiryAfterMs` after the creation or
 * the last notification, then on the back-off of `inquiryInterval`; and always once after the local expiry has
 * passed (our clock only says "ask Antom", never "expired"). A checkout whose batchPay answer was lost or untrusted is
 * asked about by its batchPaymentRequestId. One request at a time does it (claimInquiry). Returns the checkout as
 * stored afterwards.
 */
export async function refreshByInquiry(ctx: HandlerContext, checkout: CheckoutRecord): Promise<CheckoutRecord> {
  const now = ctx.now();
  const notAfter = inquiryDue(ctx, checkout, now);
  if (notAfter === undefined) return checkout;
  if (!(await ctx.storage.claimInquiry(checkout.checkoutId, notAfter, now.toISOString()))) return checkout;
  await inquireAntom(ctx, checkout);
  return (await ctx.storage.getCheckout(checkout.checkoutId)) ?? checkout;
}

/**
 * When an inquiry is due for this checkout as stored: the `notAfter` for `claimInquiry` (the last inquiry must be older
 * than it), or undefined when none is due. No I/O.
 */
export function inquiryDue(ctx: HandlerContext, checkout: CheckoutRecord, now: Date): string | undefined {
  if (checkout.creation === 'failed' || checkoutStatus(checkout).status !== 'processing') return undefined;
  if (!checkout.orders.some((o) => o.paymentStatus === 'PROCESSING')) return undefined;
  if (checkout.creation === 'pending') {
    // Not asked yet, or a request is calling Antom right now: its answer comes first.
    if (checkout.antomCalls === 0 || ctx.inflight.has(checkout.checkoutId)) return undefined;
    if (Date.parse(checkout.leaseUntil) > now.getTime()) return undefined;
  }
  const expired = now.getTime() > Date.parse(checkout.expiresAt);
  const askedSinceExpiry = checkout.lastInquiryAt !== null && checkout.lastInquiryAt > checkout.expiresAt;
  const dueByExpiry = expired && !askedSinceExpiry;
  const interval = inquiryInterval(ctx.inquiryAfterMs, checkout.inquiryCount);
  const quietSince = Date.parse(checkout.lastNotifiedAt ?? checkout.createdAt);
  const dueBySchedule = now.getTime() - quietSince >= ctx.inquiryAfterMs;
  if (!dueByExpiry && !dueBySchedule) return undefined;
  const notAfter = dueByExpiry ? checkout.expiresAt : new Date(now.getTime() - interval).toISOString();
  // claimInquiry's own condition, checked on the stored row first: a poll between inquiries writes nothing.
  if (checkout.lastInquiryAt !== null && checkout.lastInquiryAt > notAfter) return undefined;
  return notAfter;
}

/**
 * Starts `refreshByInquiry` in the background when one is due, at most one per checkout in this process (claimInquiry
 * keeps it to one across instances): a status read answers from the database at once, and a later read sees what
 * Antom said.
 */
export function refreshInBackground(ctx: HandlerContext, checkout: CheckoutRecord): void {
  if (ctx.refreshing.has(checkout.checkoutId)) return;
  if (inquiryDue(ctx, checkout, ctx.now()) === undefined) return;
  const running = refreshByInquiry(ctx, checkout)
    .then(() => undefined)
    .catch((error: unknown) => {
      ctx.emit({
        type: 'inquiry.failed',
        checkoutId: checkout.checkoutId,
        batchPaymentRequestId: checkout.batchPaymentRequestId,
        detail: `background inquiry: ${error instanceof Error ? error.message : String(error)}`,
      });
    })
    .finally(() => ctx.refreshing.delete(checkout.checkoutId));
  ctx.refreshing.set(checkout.checkoutId, running);
}
