import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BatchPayProvider } from './BatchPayProvider.js';
import type { BatchPayTransport } from './BatchPayTransport.js';
import { mockCreateCheckout } from './test-utils/checkoutBackend.js';
import { redirectAnswer } from './test-utils/fixtures.js';
import { API } from './test-utils/server.js';
import { useBatchPay } from './useBatchPay.js';
import { useBatchPayStatus } from './useBatchPayStatus.js';
import { useCart } from './useCart.js';
import { usePaymentMethods } from './usePaymentMethods.js';

const wap = { terminalType: 'WAP', osType: 'IOS' } as const;

describe('BatchPayProvider', () => {
  it.each<[string, () => unknown]>([
    ['useBatchPay', () => useBatchPay()],
    ['useBatchPayStatus', () => useBatchPayStatus('chk')],
    ['usePaymentMethods', () => usePaymentMethods()],
    ['useCart', () => useCart('c')],
  ])('%s outside the provider throws an error that names the fix', (name, hook) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(hook)).toThrow(`${name} must be used inside <BatchPayProvider>`);
    vi.restoreAllMocks();
  });

  it('creates its own QueryClient when none is given', async () => {
    const received = mockCreateCheckout([{ status: 200, body: redirectAnswer() }]);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <BatchPayProvider apiBaseUrl={`${API}/`}>{children}</BatchPayProvider>
    );
    const { result } = renderHook(() => useBatchPay({ env: wap }), { wrapper });
    await act(async () => {
      await result.current.pay({ cartId: 'c', paymentMethodType: 'GCASH' });
    });
    expect(received).toHaveLength(1);
    expect(result.current.state.status).toBe('redirecting');
  });

  it('uses a custom transport instead of fetch, and the given QueryClient', async () => {
    const requests: Parameters<BatchPayTransport>[0][] = [];
    const transport: BatchPayTransport = async (request) => {
      requests.push(request);
      return { status: 200, body: redirectAnswer('chk_t') };
    };
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <BatchPayProvider transport={transport} queryClient={client}>
        {children}
      </BatchPayProvider>
    );
    const { result } = renderHook(() => useBatchPay({ env: wap }), { wrapper });
    await act(async () => {
      await result.current.pay({ cartId: 'c', paymentMethodType: 'GCASH' });
    });
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/api/checkouts', body: { cartId: 'c' } });
    expect(requests[0]?.headers?.['Idempotency-Key']).toMatch(/\S{16,}/);
    expect(client.getMutationCache().getAll()).toHaveLength(1);
    await waitFor(() => expect(result.current.state).toMatchObject({ checkoutId: 'chk_t' }));
  });

  it('keeps the checkout going when onEvent throws', async () => {
    mockCreateCheckout([{ status: 200, body: redirectAnswer() }]);
    const onEvent = vi.fn(() => {
      throw new Error('analytics down');
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <BatchPayProvider apiBaseUrl={API} onEvent={onEvent}>
        {children}
      </BatchPayProvider>
    );
    const { result } = renderHook(() => useBatchPay({ env: wap }), { wrapper });
    await act(async () => {
      await result.current.pay({ cartId: 'c', paymentMethodType: 'GCASH' });
    });
    expect(onEvent).toHaveBeenCalled();
    expect(result.current.state.status).toBe('redirecting');
  });
});
