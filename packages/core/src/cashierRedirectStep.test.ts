import { describe, expect, it } from 'vitest';
import { cashierRedirectStep } from './cashierRedirectStep.js';
import { idleRedirectState, schemeThenNormalPlan } from './test-utils/redirectPlan.js';

const plan = schemeThenNormalPlan;
const idle = idleRedirectState;

describe('cashierRedirectStep', () => {
  it('start: opens the first attempt, reports it, in the same tab', () => {
    const r = cashierRedirectStep(idle, { type: 'start' }, plan, { now: 0, timeoutMs: 5000 });
    expect(r.events).toEqual([{ type: 'redirect-attempt', kind: 'scheme', url: plan.attempts[0]?.url, index: 0 }]);
    expect(r.open).toMatchObject({ index: 0, url: 'alipays://platformapi/startapp?x=1', target: 'same-tab' });
    expect(r.fallback).toBeUndefined();
  });

  it('the Android intent form goes to navigation, the plain URL to the event', () => {
    const r = cashierRedirectStep(idle, { type: 'start' }, plan, { now: 0, timeoutMs: 5000, androidIntent: true });
    expect(r.open?.url).toMatch(/^intent:\/\/platformapi\/startapp\?x=1#Intent;scheme=alipays;/);
    expect(r.events[0]).toMatchObject({ url: 'alipays://platformapi/startapp?x=1' });
  });

  it('timeout: reports the fallback with the time waited, then opens the cashier page where asked', () => {
    const waiting = cashierRedirectStep(idle, { type: 'start' }, plan, { now: 1000, timeoutMs: 5000 }).state;
    const r = cashierRedirectStep(waiting, { type: 'next', reason: 'timeout' }, plan, {
      now: 6100,
      timeoutMs: 5000,
      normalUrlTarget: 'new-tab',
    });
    expect(r.events).toEqual([
      { type: 'redirect-fallback', fromKind: 'scheme', afterMs: 5100, index: 0 },
      { type: 'redirect-attempt', kind: 'normal', url: 'https://cashier.example.com/pay', index: 1 },
    ]);
    expect(r.fallback).toEqual({ attempt: plan.attempts[0], index: 0, afterMs: 5100 });
    expect(r.open).toMatchObject({ index: 1, target: 'new-tab' });
    expect(r.state.status).toBe('opened');
  });

  it('a manual next reports no fallback; nothing happens for a command that changes nothing', () => {
    const waiting = cashierRedirectStep(idle, { type: 'start' }, plan, { now: 0, timeoutMs: 5000 }).state;
    const manual = cashierRedirectStep(waiting, { type: 'next', reason: 'manual' }, plan, { now: 10, timeoutMs: 5000 });
    expect(manual.fallback).toBeUndefined();
    expect(manual.events.map((e) => e.type)).toEqual(['redirect-attempt']);
    const again = cashierRedirectStep(waiting, { type: 'start' }, plan, { now: 20, timeoutMs: 5000 });
    expect(again).toEqual({ state: waiting, events: [] });
  });

  it('the page left: a new state, but nothing to open or report', () => {
    const waiting = cashierRedirectStep(idle, { type: 'start' }, plan, { now: 0, timeoutMs: 5000 }).state;
    const r = cashierRedirectStep(waiting, { type: 'left' }, plan, { now: 1, timeoutMs: 5000 });
    expect(r.state.status).toBe('left');
    expect(r.events).toEqual([]);
    expect(r.open).toBeUndefined();
  });
});
