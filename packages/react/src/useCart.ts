import { type BatchPayApiError, cartRequest } from '@batchpay/client';
import type { CartView } from '@batchpay/core';
import { useMerchantQuery } from './useMerchantQuery.js';

export interface UseCartResult {
  /** The cart as the server computed it (orders and total), once loaded. */
  cart: CartView | undefined;
  isLoading: boolean;
  error: BatchPayApiError | null;
  refetch: () => void;
}

/** Loads `GET /api/carts/:cartId`. Transport failures and 5xx are retried; a 4xx (unknown cart) is not. */
export function useCart(cartId: string | null | undefined): UseCartResult {
  const { query, result } = useMerchantQuery('useCart', cartId ? cartRequest(cartId) : null);
  return { cart: query.data, ...result };
}
