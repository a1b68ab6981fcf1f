import { type BatchPayApiError, type CartView, merchantApiRequests, retryOptions } from '@batchpay/core';
import { useQuery } from '@tanstack/react-query';
import { useBatchPayContext } from './BatchPayContext.js';
import { callMerchantApi } from './callMerchantApi.js';
import { useRefetch } from './useRefetch.js';

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
    queryFn: ({ signal }) => callMerchantApi(transport, merchantApiRequests.cart(cartId as string), signal),
    enabled: !!cartId,
    ...retryOptions(retry),
  });
  return { cart: query.data, isLoading: query.isLoading, error: query.error, refetch: useRefetch(query.refetch) };
}
