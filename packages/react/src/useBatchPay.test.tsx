import type { CheckoutState } from '@batchpay/client';
import type { CashierRedirectPlan, FailedOutcome } from '@batchpay/core';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { readPendingCheckout } from './checkoutStorage.js';
import type { BatchPayEvent } from './index.js';
import { mockCheckoutStatus, mockCreateCheckout } from './test-utils/checkoutBackend.js';
import { checkoutView, failedAnswer, redirectAnswer, succeededAnswer, userAgents } from './test-utils/fixtures.js';
import { createWrapper } from './test-utils/renderWithProvider.js';
import { type PayInput, type UseBatchPayResult, useBatchPay } from './useBatchPay.js';
import { useCashierRedirect } from './useCashierRedirect.js';

const input: PayInput = { cartId: 'cart_1', paymentMethodType: 'KAKAOPAY' };
// A phone of unknown OS: the plan walks all three URLs (applink, scheme, normal).
const wap = { terminalType: 'WAP' } as const;
const fastPolling = { initialIntervalMs: 20, maxIntervalMs: 40 };

/** Pays as soon as it mounts, as a "pay on load" page would. */
function AutoPay({ seen }: { seen: { latest?: UseBatchPayResult } }) {
  const batchPay = useBatchPay({ env: wap });
  seen.latest = batchPay;
  const { pay } = batchPay;
  useEffect(() => {
    void pay(input);
  }, [pay]);
  return <p>{batchPay.state.status}</p>;
}

