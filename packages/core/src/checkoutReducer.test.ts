import { describe, expect, it } from 'vitest';
import {
  type BatchPayOutcome,
  type CheckoutAction,
  type CheckoutState,
  type CheckoutStatus,
  type CheckoutView,
  checkoutReducer,
  checkoutStatuses,
  failedOutcome,
  initialCheckoutState,
  kitFailureCodes,
  nextSubmission,
  type OsType,
  type TerminalType,
} from './index';

const scheme = 'alipays://platformapi/startapp?x=1';
const applink = 'https://render.alipay.com/p/s/ulink?x=1';
const normal = 'https://cashier.example.com/pay?x=1';
// A mobile browser of unknown OS: the plan tries all three URLs (applink, scheme, normal), which walks every step.
const wap = { terminalType: 'WAP' as const };

const redirectAll: BatchPayOutcome = {
  kind: 'redirect',
  urls: { schemeUrl: scheme, applinkUrl: applink, normalUrl: normal },
  orderSummaries: [],
};

function view(status: CheckoutStatus, checkoutId = 'co-1', extra: Partial<CheckoutView> = {}): CheckoutView {
  return {
    checkoutId,
    status,
    final: status !== 'processing',
    batchPaymentRequestId: 'batch-1',
    paymentMethodType: 'KAKAOPAY',
    paymentAmount: { currency: 'KRW', value: '33000' },
    createdAt: '2026-11-25T04:00:00Z',
    updatedAt: '2026-11-25T04:01:00Z',
    outcome: redirectAll,
    orders: [],
    ...extra,
  };
}

function run(actions: CheckoutAction[], from: CheckoutState = initialCheckoutState): CheckoutState {
  return actions.reduce(checkoutReducer, from);
}

const submit: CheckoutAction = { type: 'submit', idempotencyKey: 'key-1' };
const answer = (
  outcome: BatchPayOutcome,
  env: { terminalType: TerminalType; osType?: OsType } = wap,
  checkoutId = 'co-1',
): CheckoutAction => ({
  type: 'answerReceived',
  checkoutId,
  outcome,
  env,
});

const submitting = run([submit]);
const redirecting = run([submit, answer(redirectAll)]);
const awaiting = run([submit, answer(redirectAll), { type: 'returned', checkoutId: 'co-1' }]);
const succeeded = run([submit, answer({ kind: 'succeeded', code: 'SUCCESS', orderSummaries: [] })]);
const failedNewId = run([submit, answer(failedOutcome('USER_BALANCE_NOT_ENOUGH'))]);
const failedNever = run([submit, answer(failedOutcome('SYSTEM_ERROR'))]);
const failedTransport = run([submit, { type: 'failed', failure: failedOutcome(kitFailureCodes.transportError) }]);

describe('submit', () => {
  it('idle → submitting with the key', () => {
    expect(initialCheckoutState).toEqual({ status: 'idle' });
    expect(submitting).toEqual({ status: 'submitting', idempotencyKey: 'key-1' });
  });

  it('a double submit is ignored while one is in flight, redirecting, awaiting, or paid', () => {
    for (const state of [submitting, redirecting, awaiting, succeeded]) {
      expect(checkoutReducer(state, { type: 'submit', idempotencyKey: 'key-2' })).toBe(state);
    }
  });

  it('after a failure a new submit starts with the new key; after "never" it is refused', () => {
    expect(checkoutReducer(failedNewId, { type: 'submit', idempotencyKey: 'key-2' })).toEqual({
      status: 'submitting',
      idempotencyKey: 'key-2',
    });
    expect(checkoutReducer(failedNever, { type: 'submit', idempotencyKey: 'key-2' })).toBe(failedNever);
  });
});

