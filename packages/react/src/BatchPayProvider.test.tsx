import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BatchPayProvider } from './BatchPayProvider.js';
import type { BatchPayTransport } from './index.js';
import { mockCreateCheckout } from './test-utils/checkoutBackend.js';
import { redirectAnswer } from './test-utils/fixtures.js';
import { API, server } from './test-utils/server.js';
import { useBatchPay } from './useBatchPay.js';
import { useBatchPayStatus } from './useBatchPayStatus.js';
import { useCart } from './useCart.js';
import { usePaymentMethods } from './usePaymentMethods.js';

// A phone of unknown OS: the plan walks all three URLs (applink, scheme, normal).
const wap = { terminalType: 'WAP' } as const;

let profileFetches = 0;
const fetchProfile = async () => {
  profileFetches += 1;
  return { name: 'Ada' };
};
/** The app's header, above the checkout, reading the same query. */
function Profile() {
  const { data } = useQuery({ queryKey: ['profile'], queryFn: fetchProfile });
  return <p>{data?.name}</p>;
}
/** An app's own query beside one of ours. */
const useBoth = () => ({
  profile: useQuery({ queryKey: ['profile'], queryFn: fetchProfile }),
  methods: usePaymentMethods(),
});

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

  it("keeps the app's QueryClient: an app query above and inside the provider is fetched once", async () => {
    profileFetches = 0;
    const app = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    server.use(
      http.get(`${API}/api/payment-methods`, () => HttpResponse.json({ methods: [{ paymentMethodType: 'GCASH' }] })),
    );
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={app}>
        <Profile />
        <BatchPayProvider apiBaseUrl={API}>{children}</BatchPayProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(useBoth, { wrapper });
    await waitFor(() => expect(result.current.profile.data).toEqual({ name: 'Ada' }));
    await waitFor(() => expect(result.current.methods.methods).toHaveLength(1));
    expect(profileFetches).toBe(1);
    // Our query lives in the app's cache, keyed by the API base.
    expect(app.getQueryCache().find({ queryKey: ['batchpay', API, '/api/payment-methods'] })).toBeDefined();
  });

  it('keys queries by the API base: two backends on one QueryClient do not share a cart', async () => {
    const other = 'http://127.0.0.1:4001';
    server.use(
      http.get(`${API}/api/carts/:id`, () => HttpResponse.json(cart('4000'))),
      http.get(`${other}/api/carts/:id`, () => HttpResponse.json(cart('9000'))),
    );
    const shared = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrap =
      (base: string) =>
      ({ children }: { children: ReactNode }) => (
        <BatchPayProvider apiBaseUrl={base} queryClient={shared}>
          {children}
        </BatchPayProvider>
      );
    const first = renderHook(() => useCart('c1'), { wrapper: wrap(API) });
    const second = renderHook(() => useCart('c1'), { wrapper: wrap(other) });
    await waitFor(() => expect(first.result.current.cart?.paymentAmount.value).toBe('4000'));
    await waitFor(() => expect(second.result.current.cart?.paymentAmount.value).toBe('9000'));
  });

  it("a queryClient prop is the children's too: an app query inside shares its cache", async () => {
    profileFetches = 0;
    const given = new QueryClient();
    await given.prefetchQuery({ queryKey: ['profile'], queryFn: fetchProfile });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <BatchPayProvider apiBaseUrl={API} queryClient={given}>
        {children}
      </BatchPayProvider>
    );
    const { result } = renderHook(() => useQuery({ queryKey: ['profile'], queryFn: fetchProfile, staleTime: 60_000 }), {
      wrapper,
    });
    expect(result.current.data).toEqual({ name: 'Ada' });
    expect(profileFetches).toBe(1);
  });
});

function cart(value: string) {
  return {
    cartId: 'c1',
    orders: [
      {
        referenceOrderId: 'o-1',
        orderDescription: 'Shoes',
        orderAmount: { currency: 'USD', value },
        merchant: { referenceMerchantId: 'A', merchantName: 'Shop A' },
      },
    ],
    paymentAmount: { currency: 'USD', value },
  };
}
