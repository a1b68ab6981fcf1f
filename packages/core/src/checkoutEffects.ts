import type { BatchPayEvent } from './BatchPayEvent.js';
import { failedEvent } from './BatchPayEvent.js';
import type { CheckoutAction, CheckoutState } from './checkoutReducer.js';
import type { PendingCheckout } from './pendingCheckout.js';

/** What a client does after one step of `checkoutReducer`, besides showing the new state. */
export interface CheckoutEffects {
  /** Events for the `onEvent` callback, in order. */
  events: BatchPayEvent[];
  /**
   * The tab's pending checkout: a record to store, `null` to remove it, absent to leave it as it is. A transport
   * failure keeps it: the server may have created the batch, and the same key finds it again after a reload.
   */
  pending?: PendingCheckout | null;
}

/**
 * The events and the pending-checkout bookkeeping of one step `before` → `after` caused by `action`, for the attempt
 * being paid (`attempt`: its key, cart and method). Pure, so a client only carries the effects out.
 */
export function checkoutEffects(
  before: CheckoutState,
  after: CheckoutState,
  action: CheckoutAction,
  attempt: PendingCheckout | null,
): CheckoutEffects {
  switch (action.type) {
    case 'submit':
      if (after === before || !attempt) return { events: [] };
      return {
        events: [
          {
            type: 'pay-started',
            cartId: attempt.cartId,
            paymentMethodType: attempt.paymentMethodType,
            idempotencyKey: action.idempotencyKey,
          },
        ],
        pending: attempt,
      };
    case 'answerReceived': {
      const events: BatchPayEvent[] = [
        { type: 'answer-received', checkoutId: action.checkoutId, outcome: action.outcome.kind },
      ];
      if (after.status === 'failed') events.push(failedEvent(after.failure));
      const redirecting = after.status === 'redirecting' && attempt;
      return { events, pending: redirecting ? { ...attempt, checkoutId: after.checkoutId } : null };
    }
    case 'failed':
      return {
        events: [failedEvent(action.failure)],
        ...(action.failure.retry === 'same-request-id' ? {} : { pending: null }),
      };
    case 'returned':
      return { events: [{ type: 'returned', checkoutId: action.checkoutId }] };
    case 'statusUpdated':
      // A verdict from the server that the checkout failed (the server's status, not a transport error).
      return {
        events: after !== before && after.status === 'failed' && after.view ? [failedEvent(after.failure)] : [],
      };
    case 'reset':
      return { events: [], pending: null };
    default:
      return { events: [] };
  }
}
