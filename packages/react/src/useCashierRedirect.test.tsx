import { type CheckoutClientOptions, createCheckoutClient } from '@batchpay/client';
import type { BatchPayOutcome } from '@batchpay/core';
import { act, render, renderHook } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../client/src/test-utils/fakeBrowser.js';
import { BatchPayProvider } from './BatchPayProvider.js';
import type { BatchPayEvent } from './index.js';
import { API } from './test-utils/server.js';
import { useBatchPay } from './useBatchPay.js';
import { type UseCashierRedirectOptions, useCashierRedirect } from './useCashierRedirect.js';

const outcome: Extract<BatchPayOutcome, { kind: 'redirect' }> = {
  kind: 'redirect',
  urls: {
    applinkUrl: 'https://wallet.example/link?c=1',
    schemeUrl: 'wallet://pay?c=1',
    normalUrl: 'https://cashier.example/pay?c=1',
  },
  orderSummaries: [],
};
// A phone whose OS and browser are unknown: the plan walks all three URLs (applink, scheme, normal), each by location.
const iPhone = { terminalType: 'WAP' as const };

/**
 * The provider's machine with the browser seam in the test's hands (clock, visibility, navigation), driven to
 * "redirecting" by its own actions: the hooks under test are the real ones over the real machine.
 */
function redirecting(options: Partial<CheckoutClientOptions> & { answer?: BatchPayOutcome } = {}) {
  const browser = fakeBrowser();
  const events: BatchPayEvent[] = [];
  const { answer = outcome, ...rest } = options;
  const client = createCheckoutClient({
    apiBaseUrl: API,
    effects: browser.effects,
    environment: iPhone,
    redirect: { autoStart: false },
    statusPolling: false,
    onEvent: (e) => events.push(e),
    ...rest,
  });
  client.dispatch({ type: 'submit', idempotencyKey: 'key-1' });
  client.dispatch({ type: 'answerReceived', checkoutId: 'chk_1', outcome: answer, env: iPhone });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <BatchPayProvider apiBaseUrl={API} client={client}>
      {children}
    </BatchPayProvider>
  );
  const strictWrapper = ({ children }: { children: ReactNode }) => <StrictMode>{wrapper({ children })}</StrictMode>;
  return { client, browser, events, wrapper, strictWrapper, urls: () => browser.navigations.map((n) => n.url) };
}

const both = (options?: UseCashierRedirectOptions) => () => ({
  redirect: useCashierRedirect(null, options),
  checkout: useBatchPay(),
});

