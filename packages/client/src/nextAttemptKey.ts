import { type CheckoutState, nextSubmission } from './checkoutReducer.js';
import type { PendingCheckout } from './pendingCheckout.js';

/** What a new submission pays: the cart and the method. */
export interface CheckoutAttemptInput {
  cartId: string;
  paymentMethodType: string;
}

/**
 * The Idempotency-Key for a new `pay()`: null when no submission may start now (see `nextSubmission`); the previous
 * attempt's key when the same cart and method are paid again after a transport failure, or after a reload that
 * resumed an attempt with no answer yet (the server may have created the batch, the same key finds it again);
 * otherwise a fresh key from `createKey`.
 */
export function nextAttemptKey(
  state: CheckoutState,
  previous: Pick<PendingCheckout, 'idempotencyKey' | 'cartId' | 'paymentMethodType'> | null,
  input: CheckoutAttemptInput,
  createKey: () => string,
): string | null {
  const submission = nextSubmission(state);
  if (!submission.allowed) return null;
  const sameOrder =
    previous !== null && previous.cartId === input.cartId && previous.paymentMethodType === input.paymentMethodType;
  if (!sameOrder) return createKey();
  if (submission.idempotencyKey !== 'new') return submission.idempotencyKey.reuse;
  return state.status === 'idle' ? previous.idempotencyKey : createKey();
}
