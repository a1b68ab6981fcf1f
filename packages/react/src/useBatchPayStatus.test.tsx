import { serializePendingCheckout } from '@batchpay/client';
import { renderHook, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { readPendingCheckout } from './checkoutStorage.js';
import type { BatchPayEvent } from './index.js';
import { mockCheckoutStatus } from './test-utils/checkoutBackend.js';
import { checkoutView } from './test-utils/fixtures.js';
import { createWrapper } from './test-utils/renderWithProvider.js';
import { API, server } from './test-utils/server.js';
import { useBatchPayStatus } from './useBatchPayStatus.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('useBatchPayStatus', () => {
  it('polls with a growing interval until the status is final, then stops', async () => {
    const polls = mockCheckoutStatus([
      checkoutView('processing'),
      checkoutView('processing'),
      checkoutView('processing'),
      checkoutView('succeeded'),
    ]);
    const events: BatchPayEvent[] = [];
    const { result } = renderHook(
      () => useBatchPayStatus('chk_1', { initialIntervalMs: 30, backoffFactor: 2, maxIntervalMs: 500 }),
      { wrapper: createWrapper({ events }) },
    );
    expect(result.current.status).toBeUndefined();
    await waitFor(() => expect(result.current.final).toBe(true), { timeout: 3000 });
    expect(result.current.status).toBe('succeeded');
    expect(result.current.orders.map((o) => [o.referenceOrderId, o.status])).toEqual([
      ['o-1', 'succeeded'],
      ['o-2', 'succeeded'],
    ]);
    expect(polls).toHaveLength(4);
    const gaps = polls.slice(1).map((p, i) => p.at - (polls[i]?.at ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(25); // 30 ms
    expect(gaps[1]).toBeGreaterThanOrEqual(55); // 60 ms
    expect(gaps[2]).toBeGreaterThanOrEqual(110); // 120 ms
    await sleep(300);
    expect(polls).toHaveLength(4);
    expect(events.filter((e) => e.type === 'status-changed')).toEqual([
      { type: 'status-changed', checkoutId: 'chk_1', status: 'processing', final: false },
      { type: 'status-changed', checkoutId: 'chk_1', status: 'succeeded', final: true },
    ]);
    expect(events.filter((e) => e.type === 'returned')).toEqual([]); // an explicit id is not a return
  });

  it('works from ?checkout= in the URL alone (new tab, empty storage)', async () => {
    window.history.replaceState(null, '', '/result?checkout=chk_url');
    try {
      mockCheckoutStatus([checkoutView('failed', 'chk_url')]);
      const events: BatchPayEvent[] = [];
      const { result } = renderHook(() => useBatchPayStatus(), { wrapper: createWrapper({ events, strict: true }) });
      await waitFor(() => expect(result.current.status).toBe('failed'));
      expect(result.current.checkoutId).toBe('chk_url');
      expect(events.filter((e) => e.type === 'returned')).toEqual([{ type: 'returned', checkoutId: 'chk_url' }]);
      expect(result.current.orders.every((o) => o.status === 'failed')).toBe(true);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('finds the id in sessionStorage when the URL has none, and clears it once final', async () => {
    sessionStorage.setItem(
      'batchpay:pending-checkout',
      serializePendingCheckout({
        idempotencyKey: 'k',
        cartId: 'c',
        paymentMethodType: 'GCASH',
        checkoutId: 'chk_s',
        startedAt: 1,
      }),
    );
    mockCheckoutStatus([checkoutView('succeeded', 'chk_s')]);
    const { result } = renderHook(() => useBatchPayStatus(), { wrapper: createWrapper() });
    await waitFor(() => expect(result.current.status).toBe('succeeded'));
    expect(result.current.checkoutId).toBe('chk_s');
    expect(readPendingCheckout()).toBeNull();
  });

  it('sends nothing for null', async () => {
    const polls = mockCheckoutStatus([checkoutView('processing')]);
    const { result } = renderHook(() => useBatchPayStatus(null), { wrapper: createWrapper() });
    await sleep(50);
    expect(polls).toHaveLength(0);
    expect(result.current.checkoutId).toBeNull();
  });

  it('retries a 5xx and reports a 404 without retrying', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/api/checkouts/:id`, ({ params }) => {
        calls += 1;
        if (params.id === 'missing') {
          return HttpResponse.json(
            { error: { code: 'CHECKOUT_NOT_FOUND', message: 'no such checkout' } },
            { status: 404 },
          );
        }
        if (calls === 1) return HttpResponse.json({ error: { code: 'DB_DOWN', message: 'later' } }, { status: 503 });
        return HttpResponse.json(checkoutView('succeeded', String(params.id)) as unknown as Record<string, unknown>);
      }),
    );
    const ok = renderHook(() => useBatchPayStatus('chk_r'), { wrapper: createWrapper() });
    await waitFor(() => expect(ok.result.current.status).toBe('succeeded'));
    expect(calls).toBe(2);

    calls = 0;
    const missing = renderHook(() => useBatchPayStatus('missing'), { wrapper: createWrapper() });
    await waitFor(() => expect(missing.result.current.error?.code).toBe('CHECKOUT_NOT_FOUND'));
    expect(calls).toBe(1);
  });

  it('reports a backend that answers something else with INVALID_RESPONSE', async () => {
    server.use(http.get(`${API}/api/checkouts/:id`, () => HttpResponse.text('<html>login</html>')));
    const { result } = renderHook(() => useBatchPayStatus('chk_1'), { wrapper: createWrapper() });
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error?.message).toMatch(/apiBaseUrl/);
  });
});
