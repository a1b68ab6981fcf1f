import type { BatchPayEvent, BatchPayTransport, CheckoutClient, RetryPolicy } from '@batchpay/client';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { outsideProviderError } from './providerErrors.js';

export interface BatchPayContextValue {
  /** The one checkout machine of this provider (its store); every hook reads and drives this one. */
  client: CheckoutClient;
  transport: BatchPayTransport;
  /** The app's react-query client when there is one (prop or an outer QueryClientProvider), else the provider's. */
  queryClient: QueryClient;
  /** Part of every query key: which backend answered (`apiBaseUrl`, or a name for a custom transport). */
  apiKey: string;
  locale: string | undefined;
  userRegion: string | undefined;
  retry: RetryPolicy;
  emit: (event: BatchPayEvent) => void;
}

export const BatchPayContext = createContext<BatchPayContextValue | null>(null);

/**
 * The provider's value (`locale`, `userRegion`, `emit`, ...) or null outside a provider: for components that work with
 * or without one (@batchpay/ui reads locale and region from it).
 */
export function useOptionalBatchPayContext(): BatchPayContextValue | null {
  return useContext(BatchPayContext);
}

/** The provider's value; throws an error that names the fix when there is no provider above. */
export function useBatchPayContext(hookName: string): BatchPayContextValue {
  const value = useContext(BatchPayContext);
  if (!value) throw outsideProviderError(hookName);
  return value;
}
