import { act, renderHook, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { order } from './test-utils/fixtures.js';
import { createWrapper } from './test-utils/renderWithProvider.js';
import { API, server } from './test-utils/server.js';
import { useCart } from './useCart.js';

describe('useCart', () => {
  it('loads the cart the server computed', async () => {
    const cart = {
      cartId: 'cart 1',
      orders: [order('o-1', 'SELLER_A', '1000')],
      paymentAmount: { currency: 'USD', value: '1000' },
    };
    const seen: string[] = [];
    server.use(
      http.get(`${API}/api/carts/:cartId`, ({ params }) => {
        seen.push(String(params.cartId));
        return HttpResponse.json(cart);
      }),
    );
    const { result } = renderHook(() => useCart('cart 1'), { wrapper: createWrapper() });
    await waitFor(() => expect(result.current.cart).toEqual(cart));
    expect(seen).toEqual(['cart 1']);
  });

  it('reports an unknown cart with the backend code and field', async () => {
    server.use(
      http.get(`${API}/api/carts/:cartId`, () =>
        HttpResponse.json({ error: { code: 'CART_NOT_FOUND', message: 'no cart', field: 'cartId' } }, { status: 404 }),
      ),
    );
    const { result } = renderHook(() => useCart('nope'), { wrapper: createWrapper() });
    await waitFor(() => expect(result.current.error).toMatchObject({ code: 'CART_NOT_FOUND', field: 'cartId' }));
  });

  it('a load error is not an empty cart: error and refetch are there, and a retry loads it', async () => {
    const cart = {
      cartId: 'c1',
      orders: [order('o-1', 'SELLER_A', '1000')],
      paymentAmount: { currency: 'USD', value: '1000' },
    };
    let up = false;
    server.use(
      http.get(`${API}/api/carts/:cartId`, () =>
        up ? HttpResponse.json(cart) : HttpResponse.json({ error: { code: 'DOWN', message: 'down' } }, { status: 503 }),
      ),
    );
    const { result } = renderHook(() => useCart('c1'), { wrapper: createWrapper({ retry: { retries: 0 } }) });
    await waitFor(() => expect(result.current.error).toMatchObject({ code: 'DOWN', retryable: true }));
    expect(result.current.cart).toBeUndefined();
    expect(result.current.isLoading).toBe(false);
    up = true;
    act(() => result.current.refetch());
    await waitFor(() => expect(result.current.cart).toEqual(cart));
    expect(result.current.error).toBeNull();
  });

  it('an answer of the wrong shape (paymentAmount {}) is an INVALID_RESPONSE error, not a cart', async () => {
    server.use(
      http.get(`${API}/api/carts/:cartId`, () => HttpResponse.json({ cartId: 'c1', orders: [], paymentAmount: {} })),
    );
    const { result } = renderHook(() => useCart('c1'), { wrapper: createWrapper() });
    await waitFor(() => expect(result.current.error?.code).toBe('INVALID_RESPONSE'));
    expect(result.current.cart).toBeUndefined();
  });
});
