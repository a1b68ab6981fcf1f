import { type BatchPayApiError, callMerchantApi, type MerchantApiRequest } from '@batchpay/client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { type BatchPayContextValue, useBatchPayContext } from './BatchPayContext.js';
import { retryOptions } from './retryOptions.js';

/** What `useMerchantQuery` may set besides the request: react-query's own options. */
export interface MerchantQueryOptions<T> {
  enabled?: boolean;
  staleTime?: number;
  refetchInterval?: (query: { state: { data: T | undefined; dataUpdateCount: number } }) => number | false;
}

export interface MerchantQuery<T> {
  query: UseQueryResult<T, BatchPayApiError>;
  context: BatchPayContextValue;
  /** The fields every loading hook returns as they are. */
  result: {
    isLoading: boolean;
    error: BatchPayApiError | null;
    /** A stable `() => void` that loads again. */
    refetch: () => void;
  };
}

/**
 * A react-query query for one of the client's requests (`cartRequest`, ...) (null: nothing to load), sent through the
 * provider's transport with its retry policy (transport failures, 5xx and 429 retried, another 4xx not), on the
 * provider's QueryClient (the app's when it has one). Keyed by the API base and the request's path.
 */
export function useMerchantQuery<T>(
  hookName: string,
  request: MerchantApiRequest<T> | null,
  options?: MerchantQueryOptions<T>,
): MerchantQuery<T> {
  const context = useBatchPayContext(hookName);
  const query = useQuery<T, BatchPayApiError>(
    {
      queryKey: ['batchpay', context.apiKey, request?.path],
      queryFn: ({ signal }) => callMerchantApi(context.transport, request as MerchantApiRequest<T>, signal),
      enabled: !!request,
      ...retryOptions(context.retry),
      ...options,
    },
    context.queryClient,
  );
  const { refetch, isLoading, error } = query;
  return {
    query,
    context,
    result: {
      isLoading,
      error,
      refetch: useCallback(() => {
        void refetch();
      }, [refetch]),
    },
  };
}
