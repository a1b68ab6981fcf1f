import type { CashierRedirectPlan, RedirectAttempt } from '@batchpay/core';
import { type CashierManualLink, type CashierTarget, cashierManualLinks } from './cashierManualLinks.js';
import { type CashierRedirectStatus, type CheckoutState, currentAttempt } from './checkoutReducer.js';

/** What a redirect screen shows, read from the checkout machine (it keeps no state of its own). */
export interface CashierRedirectView {
  plan: CashierRedirectPlan | null;
  status: CashierRedirectStatus;
  /** The attempt opened or chosen last (the first one before the start), or null when not redirecting. */
  currentAttempt: RedirectAttempt | null;
  /** Its index in `plan.attempts`; -1 when not redirecting. */
  attemptIndex: number;
  /** Milliseconds until the next URL is tried, while `waiting`; otherwise null. */
  timeLeftMs: number | null;
  /** One link per URL of the plan, so the buyer can always go on by hand. */
  manualLinks: CashierManualLink[];
}

const none: CashierRedirectView = {
  plan: null,
  status: 'idle',
  currentAttempt: null,
  attemptIndex: -1,
  timeLeftMs: null,
  manualLinks: [],
};

/** The redirect as the machine holds it, at the clock `now` (epoch ms). */
export function cashierRedirectView(
  state: CheckoutState,
  now: number,
  normalUrlTarget: CashierTarget = 'same-tab',
): CashierRedirectView {
  if (state.status !== 'redirecting') return none;
  return {
    plan: state.plan,
    status: state.redirect,
    currentAttempt: currentAttempt(state),
    attemptIndex: state.attemptIndex,
    timeLeftMs: state.redirect === 'waiting' && state.deadline !== null ? Math.max(0, state.deadline - now) : null,
    manualLinks: cashierManualLinks(state.plan, normalUrlTarget),
  };
}
