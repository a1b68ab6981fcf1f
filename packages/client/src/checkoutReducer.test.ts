import { failedOutcome, kitFailureCodes } from '@batchpay/core';
import { describe, expect, it } from 'vitest';
import {
  type CheckoutAction,
  type CheckoutState,
  checkoutReducer,
  currentAttempt,
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

// A phone of unknown OS: the plan walks all three URLs (applink, scheme, normal).
const wap = { terminalType: 'WAP' as const };
const run = (actions: CheckoutAction[], from: CheckoutState = initialCheckoutState): CheckoutState =>
  actions.reduce(checkoutReducer, from);
/** The attempt at the redirect position (undefined when not redirecting). */
const at = (state: CheckoutState) => (state.status === 'redirecting' ? currentAttempt(state) : undefined);

const submit: CheckoutAction = { type: 'submit', idempotencyKey: 'key-1' };
const answer = (
  outcome: Extract<CheckoutAction, { type: 'answerReceived' }>['outcome'],
  extra = {},
): CheckoutAction => ({
  type: 'answerReceived',
  checkoutId: 'co-1',
  outcome,
  env: wap,
  ...extra,
});
const start: CheckoutAction = { type: 'redirectStarted', now: 1000, timeoutMs: 5000 };
const timeout = (now: number, pageHidden = false): CheckoutAction => ({ type: 'appOpenTimedOut', now, pageHidden });

const redirecting = run([submit, answer(redirectAll)]);
const waiting = run([start], redirecting);

function expectRedirect(state: CheckoutState) {
  if (state.status !== 'redirecting') throw new Error(`expected redirecting, got ${state.status}`);
  return state;
}

describe('submit and answer', () => {
  it('idle → submitting with the key; a second submit while in flight is ignored', () => {
    const submitting = run([submit]);
    expect(submitting).toEqual({ status: 'submitting', idempotencyKey: 'key-1' });
    expect(checkoutReducer(submitting, { type: 'submit', idempotencyKey: 'key-2' })).toBe(submitting);
  });

  it('a direct S answer is a paid state with its outcome and, when read, its view (never "processing")', () => {
    const view = checkoutView('succeeded');
    expect(run([submit, answer(succeededOutcome, { view })])).toEqual({
      status: 'succeeded',
      checkoutId: 'co-1',
      outcome: succeededOutcome,
      view,
    });
    // A view that is not (yet) the paid one does not make the signed S answer "processing".
    expect(run([submit, answer(succeededOutcome, { view: checkoutView('processing') })])).toEqual({
      status: 'succeeded',
      checkoutId: 'co-1',
      outcome: succeededOutcome,
    });
  });

  it('a failed answer is failed with the key kept for the retry rule', () => {
    const failure = failedOutcome('USER_BALANCE_NOT_ENOUGH');
    expect(run([submit, answer(failure)])).toEqual({
      status: 'failed',
      failure,
      checkoutId: 'co-1',
      idempotencyKey: 'key-1',
    });
  });

  it('PAYMENT_UNCONFIRMED goes to status polling: no redirect, no new batch', () => {
    const state = run([submit, answer(unconfirmedOutcome)]);
    expect(state).toEqual({
      status: 'awaiting-return',
      checkoutId: 'co-1',
      idempotencyKey: 'key-1',
      polls: 0,
      statusFailures: 0,
      unconfirmed: true,
    });
    expect(nextSubmission(state)).toEqual({ allowed: false, reason: 'in-progress' });
  });

  it('a redirect answer plans the attempts for the env and waits at attempt 0 before the start', () => {
    const state = expectRedirect(redirecting);
    expect(state.plan.attempts.map((a) => a.kind)).toEqual(['applink', 'scheme', 'normal']);
    expect(state).toMatchObject({ attemptIndex: 0, redirect: 'idle' });
    expect(at(state)).toMatchObject({ kind: 'applink', url: applink });
    expect(state).toMatchObject({ opens: 0, deadline: null, polls: 0 });
  });

  it('a redirect answer with no safe URL keeps the live batch: redirecting with only the refusal, no new batch', () => {
    const state = run([
      submit,
      answer({ kind: 'redirect', urls: { normalUrl: 'http://127.0.0.1:9/pay' }, orderSummaries: [] }),
    ]);
    expect(state).toMatchObject({ status: 'redirecting', redirect: 'exhausted' });
    expect(at(state)).toBeNull();
    expect(expectRedirect(state).plan.rejected).toHaveLength(1);
    expect(nextSubmission(state)).toEqual({ allowed: false, reason: 'in-progress' });
    // With the option the same URL is used.
    const allowed = run([
      submit,
      answer(
        { kind: 'redirect', urls: { normalUrl: 'http://127.0.0.1:9/pay' }, orderSummaries: [] },
        { redirectOptions: { allowInsecureLocalhost: true } },
      ),
    ]);
    expect(allowed).toMatchObject({ redirect: 'idle' });
    expect(at(allowed)).toMatchObject({ kind: 'normal' });
  });

  it('the appIdentifier of the answer is kept for the intent form', () => {
    expect(run([submit, answer({ ...redirectAll, appIdentifier: 'com.wallet.app' })])).toMatchObject({
      appIdentifier: 'com.wallet.app',
    });
  });

  it('a request failure counts only while the request is in flight', () => {
    const failure = failedOutcome(kitFailureCodes.transportError, 'U');
    expect(run([submit, { type: 'requestFailed', failure }])).toEqual({
      status: 'failed',
      failure,
      idempotencyKey: 'key-1',
    });
    for (const state of [redirecting, waiting, run([submit, answer(succeededOutcome)])]) {
      expect(checkoutReducer(state, { type: 'requestFailed', failure })).toBe(state);
    }
  });

  it('an answer when nothing is in flight (after a reset) is ignored', () => {
    expect(checkoutReducer(initialCheckoutState, answer(redirectAll))).toBe(initialCheckoutState);
  });
});

describe('the redirect, one position', () => {
  it('start opens attempt 0 and waits until the deadline; a second start is ignored (StrictMode)', () => {
    expect(waiting).toMatchObject({ redirect: 'waiting', attemptIndex: 0, opens: 1, deadline: 6000, startedAt: 1000 });
    expect(checkoutReducer(waiting, start)).toBe(waiting);
  });

  it('the app did not open (page still visible at the deadline): the next attempt opens', () => {
    const second = run([timeout(6000)], waiting);
    expect(second).toMatchObject({ attemptIndex: 1, opens: 2 });
    expect(at(second)).toMatchObject({ kind: 'scheme', url: scheme });
    expect(second).toMatchObject({ redirect: 'waiting', deadline: 11000 });
    const third = run([timeout(11000)], second);
    // The cashier page is the last: opened, no wait.
    expect(third).toMatchObject({ attemptIndex: 2, redirect: 'opened', deadline: null });
    expect(at(third)).toMatchObject({ url: normal });
    expect(checkoutReducer(third, timeout(20000))).toBe(third);
  });

  it('a timeout while the page is hidden means the app opened: left, nothing else opens', () => {
    const left = run([timeout(6000, true)], waiting);
    expect(left).toMatchObject({ redirect: 'left', attemptIndex: 0, opens: 1, deadline: null });
  });

  it('the last app attempt timing out exhausts the plan (only the manual links remain)', () => {
    const appsOnly = run([
      submit,
      answer({ kind: 'redirect', urls: { schemeUrl: scheme }, orderSummaries: [] }),
      start,
      timeout(6000),
    ]);
    expect(appsOnly).toMatchObject({ redirect: 'exhausted', attemptIndex: 0, opens: 1 });
  });

  it('"try the next way" by hand opens the next attempt now, and at the end exhausts', () => {
    const next = run([{ type: 'nextChosen', now: 2000 }], waiting);
    expect(next).toMatchObject({ attemptIndex: 1, opens: 2, redirect: 'waiting', deadline: 7000 });
    const last = run([{ type: 'nextChosen', now: 2500 }], next);
    expect(last).toMatchObject({ attemptIndex: 2, redirect: 'opened' });
    expect(run([{ type: 'nextChosen', now: 3000 }], last)).toMatchObject({ redirect: 'exhausted', attemptIndex: 2 });
    // Before the start, "next" opens the first attempt.
    expect(run([{ type: 'nextChosen', now: 10 }], redirecting)).toMatchObject({ attemptIndex: 0, opens: 1 });
  });

  it('a manual link moves the position to the chosen link without opening anything itself', () => {
    const chosen = run([{ type: 'linkChosen', index: 2, now: 3000 }], waiting);
    expect(chosen).toMatchObject({ attemptIndex: 2, redirect: 'manual', opens: 1 });
    expect(at(chosen)).toMatchObject({ url: normal });
    expect(chosen).toMatchObject({ deadline: null, startedAt: 3000 });
    // No timer of the earlier attempt moves it any more.
    expect(checkoutReducer(chosen, timeout(6000))).toBe(chosen);
    expect(checkoutReducer(waiting, { type: 'linkChosen', index: 9, now: 1 })).toBe(waiting);
  });

  it('cancel stops the wait: exhausted, the position kept', () => {
    const cancelled = run([{ type: 'cancelled' }], waiting);
    expect(cancelled).toMatchObject({ redirect: 'exhausted', attemptIndex: 0, deadline: null });
    expect(checkoutReducer(cancelled, timeout(6000))).toBe(cancelled);
  });

  it('the page hidden while redirecting: left; visible again (returned) → awaiting the status', () => {
    const left = run([{ type: 'pageHidden' }], waiting);
    expect(left).toMatchObject({ redirect: 'left', deadline: null });
    expect(checkoutReducer(redirecting, { type: 'pageHidden' })).toBe(redirecting);
    expect(run([{ type: 'returned', checkoutId: 'co-1' }], left)).toEqual({
      status: 'awaiting-return',
      checkoutId: 'co-1',
      idempotencyKey: 'key-1',
      polls: 0,
      statusFailures: 0,
      unconfirmed: false,
    });
  });

  it('redirect actions outside a redirect change nothing', () => {
    for (const action of [start, timeout(1), { type: 'cancelled' }, { type: 'pageHidden' }] as CheckoutAction[]) {
      expect(checkoutReducer(initialCheckoutState, action)).toBe(initialCheckoutState);
    }
  });
});

describe('return, resume and the status', () => {
  it('a return in a new tab (or a resume from storage) starts polling from the checkout id alone', () => {
    expect(run([{ type: 'returned', checkoutId: 'co-9', idempotencyKey: 'stored' }])).toEqual({
      status: 'awaiting-return',
      checkoutId: 'co-9',
      idempotencyKey: 'stored',
      polls: 0,
      statusFailures: 0,
      unconfirmed: false,
    });
  });

  it('a still-processing view keeps a redirect where it is and counts the polls', () => {
    const polled = run([{ type: 'statusUpdated', view: checkoutView('processing') }], waiting);
    expect(polled).toMatchObject({ status: 'redirecting', attemptIndex: 0, redirect: 'waiting', polls: 1 });
  });

  it('the final views: paid, partly paid (per order), not paid', () => {
    const awaiting = run([{ type: 'returned', checkoutId: 'co-1' }], waiting);
    expect(run([{ type: 'statusUpdated', view: checkoutView('processing') }], awaiting)).toMatchObject({
      status: 'awaiting-return',
      polls: 1,
    });
    const paid = checkoutView('succeeded');
    expect(run([{ type: 'statusUpdated', view: paid }], awaiting)).toEqual({
      status: 'succeeded',
      checkoutId: 'co-1',
      view: paid,
    });
    const partly = checkoutView('failed', 'co-1', { orderStatuses: ['succeeded', 'failed'] });
    const partial = run([{ type: 'statusUpdated', view: partly }], awaiting);
    expect(partial).toEqual({ status: 'partially-paid', checkoutId: 'co-1', view: partly });
    expect(nextSubmission(partial)).toEqual({ allowed: false, reason: 'already-paid' });
    const failed = run([{ type: 'statusUpdated', view: checkoutView('cancelled') }], awaiting);
    expect(failed).toMatchObject({ status: 'failed', failure: { code: 'ORDER_IS_CANCELED' }, idempotencyKey: 'key-1' });
  });

  it('a batch the server says is not final is never "not paid" and never invites a second batch', () => {
    const awaiting = run([{ type: 'returned', checkoutId: 'co-1' }], waiting);
    // Expired locally, but the server still asks Antom: final false.
    const notFinal = checkoutView('expired', 'co-1', { final: false });
    const state = run([{ type: 'statusUpdated', view: notFinal }], awaiting);
    expect(state.status).toBe('awaiting-return');
    expect(nextSubmission(state).allowed).toBe(false);
  });

  it('a status request that failed is counted, changes no verdict, and the next answer clears the count', () => {
    const awaiting = run([{ type: 'returned', checkoutId: 'co-1' }], waiting);
    const failedTwice = run(
      [
        { type: 'statusFailed', checkoutId: 'co-1' },
        { type: 'statusFailed', checkoutId: 'co-1' },
        { type: 'statusFailed', checkoutId: 'co-other' },
      ],
      awaiting,
    );
    expect(failedTwice).toMatchObject({ status: 'awaiting-return', checkoutId: 'co-1', statusFailures: 2 });
    expect(nextSubmission(failedTwice).allowed).toBe(false);
    expect(run([{ type: 'statusUpdated', view: checkoutView('processing') }], failedTwice)).toMatchObject({
      status: 'awaiting-return',
      polls: 1,
      statusFailures: 0,
    });
    const paid = run([submit, answer(succeededOutcome)]);
    expect(checkoutReducer(paid, { type: 'statusFailed', checkoutId: 'co-1' })).toBe(paid);
  });

  it('keeps the unconfirmed mark while polling', () => {
    const state = run([
      submit,
      answer(unconfirmedOutcome),
      { type: 'statusUpdated', view: checkoutView('processing') },
    ]);
    expect(state).toMatchObject({ status: 'awaiting-return', unconfirmed: true, polls: 1 });
  });

  it('a paid checkout stays paid: stale answers, returns and other checkouts change nothing', () => {
    const paid = run([submit, answer(succeededOutcome)]);
    for (const action of [
      { type: 'statusUpdated', view: checkoutView('processing') },
      { type: 'returned', checkoutId: 'co-1' },
      { type: 'submit', idempotencyKey: 'k2' },
    ] as CheckoutAction[]) {
      expect(checkoutReducer(paid, action)).toBe(paid);
    }
    expect(checkoutReducer(waiting, { type: 'statusUpdated', view: checkoutView('succeeded', 'co-2') })).toBe(waiting);
    expect(checkoutReducer(run([submit]), { type: 'statusUpdated', view: checkoutView('succeeded') })).toEqual(
      run([submit]),
    );
  });

  it('a final failure is not taken back by a stale "processing" answer', () => {
    const failed = run([
      { type: 'returned', checkoutId: 'co-1' },
      { type: 'statusUpdated', view: checkoutView('failed') },
    ]);
    expect(checkoutReducer(failed, { type: 'statusUpdated', view: checkoutView('processing') })).toBe(failed);
    expect(checkoutReducer(failed, { type: 'returned', checkoutId: 'co-1' })).toBe(failed);
  });

  it('reset goes back to idle from anywhere', () => {
    expect(checkoutReducer(waiting, { type: 'reset' })).toBe(initialCheckoutState);
  });
});

describe('nextSubmission', () => {
  it('follows the retry advice of the failure', () => {
    const sameId = run([
      submit,
      { type: 'requestFailed', failure: failedOutcome(kitFailureCodes.transportError, 'U') },
    ]);
    expect(nextSubmission(sameId)).toEqual({ allowed: true, idempotencyKey: { reuse: 'key-1' } });
    const newId = run([submit, answer(failedOutcome('USER_BALANCE_NOT_ENOUGH'))]);
    expect(nextSubmission(newId)).toEqual({ allowed: true, idempotencyKey: 'new' });
    const never = run([submit, answer(failedOutcome('SYSTEM_ERROR'))]);
    expect(never.status === 'failed' && never.failure.retry).toBe('never');
    expect(nextSubmission(never)).toEqual({ allowed: false, reason: 'retry-never' });
    expect(nextSubmission(waiting)).toEqual({ allowed: false, reason: 'in-progress' });
    expect(nextSubmission(run([submit]))).toEqual({ allowed: false, reason: 'in-flight' });
  });
});
