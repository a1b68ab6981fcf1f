import type { CheckoutStatus, CheckoutView } from '@batchpay/core';
import type { BatchPayEvent } from './BatchPayEvent.js';
import { statusChangedEvent } from './BatchPayEvent.js';

/** What a status watcher has reported so far: the checkout and its last status. */
export interface StatusWatchReport {
  id?: string;
  status?: CheckoutStatus;
}

/**
 * The events of a newly received view of a watched checkout, and the report after them: `returned` once per checkout
 * when `announceReturn` (the id came from the URL or storage: the buyer is back), `status-changed` on each change.
 */
export function statusWatchEvents(
  reported: StatusWatchReport,
  view: CheckoutView,
  announceReturn: boolean,
): { reported: StatusWatchReport; events: BatchPayEvent[] } {
  const events: BatchPayEvent[] = [];
  const sameCheckout = reported.id === view.checkoutId;
  if (!sameCheckout && announceReturn) events.push({ type: 'returned', checkoutId: view.checkoutId });
  if (!sameCheckout || reported.status !== view.status) events.push(statusChangedEvent(view));
  return { reported: { id: view.checkoutId, status: view.status }, events };
}
