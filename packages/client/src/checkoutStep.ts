import { type BatchPayEvent, failedEvent, statusChangedEvent } from './BatchPayEvent.js';
import { type CheckoutAction, type CheckoutState, checkoutReducer, currentAttempt } from './checkoutReducer.js';
import type { PendingCheckout } from './pendingCheckout.js';

/** One step of the checkout machine: the next state and what a client does about it besides showing it. */
export interface CheckoutStep {
  state: CheckoutState;
  /** Events for the `onEvent` callback, in order. */
  events: BatchPayEvent[];
  /**
   * The tab's pending checkout: a record to store, `null` to remove it, absent to leave it as it is. A transport
   * failure keeps it: the server may have created the batch, and the same key finds it again after a reload.
   */
  pending?: PendingCheckout | null;
}

const finalStatuses = new Set<CheckoutState['status']>(['succeeded', 'partially-paid', 'failed']);

/**
 * `checkoutReducer`'s next state for `action`, its events and the pending-checkout bookkeeping, for the attempt being
 * paid (`attempt`: its key, cart and method). Pure, so a client only carries them out.
 */
export function checkoutStep(
  before: CheckoutState,
  action: CheckoutAction,
  attempt: PendingCheckout | null,
): CheckoutStep {
  const state = checkoutReducer(before, action);
  if (state === before) return { state, events: [] };
  const events: BatchPayEvent[] = [];
  let pending: PendingCheckout | null | undefined;
  switch (action.type) {
    case 'submit':
      if (attempt) {
        events.push({
          type: 'pay-started',
          cartId: attempt.cartId,
          paymentMethodType: attempt.paymentMethodType,
          idempotencyKey: action.idempotencyKey,
        });
        pending = attempt;
      }
      break;
    case 'answerReceived':
      events.push({ type: 'answer-received', checkoutId: action.checkoutId, outcome: action.outcome.kind });
      if (state.status === 'failed') events.push(failedEvent(state.failure));
      // A live batch (redirect, or an unconfirmed answer) is kept so a reload finds it again; a verdict is not.
      pending =
        attempt && (state.status === 'redirecting' || state.status === 'awaiting-return')
          ? { ...attempt, checkoutId: action.checkoutId }
          : null;
      break;
    case 'requestFailed':
      events.push(failedEvent(action.failure));
      if (action.failure.retry !== 'same-request-id') pending = null;
      break;
    case 'returned':
      events.push({ type: 'returned', checkoutId: action.checkoutId });
      break;
    case 'statusUpdated': {
      const previous = 'view' in before ? before.view : undefined;
      if (!previous || previous.status !== action.view.status || previous.final !== action.view.final) {
        events.push(statusChangedEvent(action.view));
      }
      if (state.status === 'failed') events.push(failedEvent(state.failure));
      if (finalStatuses.has(state.status)) pending = null;
      break;
    }
    case 'reset':
      pending = null;
      break;
    default: {
      // The redirect position moved: the wait for the app ran out (the page was not left), and a URL was opened.
      if (before.status !== 'redirecting' || state.status !== 'redirecting') break;
      const from = currentAttempt(before);
      if (action.type === 'appOpenTimedOut' && from && state.redirect !== 'left') {
        events.push({
          type: 'redirect-fallback',
          fromKind: from.kind,
          afterMs: action.now - (before.startedAt ?? action.now),
          index: before.attemptIndex,
        });
      }
      const opened = currentAttempt(state);
      if (state.opens !== before.opens && opened) {
        const { kind, url } = opened;
        events.push({ type: 'redirect-attempt', kind, url, index: state.attemptIndex });
      }
    }
  }
  return pending === undefined ? { state, events } : { state, events, pending };
}