describe('answerReceived', () => {
  it('succeeded → succeeded', () => {
    expect(succeeded).toEqual({ status: 'succeeded', checkoutId: 'co-1' });
  });

  it('failed → failed, keeping the key and the checkout', () => {
    expect(failedNewId).toMatchObject({
      status: 'failed',
      checkoutId: 'co-1',
      idempotencyKey: 'key-1',
      failure: { code: 'USER_BALANCE_NOT_ENOUGH', retry: 'new-request-id' },
    });
  });

  it('redirect → redirecting on the first attempt of the plan for the terminal', () => {
    expect(redirecting).toMatchObject({
      status: 'redirecting',
      checkoutId: 'co-1',
      idempotencyKey: 'key-1',
      attemptIndex: 0,
      attempt: { kind: 'applink', url: applink },
      phase: 'ready',
      exhausted: false,
    });
    if (redirecting.status === 'redirecting') {
      expect(redirecting.plan.attempts.map((a) => a.kind)).toEqual(['applink', 'scheme', 'normal']);
    }
    const app = run([submit, answer(redirectAll, { terminalType: 'APP', osType: 'IOS' })]);
    expect(app).toMatchObject({ status: 'redirecting', attempt: { kind: 'scheme', url: scheme } });
    const web = run([submit, answer(redirectAll, { terminalType: 'WEB', osType: 'IOS' })]);
    expect(web).toMatchObject({ status: 'redirecting', attempt: { kind: 'normal', url: normal } });
  });

  it('redirect with only unsafe URLs → failed NO_SAFE_CASHIER_URL, not a crash', () => {
    const unsafe: BatchPayOutcome = {
      kind: 'redirect',
      urls: { schemeUrl: 'javascript:alert(1)', normalUrl: 'http://cashier.example.com' },
      orderSummaries: [],
    };
    expect(run([submit, answer(unsafe)])).toMatchObject({
      status: 'failed',
      checkoutId: 'co-1',
      idempotencyKey: 'key-1',
      failure: { code: kitFailureCodes.noSafeCashierUrl, retry: 'new-request-id' },
    });
  });

  it('passes the localhost opt-in to the plan', () => {
    const local: BatchPayOutcome = {
      kind: 'redirect',
      urls: { normalUrl: 'http://localhost:4000/c' },
      orderSummaries: [],
    };
    expect(run([submit, answer(local)]).status).toBe('failed');
    const allowed = run([
      submit,
      { ...answer(local), redirectOptions: { allowInsecureLocalhost: true } } as CheckoutAction,
    ]);
    expect(allowed).toMatchObject({ status: 'redirecting', attempt: { url: 'http://localhost:4000/c' } });
  });

  it('is ignored unless a submission is in flight', () => {
    for (const state of [initialCheckoutState, redirecting, awaiting, succeeded, failedNewId]) {
      expect(checkoutReducer(state, answer(redirectAll))).toBe(state);
    }
  });
});

describe('redirectStarted and appDidNotOpen', () => {
  it('walks every attempt, then is exhausted on the last one', () => {
    let state = checkoutReducer(redirecting, { type: 'redirectStarted' });
    expect(state).toMatchObject({ phase: 'opening', attemptIndex: 0 });
    // A second start while opening changes nothing.
    expect(checkoutReducer(state, { type: 'redirectStarted' })).toBe(state);
    state = checkoutReducer(state, { type: 'appDidNotOpen' });
    expect(state).toMatchObject({ phase: 'ready', attemptIndex: 1, attempt: { kind: 'scheme' }, exhausted: false });
    state = run([{ type: 'redirectStarted' }, { type: 'appDidNotOpen' }], state);
    expect(state).toMatchObject({ phase: 'ready', attemptIndex: 2, attempt: { kind: 'normal' }, exhausted: false });
    state = run([{ type: 'redirectStarted' }, { type: 'appDidNotOpen' }], state);
    expect(state).toMatchObject({
      status: 'redirecting',
      attemptIndex: 2,
      attempt: { kind: 'normal' },
      exhausted: true,
    });
    // Still exhausted, still on the last attempt, whatever comes next.
    expect(checkoutReducer(state, { type: 'appDidNotOpen' })).toMatchObject({ attemptIndex: 2, exhausted: true });
  });

  it('a plan of one attempt is exhausted after one miss', () => {
    const single = run([
      submit,
      answer({ kind: 'redirect', urls: { normalUrl: normal }, orderSummaries: [] }),
      { type: 'redirectStarted' },
      { type: 'appDidNotOpen' },
    ]);
    expect(single).toMatchObject({ attemptIndex: 0, exhausted: true, attempt: { url: normal } });
  });

  it('is ignored outside redirecting', () => {
    for (const state of [initialCheckoutState, submitting, awaiting, succeeded, failedNewId]) {
      expect(checkoutReducer(state, { type: 'redirectStarted' })).toBe(state);
      expect(checkoutReducer(state, { type: 'appDidNotOpen' })).toBe(state);
    }
  });
});

