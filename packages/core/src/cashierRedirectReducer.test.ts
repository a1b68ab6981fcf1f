import { describe, expect, it } from 'vitest';
import { cashierAttemptUrl } from './cashierAttemptUrl.js';
import { cashierManualLinks } from './cashierManualLinks.js';
import {
  type CashierRedirectState,
  cashierPlanKey,
  cashierRedirectReducer,
  cashierRedirectStateFor,
  cashierTimeLeft,
  initialCashierRedirectState,
} from './cashierRedirectReducer.js';
import type { CashierRedirectPlan } from './planCashierRedirect.js';

const plan: CashierRedirectPlan = {
  attempts: [
    {
      kind: 'applink',
      url: 'https://render.alipay.com/p/s/x',
      fire: 'location',
      href: 'https://render.alipay.com/p/s/x',
    },
    {
      kind: 'scheme',
      url: 'alipays://platformapi/startapp?x=1',
      fire: 'location',
      href: 'alipays://platformapi/startapp?x=1',
    },
    {
      kind: 'normal',
      url: 'https://cashier.example.com/pay',
      fire: 'location',
      href: 'https://cashier.example.com/pay',
    },
  ],
  manualOnly: [],
  rejected: [],
};
const key = cashierPlanKey(plan);
const at = (now: number) => ({ plan, now, timeoutMs: 5000 });

function run(actions: Parameters<typeof cashierRedirectReducer>[1][]): CashierRedirectState {
  return actions.reduce(cashierRedirectReducer, initialCashierRedirectState(key));
}

describe('cashierRedirectReducer', () => {
  it('opens the first attempt on start and waits for the app until the deadline', () => {
    const s = run([{ type: 'start', ...at(1000) }]);
    expect(s).toEqual({ planKey: key, status: 'waiting', index: 0, deadline: 6000, startedAt: 1000, opens: 1 });
    expect(cashierTimeLeft(s, 2500)).toBe(3500);
    expect(cashierTimeLeft(s, 9000)).toBe(0);
  });

  it('ignores a second start of the same plan (StrictMode runs effects twice)', () => {
    const s = run([{ type: 'start', ...at(1000) }]);
    expect(cashierRedirectReducer(s, { type: 'start', ...at(1200) })).toBe(s);
  });

  it('goes on to the next URL after a timeout, and the cashier page ends the waiting', () => {
    const s = run([
      { type: 'start', ...at(0) },
      { type: 'next', reason: 'timeout', ...at(5000) },
      { type: 'next', reason: 'timeout', ...at(10_000) },
    ]);
    expect(s).toMatchObject({ status: 'opened', index: 2, deadline: null, startedAt: 10_000, opens: 3 });
    expect(cashierTimeLeft(s, 10_001)).toBeNull();
  });

  it('is exhausted after the last URL; a timeout before the start does nothing', () => {
    const onlyApp: CashierRedirectPlan = {
      attempts: [{ kind: 'scheme', url: 'gcash://pay', fire: 'location', href: 'gcash://pay' }],
      manualOnly: [],
      rejected: [],
    };
    const start = { plan: onlyApp, now: 0, timeoutMs: 100 };
    const idle = initialCashierRedirectState(cashierPlanKey(onlyApp));
    expect(cashierRedirectReducer(idle, { type: 'next', reason: 'timeout', ...start })).toBe(idle);
    const waiting = cashierRedirectReducer(idle, { type: 'start', ...start });
    const done = cashierRedirectReducer(waiting, { type: 'next', reason: 'timeout', ...start, now: 100 });
    expect(done).toMatchObject({ status: 'exhausted', index: 0, deadline: null, opens: 1 });
  });

  it('a manual next before the start opens the first URL', () => {
    const s = cashierRedirectReducer(initialCashierRedirectState(key), { type: 'next', reason: 'manual', ...at(7) });
    expect(s).toMatchObject({ status: 'waiting', index: 0, opens: 1 });
  });

  it('the page hidden while waiting means the app opened; cancel stops the waiting; both only while waiting', () => {
    const waiting = run([{ type: 'start', ...at(0) }]);
    expect(cashierRedirectReducer(waiting, { type: 'left' })).toMatchObject({ status: 'left', deadline: null });
    expect(cashierRedirectReducer(waiting, { type: 'cancel' })).toMatchObject({ status: 'exhausted', deadline: null });
    const idle = initialCashierRedirectState(key);
    expect(cashierRedirectReducer(idle, { type: 'left' })).toBe(idle);
    expect(cashierRedirectReducer(idle, { type: 'cancel' })).toBe(idle);
  });

  it('a state of another plan counts as idle, and a new plan starts again', () => {
    const old = run([{ type: 'start', ...at(0) }]);
    const other: CashierRedirectPlan = {
      attempts: [{ kind: 'normal', url: 'https://c.example/p', fire: 'location', href: 'https://c.example/p' }],
      manualOnly: [],
      rejected: [],
    };
    const otherKey = cashierPlanKey(other);
    expect(cashierRedirectStateFor(old, otherKey)).toMatchObject({ planKey: otherKey, status: 'idle', index: -1 });
    expect(cashierRedirectStateFor(old, key)).toBe(old);
    const restarted = cashierRedirectReducer(old, { type: 'start', plan: other, now: 50, timeoutMs: 5000 });
    expect(restarted).toMatchObject({ planKey: otherKey, status: 'opened', index: 0, opens: 2 });
  });

  it('does not start an empty plan', () => {
    const empty: CashierRedirectPlan = { attempts: [], manualOnly: [], rejected: [] };
    const idle = initialCashierRedirectState('');
    expect(cashierRedirectReducer(idle, { type: 'start', plan: empty, now: 0, timeoutMs: 1 })).toBe(idle);
    expect(cashierPlanKey(null)).toBe('');
  });
});

describe('cashier URLs and manual links', () => {
  it('fires a scheme as an intent:// URL with the next URL as fallback only when asked', () => {
    expect(cashierAttemptUrl(plan, 1)).toBe('alipays://platformapi/startapp?x=1');
    expect(cashierAttemptUrl(plan, 1, { androidIntent: true, appIdentifier: 'com.eg.android.AlipayGphone' })).toBe(
      'intent://platformapi/startapp?x=1#Intent;scheme=alipays;package=com.eg.android.AlipayGphone;' +
        'S.browser_fallback_url=https%3A%2F%2Fcashier.example.com%2Fpay;end',
    );
    expect(cashierAttemptUrl(plan, 0, { androidIntent: true })).toBe('https://render.alipay.com/p/s/x');
    expect(cashierAttemptUrl(plan, 3)).toBeNull();
  });

  it('lists one link per URL, the cashier page in a new tab when asked', () => {
    expect(cashierManualLinks(plan, 'new-tab').map((l) => [l.kind, l.target])).toEqual([
      ['applink', '_self'],
      ['scheme', '_self'],
      ['normal', '_blank'],
    ]);
    expect(cashierManualLinks(plan).every((l) => l.target === '_self')).toBe(true);
    expect(cashierManualLinks(undefined)).toEqual([]);
  });
});