describe('useBatchPay', () => {
  it('walks idle → submitting → redirecting → awaiting-return → succeeded', async () => {
    const received = mockCreateCheckout([{ status: 200, body: redirectAnswer() }], { delayMs: 30 });
    mockCheckoutStatus([checkoutView('processing'), checkoutView('processing'), checkoutView('succeeded')]);
    const events: BatchPayEvent[] = [];
    const navigate = vi.fn();
    const { result } = renderHook(
      () => ({
        checkout: useBatchPay({ env: wap, statusPolling: fastPolling }),
        redirect: useCashierRedirect(null, { navigate }),
      }),
      { wrapper: createWrapper({ events, userRegion: 'KR' }) },
    );
    expect(result.current.checkout.state).toEqual({ status: 'idle' });
    expect(result.current.checkout.canPay).toBe(true);

    let done: Promise<CheckoutState> | undefined;
    act(() => {
      done = result.current.checkout.pay(input);
    });
    expect(result.current.checkout.state.status).toBe('submitting');
    expect(result.current.checkout.canPay).toBe(false);
    expect(result.current.checkout.payRefusal).toBe('in-flight');
    await act(async () => {
      await done;
    });

    const state = result.current.checkout.state;
    if (state.status !== 'redirecting') throw new Error(`expected redirecting, got ${state.status}`);
    expect(state.plan.attempts.map((a) => a.kind)).toEqual(['applink', 'scheme', 'normal']);
    expect(state.checkoutId).toBe('chk_1');
    expect(received).toHaveLength(1);
    expect(received[0]?.body).toEqual({ cartId: 'cart_1', paymentMethodType: 'KAKAOPAY', env: wap, userRegion: 'KR' });
    expect(readPendingCheckout()).toMatchObject({ checkoutId: 'chk_1', idempotencyKey: received[0]?.idempotencyKey });
    // The redirect started by itself, on the same machine.
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(result.current.checkout.state).toMatchObject({ status: 'redirecting', redirect: 'waiting' });

    // The wallet app opens (the page is hidden), the buyer pays and comes back to this tab.
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(result.current.checkout.state).toMatchObject({ status: 'redirecting', redirect: 'left' });
    visibility.mockReturnValue('visible');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(result.current.checkout.state).toMatchObject({ status: 'awaiting-return', checkoutId: 'chk_1' });
    await waitFor(() => expect(result.current.checkout.state.status).toBe('succeeded'));
    visibility.mockRestore();
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['pay-started', 'answer-received', 'redirect-attempt', 'returned', 'status-changed']),
    );
    expect(events.filter((e) => e.type === 'pay-started')).toHaveLength(1);
  });

  it('a direct S answer is shown as paid, with the checkout view and its orders', async () => {
    mockCreateCheckout([{ status: 200, body: succeededAnswer('chk_s') }]);
    mockCheckoutStatus([checkoutView('succeeded', 'chk_s')]);
    const { result } = renderHook(() => useBatchPay({ env: wap }), { wrapper: createWrapper() });
    await act(async () => {
      await result.current.pay(input);
    });
    const state = result.current.state;
    expect(state).toMatchObject({ status: 'succeeded', checkoutId: 'chk_s', outcome: { kind: 'succeeded' } });
    expect(state.status === 'succeeded' && state.view?.orders.map((o) => o.status)).toEqual(['succeeded', 'succeeded']);
  });

  it('PAYMENT_UNCONFIRMED polls the status and never invites a second batch', async () => {
    const received = mockCreateCheckout([
      {
        status: 200,
        body: failedAnswer({ code: 'PAYMENT_UNCONFIRMED', status: 'U', retry: 'never' }, 'chk_u'),
      },
    ]);
    const polled = mockCheckoutStatus([checkoutView('processing', 'chk_u')]);
    const { result } = renderHook(() => useBatchPay({ env: wap, statusPolling: fastPolling }), {
      wrapper: createWrapper(),
    });
    await act(async () => {
      await result.current.pay(input);
    });
    expect(result.current.state).toMatchObject({ status: 'awaiting-return', unconfirmed: true });
    expect(result.current.payRefusal).toBe('in-progress');
    await waitFor(() => expect(polled.length).toBeGreaterThan(0));
    await act(async () => {
      await result.current.pay(input);
    });
    expect(received).toHaveLength(1);
  });

  it('lands in succeeded when the answer already says so, and clears the pending checkout', async () => {
    mockCreateCheckout([{ status: 200, body: succeededAnswer('chk_s') }]);
    const { result } = renderHook(() => useBatchPay({ env: wap }), { wrapper: createWrapper() });
    await act(async () => {
      await result.current.pay(input);
    });
    expect(result.current.state).toMatchObject({ status: 'succeeded', checkoutId: 'chk_s' });
    expect(result.current.payRefusal).toBe('already-paid');
    expect(readPendingCheckout()).toBeNull();
  });

  it('sends one request when StrictMode mounts a component that pays on mount twice', async () => {
    const received = mockCreateCheckout([{ status: 200, body: redirectAnswer() }], { delayMs: 20 });
    const seen: { latest?: UseBatchPayResult } = {};
    const Wrapper = createWrapper({ strict: true });
    render(
      <Wrapper>
        <AutoPay seen={seen} />
      </Wrapper>,
    );
    await screen.findByText('redirecting');
    expect(received).toHaveLength(1);
    expect(seen.latest?.idempotencyKey).toBe(received[0]?.idempotencyKey);
  });

  it('sends one request for ten fast pay() calls', async () => {
    const received = mockCreateCheckout([{ status: 200, body: redirectAnswer() }], { delayMs: 20 });
    const { result } = renderHook(() => useBatchPay({ env: wap }), { wrapper: createWrapper() });
    await act(async () => {
      const calls = Array.from({ length: 10 }, () => result.current.pay(input));
      await Promise.all(calls);
    });
    expect(received).toHaveLength(1);
    expect(result.current.state.status).toBe('redirecting');
  });

  it('retries a 503 and a network error with the same key, then succeeds', async () => {
    const received = mockCreateCheckout([
      { status: 503, body: { error: { code: 'UPSTREAM_UNAVAILABLE', message: 'try later' } } },
      'network-error',
      { status: 200, body: redirectAnswer() },
    ]);
    const { result } = renderHook(() => useBatchPay({ env: wap }), { wrapper: createWrapper() });
    await act(async () => {
      await result.current.pay(input);
    });
    expect(received).toHaveLength(3);
    const keys = new Set(received.map((r) => r.idempotencyKey));
    expect(keys.size).toBe(1);
    expect(result.current.state.status).toBe('redirecting');
  });

  it('surfaces a recoverable failure after the bounded retries, and the next pay() keeps the key', async () => {
    const received = mockCreateCheckout(['network-error']);
    const events: BatchPayEvent[] = [];
    const { result } = renderHook(() => useBatchPay({ env: wap }), {
      wrapper: createWrapper({ events, retry: { retries: 2, baseDelayMs: 5 } }),
    });
    await act(async () => {
      await result.current.pay(input);
    });
    expect(received).toHaveLength(3); // first try + 2 retries
    const state = result.current.state;
    if (state.status !== 'failed') throw new Error(`expected failed, got ${state.status}`);
    expect(state.failure).toMatchObject({ code: 'TRANSPORT_ERROR', retry: 'same-request-id' });
    expect(result.current.canPay).toBe(true);
    expect(events).toContainEqual({ type: 'failed', code: 'TRANSPORT_ERROR', retry: 'same-request-id' });

    const second = mockCreateCheckout([{ status: 200, body: redirectAnswer() }]);
    await act(async () => {
      await result.current.pay(input);
    });
    expect(second[0]?.idempotencyKey).toBe(received[0]?.idempotencyKey);
  });

  it('uses a new key after a failure that says "new request id"', async () => {
    const first = mockCreateCheckout([
      { status: 200, body: failedAnswer({ code: 'USER_BALANCE_NOT_ENOUGH', retry: 'new-request-id' }) },
    ]);
    const { result } = renderHook(() => useBatchPay({ env: wap }), { wrapper: createWrapper() });
    await act(async () => {
      await result.current.pay(input);
    });
    expect(result.current.state).toMatchObject({
      status: 'failed',
      failure: {
        code: 'USER_BALANCE_NOT_ENOUGH',
        retry: 'new-request-id',
        messageKey: 'result.USER_BALANCE_NOT_ENOUGH',
      },
    });
    const second = mockCreateCheckout([{ status: 200, body: redirectAnswer('chk_2') }]);
    await act(async () => {
      await result.current.pay(input);
    });
    expect(second).toHaveLength(1);
    expect(second[0]?.idempotencyKey).not.toBe(first[0]?.idempotencyKey);
    expect(result.current.state).toMatchObject({ status: 'redirecting', checkoutId: 'chk_2' });
  });

  it('refuses to pay again after a failure that says "never", without a request', async () => {
    mockCreateCheckout([{ status: 200, body: failedAnswer({ code: 'RISK_REJECT', retry: 'never' }) }]);
    const { result } = renderHook(() => useBatchPay({ env: wap }), { wrapper: createWrapper() });
    await act(async () => {
      await result.current.pay(input);
    });
    const again = mockCreateCheckout([{ status: 200, body: redirectAnswer() }]);
    await act(async () => {
      await result.current.pay(input);
    });
    expect(again).toHaveLength(0);
    expect(result.current.canPay).toBe(false);
    expect(result.current.payRefusal).toBe('retry-never');
    expect(result.current.state).toMatchObject({ status: 'failed', failure: { code: 'RISK_REJECT', retry: 'never' } });

    act(() => result.current.reset());
    expect(result.current.state).toEqual({ status: 'idle' });
    expect(result.current.canPay).toBe(true);
  });

  it('does not retry a 4xx and fails with the backend code', async () => {
    const received = mockCreateCheckout([
      {
        status: 404,
        body: { error: { code: 'CART_NOT_FOUND', message: 'cart cart_1 does not exist', field: 'cartId' } },
      },
    ]);
    const { result } = renderHook(() => useBatchPay({ env: wap }), { wrapper: createWrapper() });
    await act(async () => {
      await result.current.pay(input);
    });
    expect(received).toHaveLength(1);
    expect(result.current.state).toMatchObject({ status: 'failed', failure: { code: 'CART_NOT_FOUND' } });
  });

  it('every URL unsafe: the live batch is polled, never "not paid", and no second batch', async () => {
    mockCreateCheckout([
      {
        status: 200,
        body: {
          checkoutId: 'chk_x',
          outcome: { kind: 'redirect', urls: { normalUrl: 'javascript:alert(1)' }, orderSummaries: [] },
        },
      },
    ]);
    const { result } = renderHook(() => useBatchPay({ env: { terminalType: 'WEB' } }), { wrapper: createWrapper() });
    await act(async () => {
      await result.current.pay(input);
    });
    expect(result.current.state).toMatchObject({ status: 'redirecting', redirect: 'exhausted', attemptIndex: 0 });
    if (result.current.state.status === 'redirecting') expect(result.current.state.plan.attempts).toEqual([]);
    expect(result.current.canPay).toBe(false);
  });

  it('a refused plain-http loopback cashier URL tells the developer to set allowInsecureLocalhost', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const loopback = { normalUrl: 'http://localhost:4010/cashier/pay?c=1' };
    mockCreateCheckout([
      { status: 200, body: { checkoutId: 'chk_l', outcome: { kind: 'redirect', urls: loopback, orderSummaries: [] } } },
    ]);
    const { result } = renderHook(() => useBatchPay({ env: { terminalType: 'WEB' } }), { wrapper: createWrapper() });
    await act(async () => {
      await result.current.pay(input);
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/allowInsecureLocalhost/);
    expect(result.current.state.status).not.toBe('failed');
    warn.mockRestore();
  });

  it('detects the environment from the user agent when none is given', async () => {
    const received = mockCreateCheckout([{ status: 200, body: redirectAnswer() }]);
    const original = navigator.userAgent;
    Object.defineProperty(navigator, 'userAgent', { value: userAgents.androidChrome, configurable: true });
    try {
      const { result } = renderHook(() => useBatchPay(), { wrapper: createWrapper() });
      await act(async () => {
        await result.current.pay(input);
      });
      expect(received[0]?.body.env).toEqual({ terminalType: 'WAP', osType: 'ANDROID' });
    } finally {
      Object.defineProperty(navigator, 'userAgent', { value: original, configurable: true });
    }
  });

  it('resumes from sessionStorage after the redirect back, and the result comes from the server', async () => {
    sessionStorage.setItem(
      'batchpay:pending-checkout',
      JSON.stringify({
        idempotencyKey: 'key-1',
        cartId: 'cart_1',
        paymentMethodType: 'KAKAOPAY',
        checkoutId: 'chk_9',
        startedAt: Date.now(),
      }),
    );
    const polled = mockCheckoutStatus([checkoutView('processing', 'chk_9'), checkoutView('succeeded', 'chk_9')]);
    const events: BatchPayEvent[] = [];
    const { result } = renderHook(() => useBatchPay({ statusPolling: fastPolling }), {
      wrapper: createWrapper({ events, strict: true }),
    });
    await waitFor(() => expect(result.current.state.status).toBe('awaiting-return'));
    expect(result.current.idempotencyKey).toBe('key-1');
    expect(events.filter((e) => e.type === 'returned')).toEqual([{ type: 'returned', checkoutId: 'chk_9' }]);
    await waitFor(() => expect(result.current.state).toMatchObject({ status: 'succeeded', checkoutId: 'chk_9' }));
    expect(polled.every((p) => p.id === 'chk_9')).toBe(true);
    expect(readPendingCheckout()).toBeNull();
  });

  it('resumes from ?checkout= alone in a new tab with empty storage', async () => {
    window.history.replaceState(null, '', '/result?checkout=chk_url');
    try {
      mockCheckoutStatus([checkoutView('failed', 'chk_url')]);
      const { result } = renderHook(() => useBatchPay({ statusPolling: fastPolling }), { wrapper: createWrapper() });
      await waitFor(() => expect(result.current.state.status).toBe('failed'));
      expect(result.current.state).toMatchObject({ checkoutId: 'chk_url', failure: { kind: 'failed' } });
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('reuses the stored key when the page reloaded before the answer came', async () => {
    sessionStorage.setItem(
      'batchpay:pending-checkout',
      JSON.stringify({ idempotencyKey: 'key-reload', cartId: 'cart_1', paymentMethodType: 'KAKAOPAY', startedAt: 1 }),
    );
    const received = mockCreateCheckout([{ status: 200, body: redirectAnswer() }]);
    const { result } = renderHook(() => useBatchPay({ env: wap }), { wrapper: createWrapper() });
    await act(async () => {
      await result.current.pay(input);
    });
    expect(received[0]?.idempotencyKey).toBe('key-reload');
  });

  it('types the state as a discriminated union', () => {
    expectTypeOf<UseBatchPayResult['state']>().toEqualTypeOf<CheckoutState>();
    const check = (state: CheckoutState) => {
      if (state.status === 'failed') expectTypeOf(state.failure).toEqualTypeOf<FailedOutcome>();
      if (state.status === 'redirecting') expectTypeOf(state.plan).toEqualTypeOf<CashierRedirectPlan>();
      if (state.status === 'idle') expectTypeOf(state).toEqualTypeOf<{ status: 'idle' }>();
    };
    expect(typeof check).toBe('function');
    expectTypeOf<UseBatchPayResult['pay']>().parameter(0).toEqualTypeOf<PayInput>();
  });
});
