import { describe, expect, it } from 'vitest';
import type { CheckoutView } from './checkoutApi.js';
import { checkoutEffects } from './checkoutEffects.js';
import { type CheckoutAction, type CheckoutState, checkoutReducer, initialCheckoutState } from './checkoutReducer.js';
import { failedOutcome } from './interpretBatchPayResponse.js';
import { nextAttemptKey } from './nextAttemptKey.js';
import type { PendingCheckout } from './pendingCheckout.js';

const attempt: PendingCheckout = {
  idempotencyKey: 'key-1',
  cartId: 'cart-1',
  paymentMethodType: 'GCASH',
  startedAt: 1,
};
const env = { terminalType: 'WEB' as const };

/** Applies `action` with core's reducer and answers the new state and its effects. */
function step(before: CheckoutState, action: CheckoutAction) {
  const after = checkoutReducer(before, action);
  return { after, ...checkoutEffects(before, after, action, attempt) };
}

const submitting = checkoutReducer(initialCheckoutState, { type: 'submit', idempotencyKey: 'key-1' });

describe('checkoutEffects', () => {
  it('submit: reports pay-started and stores the attempt', () => {
    const { events, pending } = step(initialCheckoutState, { type: 'submit', idempotencyKey: 'key-1' });
    expect(events).toEqual([
      { type: 'pay-started', cartId: 'cart-1', paymentMethodType: 'GCASH', idempotencyKey: 'key-1' },
    ]);
    expect(pending).toEqual(attempt);
  });

  it('a refused submit (one in flight) has no effect', () => {
    expect(step(submitting, { type: 'submit', idempotencyKey: 'key-2' })).toMatchObject({ events: [] });
    expect(step(submitting, { type: 'submit', idempotencyKey: 'key-2' }).pending).toBeUndefined();
  });

  it('a redirect answer stores the checkout id with the attempt (to resume after the cashier)', () => {
    const { events, pending } = step(submitting, {
      type: 'answerReceived',
      checkoutId: 'co-1',
      outcome: { kind: 'redirect', urls: { normalUrl: 'https://cashier.example.com/p' }, orderSummaries: [] },
      env,
    });
    expect(events).toEqual([{ type: 'answer-received', checkoutId: 'co-1', outcome: 'redirect' }]);
    expect(pending).toEqual({ ...attempt, checkoutId: 'co-1' });
  });

  it('a failed answer reports answer-received then failed, and removes the record', () => {
    const { events, pending } = step(submitting, {
      type: 'answerReceived',
      checkoutId: 'co-1',
      outcome: failedOutcome('USER_BALANCE_NOT_ENOUGH'),
      env,
    });
    expect(events.map((e) => e.type)).toEqual(['answer-received', 'failed']);
    expect(events[1]).toEqual({ type: 'failed', code: 'USER_BALANCE_NOT_ENOUGH', retry: expect.any(String) });
    expect(pending).toBeNull();
  });

  it('a transport failure keeps the record (same key after a reload); another failure removes it', () => {
    const offline = step(submitting, { type: 'failed', failure: failedOutcome('TRANSPORT_ERROR', 'U') });
    expect(offline.events).toEqual([{ type: 'failed', code: 'TRANSPORT_ERROR', retry: 'same-request-id' }]);
    expect('pending' in offline).toBe(false);
    expect(step(submitting, { type: 'failed', failure: failedOutcome('PROCESS_FAIL') }).pending).toBeNull();
  });

  it('returned reports the checkout; reset removes the record', () => {
    expect(step(initialCheckoutState, { type: 'returned', checkoutId: 'co-3' }).events).toEqual([
      { type: 'returned', checkoutId: 'co-3' },
    ]);
    expect(step(submitting, { type: 'reset' })).toMatchObject({ events: [], pending: null });
  });

  it('a failed status from the server is reported once per new view', () => {
    const awaiting = checkoutReducer(initialCheckoutState, { type: 'returned', checkoutId: 'co-1' });
    const view = { checkoutId: 'co-1', status: 'expired', final: true, orders: [] } as unknown as CheckoutView;
    const first = step(awaiting, { type: 'statusUpdated', view });
    expect(first.events).toEqual([{ type: 'failed', code: 'ORDER_IS_CLOSED', retry: expect.any(String) }]);
    const processing = { ...view, status: 'processing', final: false } as CheckoutView;
    expect(step(awaiting, { type: 'statusUpdated', view: processing }).events).toEqual([]);
  });
});

describe('nextAttemptKey', () => {
  let n = 0;
  const fresh = () => `new-${++n}`;
  const same = { cartId: 'cart-1', paymentMethodType: 'GCASH' };

  it('a first attempt gets a new key; none while one is in flight', () => {
    expect(nextAttemptKey(initialCheckoutState, null, same, fresh)).toMatch(/^new-/);
    expect(nextAttemptKey(submitting, attempt, same, fresh)).toBeNull();
  });

  it('reuses the key after a transport failure for the same order, not for another order', () => {
    const offline = checkoutReducer(submitting, { type: 'failed', failure: failedOutcome('TRANSPORT_ERROR', 'U') });
    expect(nextAttemptKey(offline, attempt, same, fresh)).toBe('key-1');
    expect(nextAttemptKey(offline, attempt, { ...same, paymentMethodType: 'KAKAOPAY' }, fresh)).toMatch(/^new-/);
  });

  it('a failure that asks for a new request id gets a new key; "never" refuses', () => {
    const newId = checkoutReducer(submitting, { type: 'failed', failure: failedOutcome('USER_BALANCE_NOT_ENOUGH') });
    expect(nextAttemptKey(newId, attempt, same, fresh)).toMatch(/^new-/);
    const never = checkoutReducer(submitting, { type: 'failed', failure: failedOutcome('SYSTEM_ERROR', 'F') });
    expect(never.status === 'failed' && never.failure.retry).toBe('never');
    expect(nextAttemptKey(never, attempt, same, fresh)).toBeNull();
  });

  it('after a reload with no answer yet (idle, stored attempt) the stored key is reused for the same order', () => {
    expect(nextAttemptKey(initialCheckoutState, attempt, same, fresh)).toBe('key-1');
  });
});
