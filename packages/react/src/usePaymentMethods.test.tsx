import type { PaymentMethodOption } from '@batchpay/core';
import { act, renderHook, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createWrapper } from './test-utils/renderWithProvider.js';
import { API, server } from './test-utils/server.js';
import { usePaymentMethods } from './usePaymentMethods.js';

const methods: PaymentMethodOption[] = [
  { paymentMethodType: 'ALIPAY_CN' },
  { paymentMethodType: 'GCASH' },
  { paymentMethodType: 'KAKAOPAY' },
  { paymentMethodType: 'TOSSPAY', disabled: true, disabledReason: 'Over the limit' },
];

describe('usePaymentMethods', () => {
  it('loads the methods from the backend and lists the buyer region first', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/api/payment-methods`, () => {
        calls += 1;
        return HttpResponse.json({ methods });
      }),
    );
    const { result } = renderHook(() => usePaymentMethods(), { wrapper: createWrapper({ locale: 'ko-KR' }) });
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.methods).toHaveLength(4));
    expect(result.current.userRegion).toBe('KR');
    expect(result.current.methods.map((m) => m.paymentMethodType)).toEqual([
      'KAKAOPAY',
      'TOSSPAY',
      'ALIPAY_CN',
      'GCASH',
    ]);
    expect(result.current.methods[0]).toMatchObject({
      displayName: expect.any(String),
      isHomeRegion: true,
      region: 'KR',
    });
    expect(calls).toBe(1);
  });

  it('uses given methods without a request, sorted for userRegion', () => {
    const { result } = renderHook(() => usePaymentMethods({ methods, userRegion: 'PH' }), { wrapper: createWrapper() });
    expect(result.current.isLoading).toBe(false);
    expect(result.current.methods[0]?.paymentMethodType).toBe('GCASH');
  });

  it('selects uncontrolled, starting from defaultValue, and ignores disabled methods', () => {
    const onValueChange = vi.fn();
    const { result } = renderHook(() => usePaymentMethods({ methods, defaultValue: 'GCASH', onValueChange }), {
      wrapper: createWrapper(),
    });
    expect(result.current.value).toBe('GCASH');
    act(() => result.current.select('KAKAOPAY'));
    expect(result.current.value).toBe('KAKAOPAY');
    expect(result.current.selectedMethod?.paymentMethodType).toBe('KAKAOPAY');
    expect(onValueChange).toHaveBeenCalledWith('KAKAOPAY');
    act(() => result.current.select('TOSSPAY'));
    act(() => result.current.select('NOT_OFFERED'));
    expect(result.current.value).toBe('KAKAOPAY');
    expect(onValueChange).toHaveBeenCalledTimes(1);
  });

  it('follows a controlled value and only reports changes', () => {
    const onValueChange = vi.fn();
    const { result, rerender } = renderHook(({ value }) => usePaymentMethods({ methods, value, onValueChange }), {
      wrapper: createWrapper(),
      initialProps: { value: 'ALIPAY_CN' },
    });
    act(() => result.current.select('GCASH'));
    expect(onValueChange).toHaveBeenCalledWith('GCASH');
    expect(result.current.value).toBe('ALIPAY_CN'); // the parent decides
    rerender({ value: 'GCASH' });
    expect(result.current.value).toBe('GCASH');
    expect(result.current.methods.find((m) => m.selected)?.paymentMethodType).toBe('GCASH');
  });

  it('reports a backend error with its code', async () => {
    server.use(
      http.get(`${API}/api/payment-methods`, () =>
        HttpResponse.json({ error: { code: 'MERCHANT_NOT_CONFIGURED', message: 'no methods' } }, { status: 409 }),
      ),
    );
    const { result } = renderHook(() => usePaymentMethods(), { wrapper: createWrapper() });
    await waitFor(() => expect(result.current.error?.code).toBe('MERCHANT_NOT_CONFIGURED'));
    expect(result.current.methods).toEqual([]);
  });

  it('a failed load is an error with a retry, not "no methods": refetch loads them', async () => {
    let up = false;
    server.use(
      http.get(`${API}/api/payment-methods`, () =>
        up
          ? HttpResponse.json({ methods: [{ paymentMethodType: 'GCASH' }] })
          : HttpResponse.json({ error: { code: 'DOWN', message: 'down' } }, { status: 503 }),
      ),
    );
    const { result } = renderHook(() => usePaymentMethods(), { wrapper: createWrapper({ retry: { retries: 0 } }) });
    await waitFor(() => expect(result.current.error?.code).toBe('DOWN'));
    expect(result.current.isLoading).toBe(false);
    up = true;
    act(() => result.current.refetch());
    await waitFor(() => expect(result.current.methods.map((m) => m.paymentMethodType)).toEqual(['GCASH']));
    expect(result.current.error).toBeNull();
  });
});
