import { describe, expect, it } from 'vitest';
import { cashierRedirectControls } from './cashierRedirectControls.js';
import type { CashierRedirectCommand } from './cashierRedirectStep.js';
import { checkoutControls } from './checkoutControls.js';
import { checkoutRedirectHandlers } from './checkoutRedirectHandlers.js';
import { type CheckoutAction, type CheckoutState, checkoutReducer, initialCheckoutState } from './checkoutReducer.js';
import { checkoutStep } from './checkoutStep.js';
import { checkoutViewFields } from './checkoutViewFields.js';
import { environmentFromNavigator } from './environmentFromNavigator.js';
import { outsideProviderError, requireApiBaseUrl } from './providerErrors.js';
import { randomUuidV4 } from './randomUuidV4.js';
import { runCashierRedirectStep } from './runCashierRedirectStep.js';
import { idleRedirectState, schemeThenNormalPlan } from './test-utils/redirectPlan.js';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const iPadUa = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15';
const redirectAnswer: CheckoutAction = {
  type: 'answerReceived',
  checkoutId: 'co-1',
  outcome: {
    kind: 'redirect',
    urls: { schemeUrl: 'alipays://platformapi/startapp?x=1', normalUrl: 'https://cashier.example.com/pay' },
    appIdentifier: 'com.wallet.app',
    orderSummaries: [],
  },
  env: { terminalType: 'WAP', osType: 'ANDROID' },
};

describe('checkout glue', () => {
  it('checkoutStep: the reducer state plus its effects (submit stores the attempt, emits pay-started)', () => {
    const attempt = { idempotencyKey: 'key-1', cartId: 'c1', paymentMethodType: 'GCASH', startedAt: 1 };
    const step = checkoutStep(initialCheckoutState, { type: 'submit', idempotencyKey: 'key-1' }, attempt);
    expect(step.state).toEqual({ status: 'submitting', idempotencyKey: 'key-1' });
    expect(step.pending).toEqual(attempt);
    expect(step.events.map((e) => e.type)).toEqual(['pay-started']);
  });

  it('checkoutControls: pay allowed when idle, refused in flight with the key shown', () => {
    expect(checkoutControls(initialCheckoutState)).toEqual({ canPay: true, payRefusal: null, idempotencyKey: null });
    expect(checkoutControls({ status: 'submitting', idempotencyKey: 'k' })).toEqual({
      canPay: false,
      payRefusal: 'in-flight',
      idempotencyKey: 'k',
    });
  });

  it('the redirecting state keeps the answer appIdentifier; the handlers carry it and dispatch the steps', () => {
    const redirecting: CheckoutState = [
      { type: 'submit', idempotencyKey: 'k' } as CheckoutAction,
      redirectAnswer,
    ].reduce(checkoutReducer, initialCheckoutState);
    expect(redirecting).toMatchObject({ status: 'redirecting', appIdentifier: 'com.wallet.app' });
    const seen: CheckoutAction[] = [];
    const handlers = checkoutRedirectHandlers((a) => seen.push(a), 'com.wallet.app');
    handlers.onAttempt();
    handlers.onAppDidNotOpen();
    expect(seen).toEqual([{ type: 'redirectStarted' }, { type: 'appDidNotOpen' }]);
    expect(handlers.appIdentifier).toBe('com.wallet.app');
    expect('appIdentifier' in checkoutRedirectHandlers(() => {}, undefined)).toBe(false);
  });

  it('checkoutViewFields: defaults before the first answer', () => {
    expect(checkoutViewFields(undefined)).toEqual({
      status: undefined,
      final: false,
      checkout: undefined,
      orders: [],
      failure: undefined,
    });
  });
});

describe('browser glue, with the globals passed in', () => {
  it('environmentFromNavigator: the navigator UA and touch points, none on a server, a given UA wins', () => {
    expect(environmentFromNavigator(undefined)).toEqual({ terminalType: 'WEB' });
    expect(environmentFromNavigator({ userAgent: iPadUa, maxTouchPoints: 5 })).toEqual({
      terminalType: 'WAP',
      osType: 'IOS',
    });
    // The touch points belong to the navigator's own user agent, not to one given.
    expect(environmentFromNavigator({ userAgent: '', maxTouchPoints: 5 }, iPadUa)).toEqual({ terminalType: 'WEB' });
  });

  it('randomUuidV4: randomUUID when present, else random bytes', () => {
    expect(randomUuidV4({ randomUUID: () => 'from-randomUUID', getRandomValues: (a) => a })).toBe('from-randomUUID');
    const key = randomUuidV4({ getRandomValues: (a) => a.fill(0xab) });
    expect(key).toMatch(uuidV4);
  });

  it('errors name the fix', () => {
    expect(outsideProviderError('useCart').message).toMatch(/^useCart must be used inside <BatchPayProvider>/);
    expect(requireApiBaseUrl('https://shop.example')).toBe('https://shop.example');
    expect(() => requireApiBaseUrl(undefined)).toThrow(/needs apiBaseUrl .* or transport/);
  });
});

describe('runCashierRedirectStep', () => {
  const plan = schemeThenNormalPlan;
  const idle = idleRedirectState;

  it('commits, reports, then opens; the intent form on Android Chrome from the user agent', () => {
    const log: string[] = [];
    runCashierRedirectStep(idle, { type: 'start' }, plan, {
      now: 0,
      timeoutMs: 5000,
      userAgent: 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36',
      commit: (state) => log.push(`commit ${state.status}`),
      emit: (event) => log.push(`event ${event.type}`),
      onAttempt: (attempt) => log.push(`attempt ${attempt.kind}`),
      navigate: (url, how) => log.push(`open ${url.slice(0, 9)} ${how.target}`),
    });
    expect(log).toEqual(['commit waiting', 'event redirect-attempt', 'attempt scheme', 'open intent:// same-tab']);
  });

  it('a command that changes nothing does nothing', () => {
    const log: string[] = [];
    const sinks = { commit: () => log.push('commit'), navigate: () => log.push('open') };
    runCashierRedirectStep(idle, { type: 'cancel' }, plan, { now: 0, timeoutMs: 5000, ...sinks });
    expect(log).toEqual([]);
  });

  it('cashierRedirectControls: the buttons send start, next (manual) and cancel', () => {
    const sent: CashierRedirectCommand[] = [];
    const controls = cashierRedirectControls((c) => sent.push(c));
    controls.start();
    controls.tryNext();
    controls.cancel();
    expect(sent).toEqual([{ type: 'start' }, { type: 'next', reason: 'manual' }, { type: 'cancel' }]);
  });
});
