import { type CheckoutEffects, checkoutEffects } from './checkoutEffects.js';
import { type CheckoutAction, type CheckoutState, checkoutReducer } from './checkoutReducer.js';
import type { PendingCheckout } from './pendingCheckout.js';

/** One step of the checkout: `checkoutReducer`'s next state plus `checkoutEffects` (events, pending checkout). */
export function checkoutStep(
  before: CheckoutState,
  action: CheckoutAction,
  attempt: PendingCheckout | null,
): CheckoutEffects & { state: CheckoutState } {
  const state = checkoutReducer(before, action);
  return { state, ...checkoutEffects(before, state, action, attempt) };
}
