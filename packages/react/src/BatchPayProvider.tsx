import { type BatchPayEvent, type RetryPolicy, requireApiBaseUrl, resolveRetryPolicy } from '@batchpay/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { BatchPayContext, type BatchPayContextValue } from './BatchPayContext.js';
import type { BatchPayTransport } from './BatchPayTransport.js';
import { createFetchTransport } from './createFetchTransport.js';

interface BatchPayProviderBaseProps {
  children?: ReactNode;
  /** Your react-query client; one is created for the provider when none is given. */
  queryClient?: QueryClient;
  /** BCP 47 locale for amounts and region-aware sorting, e.g. `ko-KR`. */
  locale?: string;
  /** ISO 3166 alpha-2 region of the buyer; the buyer's home wallets are listed first. */
  userRegion?: string;
  /** Receives typed events: pay started, answer received, redirect attempts and fallbacks, return, status, failure. */
  onEvent?: (event: BatchPayEvent) => void;
  /** How transport failures are retried (same idempotency key). */
  retry?: Partial<RetryPolicy>;
}

/** Either the merchant backend's base URL or your own transport, never both. */
export type BatchPayProviderProps = BatchPayProviderBaseProps &
  (
    | { /** Base URL of the merchant backend, e.g. `https://shop.example`. */ apiBaseUrl: string; transport?: never }
    | {
        /** Sends requests yourself (auth headers, another client). */ transport: BatchPayTransport;
        apiBaseUrl?: never;
      }
  );

/** Gives the hooks the backend, the react-query client, locale, region and the event callback. */
export function BatchPayProvider(props: BatchPayProviderProps): ReactNode {
  const { children, queryClient, locale, userRegion, onEvent, retry, apiBaseUrl, transport } = props;
  // Our hooks set their own retries; a payment mutation must never be retried behind the hook's back.
  const [ownClient] = useState(() => new QueryClient({ defaultOptions: { mutations: { retry: false } } }));
  const client = queryClient ?? ownClient;

  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;

  // The policy's fields as dependencies: an inline `retry={{ retries: 1 }}` does not make a new context each render.
  const policy = resolveRetryPolicy(retry);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the policy's fields, not the object made each render.
  const value = useMemo<BatchPayContextValue>(
    () => ({
      transport: transport ?? createFetchTransport(requireApiBaseUrl(apiBaseUrl)),
      queryClient: client,
      locale,
      userRegion,
      retry: policy,
      emit: (event) => {
        try {
          onEventRef.current?.(event);
        } catch {
          // an analytics callback must never break the checkout
        }
      },
    }),
    [apiBaseUrl, transport, client, locale, userRegion, policy.retries, policy.baseDelayMs, policy.maxDelayMs],
  );

  return (
    <QueryClientProvider client={client}>
      <BatchPayContext.Provider value={value}>{children}</BatchPayContext.Provider>
    </QueryClientProvider>
  );
}
