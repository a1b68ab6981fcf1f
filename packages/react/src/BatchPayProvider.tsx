import {
  type BatchPayEvent,
  type BatchPayTransport,
  type CheckoutClient,
  createCheckoutClient,
  type RetryPolicy,
  resolveRetryPolicy,
  transportFor,
} from '@batchpay/client';
import { regionFromLocale } from '@batchpay/core';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { BatchPayContext, type BatchPayContextValue } from './BatchPayContext.js';

interface BatchPayProviderBaseProps {
  children?: ReactNode;
  /** Your react-query client. Default: the one of an outer `QueryClientProvider`, else one made for the provider. */
  queryClient?: QueryClient | undefined;
  /** BCP 47 locale for amounts and region-aware sorting, e.g. `ko-KR`. */
  locale?: string | undefined;
  /** ISO 3166 alpha-2 region of the buyer; the buyer's home wallets are listed first. */
  userRegion?: string | undefined;
  /** Receives typed events: pay started, answer received, redirect attempts and fallbacks, return, status, failure. */
  onEvent?: ((event: BatchPayEvent) => void) | undefined;
  /** How failed requests are retried (same idempotency key). */
  retry?: Partial<RetryPolicy> | undefined;
  /** The checkout client to use (tests, several providers sharing one, a client made outside React). */
  client?: CheckoutClient | undefined;
}

/** Either the merchant backend's base URL or your own transport, never both. */
export type BatchPayProviderProps = BatchPayProviderBaseProps &
  (
    | {
        /** Base URL of the merchant backend, e.g. `https://shop.example`. */ apiBaseUrl: string;
        transport?: undefined;
      }
    | {
        /** Sends requests yourself (auth headers, another client). */ transport: BatchPayTransport;
        apiBaseUrl?: undefined;
      }
  );

/** A stable name of each custom transport for the query keys (two transports never share a cache entry). */
const transportNames = new WeakMap<BatchPayTransport, string>();
let transportIds = 0;

/**
 * Gives the hooks the backend, the one checkout machine (`@batchpay/client`'s store), the react-query client (the
 * app's when there is one), locale, region and the event callback.
 */
export function BatchPayProvider(props: BatchPayProviderProps): ReactNode {
  const { children, queryClient, locale, userRegion, onEvent, retry, apiBaseUrl, transport } = props;
  // The app's QueryClient from an outer `QueryClientProvider` (useQueryClient would throw without one).
  const outer = useContext(QueryClientContext);
  // Made only when the app has none (and then kept): our hooks set their own retries.
  const ownQueryClient = useRef<QueryClient | null>(null);
  if (!queryClient && !outer && !ownQueryClient.current) {
    ownQueryClient.current = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  }
  const client = queryClient ?? outer ?? (ownQueryClient.current as QueryClient);

  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;
  const emit = useMemo(
    () => (event: BatchPayEvent) => {
      try {
        onEventRef.current?.(event);
      } catch {
        // an analytics callback must never break the checkout
      }
    },
    [],
  );

  const resolvedTransport = useMemo(
    () => transportFor('<BatchPayProvider>', { transport, apiBaseUrl }),
    [apiBaseUrl, transport],
  );
  if (transport && !transportNames.has(transport)) {
    transportIds += 1;
    transportNames.set(transport, `transport:${transportIds}`);
  }
  const apiKey = (transport && transportNames.get(transport)) ?? apiBaseUrl ?? '';

  // The one checkout machine. Creating it runs nothing (safe on a server and in StrictMode's double render).
  const [ownCheckout] = useState(() =>
    props.client
      ? null
      : createCheckoutClient({
          transport: resolvedTransport,
          userRegion: userRegion ?? regionFromLocale(locale),
          retry,
          onEvent: emit,
          // useCashierRedirect starts the redirect (it knows the page's timeout and navigation).
          redirect: { autoStart: false },
        }),
  );
  const checkout = props.client ?? (ownCheckout as CheckoutClient);

  const policy = resolveRetryPolicy(retry);
  // A client of the provider's own follows its props (its onEvent is `emit`, stable); a client given from outside
  // keeps its own settings.
  useEffect(() => {
    if (ownCheckout) ownCheckout.setOptions({ transport: resolvedTransport, retry: policy });
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: the policy's fields, not the object made each render.
  const value = useMemo<BatchPayContextValue>(
    () => ({
      client: checkout,
      transport: resolvedTransport,
      queryClient: client,
      apiKey,
      locale,
      userRegion,
      retry: policy,
      emit,
    }),
    [
      checkout,
      resolvedTransport,
      client,
      apiKey,
      locale,
      userRegion,
      emit,
      policy.retries,
      policy.baseDelayMs,
      policy.maxDelayMs,
    ],
  );

  const tree = <BatchPayContext.Provider value={value}>{children}</BatchPayContext.Provider>;
  // An outer QueryClientProvider of the same client stays in charge; a client given as a prop (or ours, when the
  // app has none) is provided to the children too, so their own queries share its cache.
  return client === outer ? tree : <QueryClientProvider client={client}>{tree}</QueryClientProvider>;
}