describe('useCashierRedirect, a view of the one machine', () => {
  it('after a manual "next", the redirect and useBatchPay().state show the same attempt (issue 12, item 1)', () => {
    const { wrapper, urls } = redirecting();
    const { result } = renderHook(both({ timeoutMs: 5000 }), { wrapper });
    expect(result.current.redirect.attemptIndex).toBe(0);
    act(() => result.current.redirect.tryNext());
    const { state } = result.current.checkout;
    if (state.status !== 'redirecting') throw new Error(state.status);
    expect(result.current.redirect.attemptIndex).toBe(1);
    expect(state.attemptIndex).toBe(1);
    expect(result.current.redirect.currentAttempt).toBe(state.plan.attempts[1]);
    expect(urls()).toEqual(['https://wallet.example/link?c=1', 'wallet://pay?c=1']);
  });

  it('opens the first URL, counts down, and opens the next when the app did not open', () => {
    const { wrapper, browser, urls } = redirecting();
    const { result, rerender } = renderHook(both({ timeoutMs: 5000 }), { wrapper });
    expect(urls()).toEqual(['https://wallet.example/link?c=1']);
    expect(result.current.redirect).toMatchObject({ status: 'waiting', attemptIndex: 0, timeLeftMs: 5000 });
    act(() => browser.advance(2000));
    rerender();
    expect(result.current.redirect.timeLeftMs).toBe(3000);
    act(() => browser.advance(3000));
    expect(result.current.redirect).toMatchObject({ status: 'waiting', attemptIndex: 1 });
    act(() => browser.advance(5000));
    expect(result.current.redirect).toMatchObject({ status: 'opened', attemptIndex: 2, timeLeftMs: null });
    expect(urls()).toHaveLength(3);
  });

  it('never navigates when the page was hidden (the app opened), nor when the timer fires on a hidden page', () => {
    const first = redirecting();
    const { result } = renderHook(both(), { wrapper: first.wrapper });
    act(() => first.browser.hide());
    expect(result.current.redirect.status).toBe('left');
    act(() => first.browser.advance(60_000));
    expect(first.urls()).toHaveLength(1);

    const second = redirecting();
    const hook = renderHook(both(), { wrapper: second.wrapper });
    second.browser.hideSilently();
    act(() => second.browser.advance(5000));
    expect(hook.result.current.redirect.status).toBe('left');
    expect(second.urls()).toHaveLength(1);
  });

  it('back from the app (visible again) or from the back-forward cache: the checkout awaits the status', () => {
    const { wrapper, browser } = redirecting();
    const { result } = renderHook(both(), { wrapper });
    act(() => browser.unload());
    act(() => browser.restore());
    expect(result.current.checkout.state).toMatchObject({ status: 'awaiting-return', checkoutId: 'chk_1' });
    expect(result.current.redirect).toMatchObject({ status: 'idle', attemptIndex: -1, manualLinks: [] });
  });

  it('navigates once under StrictMode and keeps one timer', () => {
    const { strictWrapper, browser, urls } = redirecting();
    renderHook(both(), { wrapper: strictWrapper });
    expect(urls()).toHaveLength(1);
    expect(browser.pendingTimers()).toBe(1);
    expect(browser.listeners()).toBe(1);
  });

  it('waits for start() when autoStart is false; tryNext, a manual link and cancel move the same position', () => {
    const { wrapper, browser, urls } = redirecting();
    const { result } = renderHook(both({ autoStart: false }), { wrapper });
    expect(result.current.redirect).toMatchObject({ status: 'idle', attemptIndex: 0 });
    expect(urls()).toEqual([]);
    act(() => result.current.redirect.start());
    expect(urls()).toHaveLength(1);
    act(() => result.current.redirect.chooseLink(2));
    expect(result.current.redirect).toMatchObject({ status: 'manual', attemptIndex: 2 });
    expect(result.current.checkout.state).toMatchObject({ redirect: 'manual', attemptIndex: 2 });
    expect(browser.pendingTimers()).toBe(0);
    act(() => browser.advance(60_000));
    expect(urls()).toHaveLength(1);
  });

  it('cancel stops the automatic fallback; the manual links stay', () => {
    const { wrapper, browser, urls } = redirecting();
    const { result } = renderHook(both(), { wrapper });
    act(() => result.current.redirect.cancel());
    act(() => browser.advance(60_000));
    expect(urls()).toHaveLength(1);
    expect(result.current.redirect.status).toBe('exhausted');
    expect(result.current.redirect.manualLinks.map((l) => l.kind)).toEqual(['applink', 'scheme', 'normal']);
  });

  it('opens normalUrl in a new tab when asked, with a _blank manual link', () => {
    const web = { terminalType: 'WEB' as const, browser: 'android-browser' as const };
    const { wrapper, browser } = redirecting({ environment: web });
    const { result } = renderHook(both({ normalUrlTarget: 'new-tab' }), { wrapper });
    expect(result.current.redirect.currentAttempt?.kind).toBe('applink');
    act(() => result.current.redirect.tryNext());
    act(() => result.current.redirect.tryNext());
    expect(browser.navigations.at(-1)).toMatchObject({ kind: 'normal', target: 'new-tab' });
    expect(result.current.redirect.manualLinks.at(-1)?.target).toBe('_blank');
  });

  it('uses an injected navigate, and reports attempts and fallbacks to onEvent and the callbacks', () => {
    const { wrapper, browser, events } = redirecting();
    const navigate = vi.fn();
    const onAttempt = vi.fn();
    const onAppDidNotOpen = vi.fn();
    renderHook(both({ navigate, onAttempt, onAppDidNotOpen, timeoutMs: 1000 }), { wrapper });
    act(() => browser.advance(1000));
    expect(navigate.mock.calls.map(([url]) => url)).toEqual(['https://wallet.example/link?c=1', 'wallet://pay?c=1']);
    expect(onAttempt).toHaveBeenCalledTimes(2);
    expect(onAppDidNotOpen).toHaveBeenCalledWith(expect.objectContaining({ kind: 'applink' }), 0, 1000);
    expect(events.map((e) => e.type)).toEqual([
      'answer-received',
      'redirect-attempt',
      'redirect-fallback',
      'redirect-attempt',
    ]);
  });

  it('not redirecting: idle, no links; outside a provider it names the fix', () => {
    const { result } = renderHook(() => useCashierRedirect(), {
      wrapper: ({ children }) => <BatchPayProvider apiBaseUrl={API}>{children}</BatchPayProvider>,
    });
    expect(result.current).toMatchObject({ status: 'idle', attemptIndex: -1, currentAttempt: null, manualLinks: [] });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Outside />)).toThrow('useCashierRedirect must be used inside <BatchPayProvider>');
    vi.restoreAllMocks();
  });
});

function Outside() {
  useCashierRedirect();
  return null;
}
