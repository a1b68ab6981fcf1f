import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
// From the package's entry, which the build keeps as `@batchpay/react`: one provider and context for the hooks.
import { type BatchPayEvent, BatchPayProvider } from '../index.js';

export interface BatchPayTestProviderProps {
  children?: ReactNode;
  /** Where the handlers answer. Default: the page's origin (jsdom's `http://localhost:3000`), else `http://localhost`. */
  apiBaseUrl?: string | undefined;
  locale?: string | undefined;
  userRegion?: string | undefined;
  /** Receives every typed event, e.g. to assert that `payment_succeeded` was sent to your analytics. */
  onEvent?: ((event: BatchPayEvent) => void) | undefined;
}

function defaultApiBaseUrl(): string {
  const origin = globalThis.location?.origin;
  return origin && origin !== 'null' ? origin : 'http://localhost';
}

/**
 * `BatchPayProvider` for a test: its own QueryClient (no cache shared between tests), no retries of a failed
 * request (a test of an error sees it at once), and an absolute API base that `batchPayHandlers` answers.
 */
export function BatchPayTestProvider({
  children,
  apiBaseUrl,
  locale,
  userRegion,
  onEvent,
}: BatchPayTestProviderProps): ReactNode {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  return (
    <BatchPayProvider
      apiBaseUrl={apiBaseUrl ?? defaultApiBaseUrl()}
      queryClient={queryClient}
      retry={{ retries: 0 }}
      {...(locale ? { locale } : {})}
      {...(userRegion ? { userRegion } : {})}
      {...(onEvent ? { onEvent } : {})}
    >
      {children}
    </BatchPayProvider>
  );
}
