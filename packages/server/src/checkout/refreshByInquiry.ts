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
  if (checkout.creation === 'failed' || checkoutStatus(checkout).status !== 'processing') return checkout;
  if (!checkout.orders.some((o) => o.paymentStatus === 'PROCESSING')) return checkout;
  if (checkout.creation === 'pending') {
    // Not asked yet, or a request is calling Antom right now: its answer comes first.
    if (checkout.antomCalls === 0 || ctx.inflight.has(checkout.checkoutId)) return checkout;
    if (Date.parse(checkout.leaseUntil) > now.getTime()) return checkout;
  }
  const expired = now.getTime() > Date.parse(checkout.expiresAt);
  const askedSinceExpiry = checkout.lastInquiryAt !== null && checkout.lastInquiryAt > checkout.expiresAt;
  const dueByExpiry = expired && !askedSinceExpiry;
  const interval = inquiryInterval(ctx.inquiryAfterMs, checkout.inquiryCount);
  const quietSince = Date.parse(checkout.lastNotifiedAt ?? checkout.createdAt);
  const dueBySchedule = now.getTime() - quietSince >= ctx.inquiryAfterMs;
  if (!dueByExpiry && !dueBySchedule) return checkout;
  const notAfter = dueByExpiry ? checkout.expiresAt : new Date(now.getTime() - interval).toISOString();
  if (!(await ctx.storage.claimInquiry(checkout.checkoutId, notAfter, now.toISOString()))) return checkout;
  await inquireAntom(ctx, checkout);
  return (await ctx.storage.getCheckout(checkout.checkoutId)) ?? checkout;
}