describe('returned', () => {
  it('redirecting → awaiting-return, keeping the key', () => {
    expect(awaiting).toEqual({ status: 'awaiting-return', checkoutId: 'co-1', idempotencyKey: 'key-1' });
  });

  it('on a fresh page (the result page in a new tab) → awaiting-return for that checkout', () => {
    expect(checkoutReducer(initialCheckoutState, { type: 'returned', checkoutId: 'co-9' })).toEqual({
      status: 'awaiting-return',
      checkoutId: 'co-9',
    });
  });

  it('a resumed page carries the key of its stored attempt, so the next submission can reuse it', () => {
    const resumed = checkoutReducer(initialCheckoutState, {
      type: 'returned',
      checkoutId: 'co-9',
      idempotencyKey: 'k-9',
    });
    expect(resumed).toEqual({ status: 'awaiting-return', checkoutId: 'co-9', idempotencyKey: 'k-9' });
    const failed = checkoutReducer(resumed, { type: 'failed', failure: failedOutcome('TRANSPORT_ERROR', 'U') });
    expect(nextSubmission(failed)).toEqual({ allowed: true, idempotencyKey: { reuse: 'k-9' } });
  });

  it('does not undo a verdict on the same checkout', () => {
    expect(checkoutReducer(succeeded, { type: 'returned', checkoutId: 'co-1' })).toBe(succeeded);
    expect(checkoutReducer(failedNewId, { type: 'returned', checkoutId: 'co-1' })).toBe(failedNewId);
  });
});

describe('statusUpdated', () => {
  it.each(checkoutStatuses)('a %s view from awaiting-return', (status) => {
    const next = checkoutReducer(awaiting, { type: 'statusUpdated', view: view(status) });
    const expected: Record<CheckoutStatus, string> = {
      processing: 'awaiting-return',
      succeeded: 'succeeded',
      failed: 'failed',
      cancelled: 'failed',
      expired: 'failed',
    };
    expect(next.status).toBe(expected[status]);
    expect(next).toMatchObject({ checkoutId: 'co-1', view: view(status) });
  });

  it('names the failure: the view one, else cancelled / closed for cancelled / expired', () => {
    const failure = failedOutcome('USER_BALANCE_NOT_ENOUGH');
    const withFailure = checkoutReducer(awaiting, { type: 'statusUpdated', view: view('failed', 'co-1', { failure }) });
    expect(withFailure).toMatchObject({ status: 'failed', failure, idempotencyKey: 'key-1' });
    const cancelled = checkoutReducer(awaiting, { type: 'statusUpdated', view: view('cancelled') });
    expect(cancelled).toMatchObject({ failure: { code: 'ORDER_IS_CANCELED' } });
    const expired = checkoutReducer(awaiting, { type: 'statusUpdated', view: view('expired') });
    expect(expired).toMatchObject({ failure: { code: 'ORDER_IS_CLOSED' } });
    const bare = checkoutReducer(awaiting, { type: 'statusUpdated', view: view('failed') });
    expect(bare.status).toBe('failed');
  });

  it('ignores a view of another checkout', () => {
    for (const state of [redirecting, awaiting, succeeded, failedNewId]) {
      expect(checkoutReducer(state, { type: 'statusUpdated', view: view('succeeded', 'co-other') })).toBe(state);
    }
  });

  it('a processing view keeps a redirecting page on its plan', () => {
    expect(checkoutReducer(redirecting, { type: 'statusUpdated', view: view('processing') })).toBe(redirecting);
  });

  it('a succeeded view ends a redirecting page (paid in the wallet on another device)', () => {
    expect(checkoutReducer(redirecting, { type: 'statusUpdated', view: view('succeeded') })).toMatchObject({
      status: 'succeeded',
      checkoutId: 'co-1',
    });
  });

  it('a stale processing view does not take a paid checkout back', () => {
    const paid = checkoutReducer(awaiting, { type: 'statusUpdated', view: view('succeeded') });
    expect(checkoutReducer(paid, { type: 'statusUpdated', view: view('processing') })).toBe(paid);
    expect(checkoutReducer(succeeded, { type: 'statusUpdated', view: view('processing') })).toBe(succeeded);
    const expired = checkoutReducer(awaiting, { type: 'statusUpdated', view: view('expired') });
    expect(checkoutReducer(expired, { type: 'statusUpdated', view: view('processing') })).toBe(expired);
  });

  it('a late view of an older checkout does not hijack a submission in flight', () => {
    const again = run([{ type: 'reset' }, { type: 'submit', idempotencyKey: 'key-2' }], succeeded);
    expect(checkoutReducer(again, { type: 'statusUpdated', view: view('succeeded', 'co-1') })).toBe(again);
  });

  it('from a fresh page, any view is taken', () => {
    expect(checkoutReducer(initialCheckoutState, { type: 'statusUpdated', view: view('processing', 'co-5') })).toEqual({
      status: 'awaiting-return',
      checkoutId: 'co-5',
      view: view('processing', 'co-5'),
    });
  });
});

