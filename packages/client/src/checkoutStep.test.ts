import { failedOutcome, kitFailureCodes } from '@batchpay/core';
import { describe, expect, it } from 'vitest';
import { type CheckoutAction, type CheckoutState, initialCheckoutState } from './checkoutReducer.js';
import { checkoutStep } from './checkoutStep.js';
import type { PendingCheckout } from './pendingCheckout.js';
import { checkoutView, redirectAll, unconfirmedOutcome } from './test-utils/fixtures.js';

const attempt: PendingCheckout = { idempotencyKey: 'key-1', cartId: 'c', paymentMethodType: 'KAKAOPAY', startedAt: 1 };
// A phone of unknown OS: the plan walks all three URLs (applink, scheme, normal).
const env = { terminalType: 'WAP' as const };

function steps(actions: CheckoutAction[]) {
  let state: CheckoutState = initialCheckoutState;
  return actions.map((action) => {
    const step = checkoutStep(state, action, attempt);
    state = step.state;
    return step;
  });
}

describe('checkoutStep: events and the stored attempt', () => {
  it('pay started stores the attempt; a redirect stores it with its checkout; a verdict removes it', () => {
    const [submit, answer, start, returned, processing, again, paid] = steps([
      { type: 'submit', idempotencyKey: 'key-1' },
      { type: 'answerReceived', checkoutId: 'co-1', outcome: redirectAll, env },
      { type: 'redirectStarted', now: 0, timeoutMs: 10 },
      { type: 'returned', checkoutId: 'co-1' },
      { type: 'statusUpdated', view: checkoutView('processing') },
      { type: 'statusUpdated', view: checkoutView('processing') },
      { type: 'statusUpdated', view: checkoutView('succeeded') },
    ]);
    expect(submit).toMatchObject({ events: [{ type: 'pay-started', idempotencyKey: 'key-1' }], pending: attempt });
    expect(answer?.pending).toEqual({ ...attempt, checkoutId: 'co-1' });
    expect(answer?.events).toEqual([{ type: 'answer-received', checkoutId: 'co-1', outcome: 'redirect' }]);
    expect(start?.events).toEqual([
      { type: 'redirect-attempt', kind: 'applink', url: redirectAll.urls.applinkUrl, index: 0 },
    ]);
    expect(returned?.events).toEqual([{ type: 'returned', checkoutId: 'co-1' }]);
    expect(processing?.events.map((e) => e.type)).toEqual(['status-changed']);
    // The same status again tells nothing new.
    expect(again?.events).toEqual([]);
    expect(paid).toMatchObject({
      pending: null,
      events: [{ type: 'status-changed', status: 'succeeded', final: true }],
    });
  });

  it('an unconfirmed answer keeps the attempt (a reload keeps polling); a transport failure keeps it too', () => {
    const [, unconfirmed] = steps([
      { type: 'submit', idempotencyKey: 'key-1' },
      { type: 'answerReceived', checkoutId: 'co-1', outcome: unconfirmedOutcome, env },
    ]);
    expect(unconfirmed?.pending).toEqual({ ...attempt, checkoutId: 'co-1' });
    const [, offline] = steps([
      { type: 'submit', idempotencyKey: 'key-1' },
      { type: 'requestFailed', failure: failedOutcome(kitFailureCodes.transportError, 'U') },
    ]);
    expect(offline).toMatchObject({ events: [{ type: 'failed', code: 'TRANSPORT_ERROR', retry: 'same-request-id' }] });
    expect(offline && 'pending' in offline).toBe(false);
  });

  it('a server verdict of not paid reports failed; an action that changes nothing reports nothing', () => {
    const [, , failed, nothing] = steps([
      { type: 'submit', idempotencyKey: 'key-1' },
      { type: 'answerReceived', checkoutId: 'co-1', outcome: redirectAll, env },
      { type: 'statusUpdated', view: checkoutView('cancelled') },
      { type: 'statusUpdated', view: checkoutView('processing') },
    ]);
    expect(failed?.events.map((e) => e.type)).toEqual(['status-changed', 'failed']);
    expect(failed?.pending).toBeNull();
    expect(nothing).toEqual({ state: failed?.state, events: [] });
  });
});
