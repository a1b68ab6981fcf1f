import { type BatchPayEvent, outsideProviderError, type RetryPolicy } from '@batchpay/core';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { BatchPayTransport } from './BatchPayTransport.js';

export interface BatchPayContextValue {
  transport: BatchPayTransport;
  queryClient: QueryClient;
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