describe('failed and reset', () => {
  it('failed from submitting keeps the key for the retry rules', () => {
    expect(failedTransport).toMatchObject({
      status: 'failed',
      idempotencyKey: 'key-1',
      failure: { code: 'TRANSPORT_ERROR', retry: 'same-request-id' },
    });
    expect(failedTransport).not.toHaveProperty('checkoutId');
  });

  it('failed from redirecting keeps the checkout and the key', () => {
    const failure = failedOutcome(kitFailureCodes.invalidResponse);
    expect(checkoutReducer(redirecting, { type: 'failed', failure })).toEqual({
      status: 'failed',
      failure,
      checkoutId: 'co-1',
      idempotencyKey: 'key-1',
    });
  });

  it('a failure after the payment succeeded does not turn it into a failed one', () => {
    const failure = failedOutcome(kitFailureCodes.transportError);
    expect(checkoutReducer(succeeded, { type: 'failed', failure })).toBe(succeeded);
  });

  it('reset goes back to idle from every state', () => {
    for (const state of [submitting, redirecting, awaiting, succeeded, failedNewId, failedNever, failedTransport]) {
      expect(checkoutReducer(state, { type: 'reset' })).toEqual(initialCheckoutState);
    }
  });
});

describe('nextSubmission: the Idempotency-Key rules', () => {
  it('idle asks for a new key', () => {
    expect(nextSubmission(initialCheckoutState)).toEqual({ allowed: true, idempotencyKey: 'new' });
  });

  it('a transport failure reuses the key, so the server finds the same batch', () => {
    expect(nextSubmission(failedTransport)).toEqual({ allowed: true, idempotencyKey: { reuse: 'key-1' } });
  });

  it('a failure that needs a new request id asks for a new key', () => {
    expect(nextSubmission(failedNewId)).toEqual({ allowed: true, idempotencyKey: 'new' });
    const unsafe = run([submit, answer({ kind: 'redirect', urls: { normalUrl: 'data:,x' }, orderSummaries: [] })]);
    expect(nextSubmission(unsafe)).toEqual({ allowed: true, idempotencyKey: 'new' });
  });

  it('refuses while in flight or in progress, after payment, and after "never"', () => {
    expect(nextSubmission(submitting)).toEqual({ allowed: false, reason: 'in-flight' });
    expect(nextSubmission(redirecting)).toEqual({ allowed: false, reason: 'in-progress' });
    expect(nextSubmission(awaiting)).toEqual({ allowed: false, reason: 'in-progress' });
    expect(nextSubmission(succeeded)).toEqual({ allowed: false, reason: 'already-paid' });
    expect(nextSubmission(failedNever)).toEqual({ allowed: false, reason: 'retry-never' });
  });

  it('a transport failure without a key (none was sent) asks for a new one', () => {
    const noKey: CheckoutState = { status: 'failed', failure: failedOutcome(kitFailureCodes.transportError) };
    expect(nextSubmission(noKey)).toEqual({ allowed: true, idempotencyKey: 'new' });
  });

  it('the reducer follows it: submit after a transport failure carries the key the caller reused', () => {
    const decision = nextSubmission(failedTransport);
    const key = decision.allowed && typeof decision.idempotencyKey === 'object' ? decision.idempotencyKey.reuse : 'x';
    expect(checkoutReducer(failedTransport, { type: 'submit', idempotencyKey: key })).toEqual({
      status: 'submitting',
      idempotencyKey: 'key-1',
    });
  });
});

describe('every action from every state', () => {
  const states: Array<[string, CheckoutState]> = [
    ['idle', initialCheckoutState],
    ['submitting', submitting],
    ['redirecting', redirecting],
    ['awaiting-return', awaiting],
    ['succeeded', succeeded],
    ['failed (new id)', failedNewId],
    ['failed (never)', failedNever],
    ['failed (transport)', failedTransport],
  ];
  const actions: CheckoutAction[] = [
    { type: 'submit', idempotencyKey: 'key-9' },
    answer(redirectAll),
    answer({ kind: 'succeeded', code: 'SUCCESS', orderSummaries: [] }),
    answer(failedOutcome('SYSTEM_ERROR')),
    { type: 'redirectStarted' },
    { type: 'appDidNotOpen' },
    { type: 'returned', checkoutId: 'co-1' },
    ...checkoutStatuses.map((status): CheckoutAction => ({ type: 'statusUpdated', view: view(status) })),
    { type: 'failed', failure: failedOutcome(kitFailureCodes.transportError) },
    { type: 'reset' },
  ];
  const statuses = ['idle', 'submitting', 'redirecting', 'awaiting-return', 'succeeded', 'failed'];

  it.each(states)('%s: answers a valid state to each action, and only reset leaves a paid checkout', (_name, state) => {
    for (const action of actions) {
      const next = checkoutReducer(state, action);
      expect(statuses, action.type).toContain(next.status);
      if (state.status === 'succeeded' && action.type !== 'reset') expect(next, action.type).toBe(state);
      expect(nextSubmission(next)).toHaveProperty('allowed');
    }
  });
});
