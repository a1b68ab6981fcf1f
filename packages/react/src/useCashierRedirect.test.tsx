import type { CashierRedirectPlan } from '@batchpay/core';
import { act, render, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BatchPayEvent } from './index.js';
import { createWrapper } from './test-utils/renderWithProvider.js';
import { type CashierNavigate, type UseCashierRedirectResult, useCashierRedirect } from './useCashierRedirect.js';

const plan: CashierRedirectPlan = {
  attempts: [
    { kind: 'applink', url: 'https://wallet.example/link?c=1' },
    { kind: 'scheme', url: 'wallet://pay?c=1' },
    { kind: 'normal', url: 'https://cashier.example/pay?c=1' },
  ],
  rejected: [],
};

let visibility: DocumentVisibilityState = 'visible';
function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function navigateSpy() {
  const calls: { url: string; kind: string; target: string }[] = [];
  const navigate: CashierNavigate = (url, how) => calls.push({ url, ...how });
  return { calls, navigate };
}

function Redirect({ seen, navigate }: { seen: { latest?: UseCashierRedirectResult }; navigate: CashierNavigate }) {
  seen.latest = useCashierRedirect(plan, { navigate, timeoutMs: 1000 });
  return null;
}

describe('useCashierRedirect', () => {
  it('opens the first URL, falls back to the next after the timeout while the page stays visible', () => {
    const { calls, navigate } = navigateSpy();
    const { result } = renderHook(() => useCashierRedirect(plan, { navigate, timeoutMs: 5000, androidIntent: false }));
    expect(calls.map((c) => c.kind)).toEqual(['applink']);
    expect(result.current.status).toBe('waiting');
    expect(result.current.currentAttempt?.kind).toBe('applink');
    expect(result.current.timeLeftMs).toBe(5000);

    act(() => vi.advanceTimersByTime(2000));
    expect(result.current.timeLeftMs).toBe(3000);
    expect(calls).toHaveLength(1);

    act(() => vi.advanceTimersByTime(3000));
    expect(calls.map((c) => c.kind)).toEqual(['applink', 'scheme']);
    expect(result.current.attemptIndex).toBe(1);

    act(() => vi.advanceTimersByTime(5000));
    expect(calls.map((c) => c.url)).toEqual(plan.attempts.map((a) => a.url));
    expect(result.current.status).toBe('opened');
    expect(result.current.timeLeftMs).toBeNull();
  });

  it('does not navigate again when the page got hidden (the app opened)', () => {
    const { calls, navigate } = navigateSpy();
    const { result } = renderHook(() => useCashierRedirect(plan, { navigate }));
    act(() => vi.advanceTimersByTime(1000));
    act(() => setVisibility('hidden'));
    expect(result.current.status).toBe('left');
    act(() => vi.advanceTimersByTime(20_000));
    expect(calls).toHaveLength(1);
  });

  it('does not navigate when the timer fires on a hidden page without a visibility event', () => {
    const { calls, navigate } = navigateSpy();
    const { result } = renderHook(() => useCashierRedirect(plan, { navigate }));
    visibility = 'hidden'; // some browsers throttle and deliver the event late
    act(() => vi.advanceTimersByTime(5000));
    expect(calls).toHaveLength(1);
    expect(result.current.status).toBe('left');
  });

  it('stops on pagehide (the page is being unloaded)', () => {
    const { calls, navigate } = navigateSpy();
    const { result } = renderHook(() => useCashierRedirect(plan, { navigate }));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    act(() => vi.advanceTimersByTime(10_000));
    expect(calls).toHaveLength(1);
    expect(result.current.status).toBe('left');
  });

  it('uses the default 5 s timeout and a configurable one', () => {
    const a = navigateSpy();
    renderHook(() => useCashierRedirect(plan, { navigate: a.navigate }));
    act(() => vi.advanceTimersByTime(4999));
    expect(a.calls).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1));
    expect(a.calls).toHaveLength(2);

    const b = navigateSpy();
    renderHook(() => useCashierRedirect(plan, { navigate: b.navigate, timeoutMs: 1500 }));
    act(() => vi.advanceTimersByTime(1500));
    expect(b.calls).toHaveLength(2);
  });

  it('ends exhausted with a manual link for every URL when no app opened', () => {
    const appsOnly: CashierRedirectPlan = { attempts: plan.attempts.slice(0, 2), rejected: [] };
    const { calls, navigate } = navigateSpy();
    const { result } = renderHook(() => useCashierRedirect(appsOnly, { navigate, timeoutMs: 1000 }));
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current.status).toBe('waiting');
    act(() => vi.advanceTimersByTime(1000));
    expect(calls).toHaveLength(2);
    expect(result.current.status).toBe('exhausted');
    expect(result.current.manualLinks).toEqual([
      { kind: 'applink', url: 'https://wallet.example/link?c=1', target: '_self' },
      { kind: 'scheme', url: 'wallet://pay?c=1', target: '_self' },
    ]);
  });

  it('navigates once under StrictMode double mount and keeps one timer', () => {
    const { calls, navigate } = navigateSpy();
    const seen: { latest?: UseCashierRedirectResult } = {};
    render(
      <StrictMode>
        <Redirect seen={seen} navigate={navigate} />
      </StrictMode>,
    );
    expect(calls).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1000));
    expect(calls).toHaveLength(2);
    expect(seen.latest?.attemptIndex).toBe(1);
  });

  it('waits for start() when autoStart is false (navigation inside the click)', () => {
    const { calls, navigate } = navigateSpy();
    const { result } = renderHook(() => useCashierRedirect(plan, { navigate, autoStart: false }));
    expect(result.current.status).toBe('idle');
    act(() => vi.advanceTimersByTime(10_000));
    expect(calls).toHaveLength(0);
    act(() => result.current.start());
    act(() => result.current.start());
    expect(calls).toHaveLength(1);
  });

  it('tryNext skips the wait; cancel stops the automatic fallback', () => {
    const { calls, navigate } = navigateSpy();
    const { result } = renderHook(() => useCashierRedirect(plan, { navigate }));
    act(() => result.current.tryNext());
    expect(calls.map((c) => c.kind)).toEqual(['applink', 'scheme']);
    act(() => result.current.cancel());
    act(() => vi.advanceTimersByTime(10_000));
    expect(calls).toHaveLength(2);
    expect(result.current.status).toBe('exhausted');
  });

  it('opens normalUrl in a new tab when asked (WEB)', () => {
    const web: CashierRedirectPlan = {
      attempts: [{ kind: 'normal', url: 'https://cashier.example/qr' }],
      rejected: [],
    };
    const { calls, navigate } = navigateSpy();
    const { result } = renderHook(() => useCashierRedirect(web, { navigate, normalUrlTarget: 'new-tab' }));
    expect(calls).toEqual([{ url: 'https://cashier.example/qr', kind: 'normal', target: 'new-tab' }]);
    expect(result.current.manualLinks[0]?.target).toBe('_blank');
  });

  it('fires a scheme as intent:// with the app package and the next URL as fallback on Android Chrome', () => {
    const android: CashierRedirectPlan = {
      attempts: [
        { kind: 'scheme', url: 'wallet://pay?c=1' },
        { kind: 'normal', url: 'https://cashier.example/pay?c=1' },
      ],
      rejected: [],
    };
    const { calls, navigate } = navigateSpy();
    renderHook(() => useCashierRedirect(android, { navigate, androidIntent: true, appIdentifier: 'com.wallet.app' }));
    expect(calls[0]?.url).toBe(
      'intent://pay?c=1#Intent;scheme=wallet;package=com.wallet.app;' +
        `S.browser_fallback_url=${encodeURIComponent('https://cashier.example/pay?c=1')};end`,
    );
  });

  it('reports attempts and fallbacks to the provider and the callbacks', () => {
    const events: BatchPayEvent[] = [];
    const { navigate } = navigateSpy();
    const onAttempt = vi.fn();
    const onAppDidNotOpen = vi.fn();
    renderHook(() => useCashierRedirect(plan, { navigate, timeoutMs: 1000, onAttempt, onAppDidNotOpen }), {
      wrapper: createWrapper({ events }),
    });
    act(() => vi.advanceTimersByTime(1000));
    expect(events).toEqual([
      { type: 'redirect-attempt', kind: 'applink', url: plan.attempts[0]?.url, index: 0 },
      { type: 'redirect-fallback', fromKind: 'applink', afterMs: 1000, index: 0 },
      { type: 'redirect-attempt', kind: 'scheme', url: plan.attempts[1]?.url, index: 1 },
    ]);
    expect(onAttempt).toHaveBeenCalledTimes(2);
    expect(onAppDidNotOpen).toHaveBeenCalledWith(plan.attempts[0], 0, 1000);
  });

  it('does nothing without a plan and starts over for a new plan', () => {
    const { calls, navigate } = navigateSpy();
    const { result, rerender } = renderHook(({ p }) => useCashierRedirect(p, { navigate }), {
      initialProps: { p: null as CashierRedirectPlan | null },
    });
    expect(result.current.status).toBe('idle');
    expect(result.current.manualLinks).toEqual([]);
    rerender({ p: plan });
    expect(calls).toHaveLength(1);
  });
});
