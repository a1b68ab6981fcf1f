import type { CartView } from '@batchpay/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { BatchPayApiError } from './BatchPayApiError.js';
import { useBatchPayContext } from './BatchPayContext.js';
import { fetchCart } from './merchantApi.js';
import { retryDelay } from './retryPolicy.js';

export interface UseCartResult {
  /** The cart as the server computed it (orders and total), once loaded. */
  cart: CartView | undefined;
  isLoading: boolean;
  error: BatchPayApiError | null;
  refetch: () => void;
}

/** Loads `GET /api/carts/:cartId`. Transport failures and 5xx are retried; a 4xx (unknown cart) is not. */
export function useCart(cartId: string | null | undefined): UseCartResult {
  const { transport, retry } = useBatchPayContext('useCart');
  const query = useQuery<CartView, BatchPayApiError>({
    queryKey: ['batchpay', 'cart', cartId],
    queryFn: ({ signal }) => fetchCart(transport, cartId as string, signal),
    enabled: typeof cartId === 'string' && cartId !== '',
    retry: (failures, error) => error instanceof BatchPayApiError && error.retryable && failures < retry.retries,
    retryDelay: (attempt) => retryDelay(retry, attempt),
  });
  const { refetch: refetchQuery } = query;
  const refetch = useCallback(() => {
    void refetchQuery();
  }, [refetchQuery]);
  return { cart: query.data, isLoading: query.isLoading, error: query.error, refetch };
}
