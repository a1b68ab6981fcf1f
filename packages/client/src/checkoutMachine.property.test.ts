import { failedOutcome, kitFailureCodes } from '@batchpay/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cashierRedirectView } from './cashierRedirectView.js';
import {
  type CheckoutAction,
  type CheckoutState,
  checkoutActionTypes,
  checkoutReducer,
  initialCheckoutState,
  nextSubmission,
} from './checkoutReducer.js';
import {
  applink,
  checkoutView,
  normal,
  redirectAll,
  scheme,
  succeededOutcome,
  unconfirmedOutcome,
} from './test-utils/fixtures.js';

/*
 * Random sequences of every action of the machine: whatever the order, exactly one state holds, and what a redirect
 * screen shows (cashierRedirectView, the view useCashierRedirect returns) is the machine's own position.
 */

const ids = fc.constantFrom('co-1', 'co-2');
const now = fc.integer({ min: 0, max: 100_000 });
const outcome = fc.constantFrom(
  redirectAll,
  { kind: 'redirect' as const, urls: { schemeUrl: scheme }, orderSummaries: [] },
  { kind: 'redirect' as const, urls: { applinkUrl: applink, normalUrl: normal }, orderSummaries: [] },
  { kind: 'redirect' as const, urls: { normalUrl: 'http://localhost:1/p' }, orderSummaries: [] },
  succeededOutcome,
  unconfirmedOutcome,
  failedOutcome('USER_BALANCE_NOT_ENOUGH'),
  failedOutcome('SYSTEM_ERROR'),
);
const view = fc
  .tuple(
    fc.constantFrom('processing', 'succeeded', 'failed', 'cancelled', 'expired') as fc.Arbitrary<
      'processing' | 'succeeded' | 'failed' | 'cancelled' | 'expired'
    >,
    ids,
    fc.boolean(),
    fc.boolean(),
  )
  .map(([status, id, finalFlag, partly]) =>
    checkoutView(status, id, {
      final: status !== 'processing' && finalFlag,
      ...(partly && status === 'failed' ? { orderStatuses: ['succeeded', 'failed'] as ['succeeded', 'failed'] } : {}),
    }),
  );
const env = fc.constantFrom(
  { terminalType: 'WAP' as const, osType: 'IOS' as const },
  { terminalType: 'WAP' as const, osType: 'ANDROID' as const, browser: 'android-browser' as const },
  { terminalType: 'WAP' as const, osType: 'ANDROID' as const, browser: 'android-webview' as const },
  { terminalType: 'WAP' as const, osType: 'IOS' as const, browser: 'ios-in-app' as const },
  { terminalType: 'WEB' as const },
  { terminalType: 'APP' as const, osType: 'ANDROID' as const },
  { terminalType: 'MINI_APP' as const },
);

const action: fc.Arbitrary<CheckoutAction> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 4 }).map((k) => ({ type: 'submit' as const, idempotencyKey: k })),
  fc.record({ type: fc.constant('answerReceived' as const), checkoutId: ids, outcome, env }),
  fc.constant({ type: 'requestFailed' as const, failure: failedOutcome(kitFailureCodes.transportError, 'U') }),
  fc.record({ type: fc.constant('redirectStarted' as const), now, timeoutMs: fc.integer({ min: 1, max: 9000 }) }),
  fc.record({ type: fc.constant('appOpenTimedOut' as const), now, pageHidden: fc.boolean() }),
  fc.record({ type: fc.constant('nextChosen' as const), now }),
  fc.record({ type: fc.constant('linkChosen' as const), index: fc.integer({ min: -1, max: 4 }), now }),
  fc.constant({ type: 'cancelled' as const }),
  fc.constant({ type: 'pageHidden' as const }),
  fc.record({ type: fc.constant('returned' as const), checkoutId: ids }),
  fc.record({ type: fc.constant('statusUpdated' as const), view }),
  fc.record({ type: fc.constant('statusFailed' as const), checkoutId: ids }),
  fc.constant({ type: 'reset' as const }),
);

const keysOf: Record<CheckoutState['status'], { required: string[]; optional: string[] }> = {
  idle: { required: ['status'], optional: [] },
  submitting: { required: ['status', 'idempotencyKey'], optional: [] },
  redirecting: {
    required: ['status', 'checkoutId', 'idempotencyKey', 'polls', 'statusFailures', 'plan', 'attemptIndex', 'redirect'],
    optional: ['appIdentifier', 'view', 'deadline', 'startedAt', 'timeoutMs', 'opens'],
  },
  'awaiting-return': {
    required: ['status', 'checkoutId', 'polls', 'statusFailures', 'unconfirmed'],
    optional: ['idempotencyKey', 'view'],
  },
  succeeded: { required: ['status', 'checkoutId'], optional: ['view', 'outcome'] },
  'partially-paid': { required: ['status', 'checkoutId', 'view'], optional: [] },
  failed: { required: ['status', 'failure'], optional: ['checkoutId', 'idempotencyKey', 'view'] },
};

/** The states whose shape `state` has: exactly one must match. */
function statesHolding(state: CheckoutState): string[] {
  return Object.entries(keysOf)
    .filter(([status, { required, optional }]) => {
      if (state.status !== status) return false;
      const keys = Object.keys(state);
      return required.every((k) => keys.includes(k)) && keys.every((k) => required.includes(k) || optional.includes(k));
    })
    .map(([status]) => status);
}

describe('the checkout machine over random action sequences', () => {
  it('covers every action type', () => {
    expect(checkoutActionTypes).toHaveLength(13);
  });

  it('exactly one state holds, and the redirect position shown is always the machine’s', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), fc.integer({ min: 0, max: 100_000 }), (actions, clock) => {
        let state: CheckoutState = initialCheckoutState;
        for (const a of actions) {
          const before = state;
          state = checkoutReducer(state, a);
          expect(statesHolding(state)).toEqual([state.status]);

          const shown = cashierRedirectView(state, clock);
          if (state.status === 'redirecting') {
            expect(shown.attemptIndex).toBe(state.attemptIndex);
            expect(shown.currentAttempt).toBe(state.plan.attempts[state.attemptIndex] ?? null);
            expect(shown.status).toBe(state.redirect);
            expect(state.deadline !== null).toBe(state.redirect === 'waiting');
            // Every usable URL is a manual link: the attempts (as fired), then the URLs kept for the buyer's hand.
            expect(shown.manualLinks.map((l) => l.url)).toEqual([
              ...state.plan.attempts.map((x) => x.href),
              ...state.plan.manualOnly.map((x) => x.url),
            ]);
            // A live batch never invites a new one.
            expect(nextSubmission(state).allowed).toBe(false);
          } else {
            expect(shown.attemptIndex).toBe(-1);
            expect(shown.currentAttempt).toBeNull();
          }
          if (state.status === 'awaiting-return') expect(nextSubmission(state).allowed).toBe(false);
          // Paid stays paid until the merchant resets.
          if ((before.status === 'succeeded' || before.status === 'partially-paid') && a.type !== 'reset') {
            expect(state).toBe(before);
          }
          // A view that is not final never makes a checkout "not paid".
          if (a.type === 'statusUpdated' && !a.view.final && state.status === 'failed' && state !== before) {
            throw new Error('a processing view made the checkout failed');
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
