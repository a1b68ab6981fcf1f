import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';
import { BatchPayProvider } from '../BatchPayProvider.js';
import type { BatchPayEvent } from '../index.js';
import { API } from './server.js';

export interface TestProviderOptions {
  strict?: boolean;
  events?: BatchPayEvent[];
  locale?: string;
  userRegion?: string;
  /** Fast retries so tests do not wait for the production backoff. */
  retry?: { retries?: number; baseDelayMs?: number; maxDelayMs?: number };
}

/** A fresh QueryClient per test (no cache shared between tests), queries not retried unless a hook says so. */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } });
}

function TestProviders({
  options,
  client,
  children,
}: {
  options: TestProviderOptions;
  client: QueryClient;
  children: ReactNode;
}) {
  const { strict = false, events, locale, userRegion, retry = { baseDelayMs: 5, maxDelayMs: 20 } } = options;
  const tree = (
    <BatchPayProvider
      apiBaseUrl={API}
      queryClient={client}
      retry={retry}
      {...(locale ? { locale } : {})}
      {...(userRegion ? { userRegion } : {})}
      {...(events ? { onEvent: (e: BatchPayEvent) => events.push(e) } : {})}
    >
      {children}
    </BatchPayProvider>
  );
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
}

/** A wrapper for `renderHook` / `render`: BatchPayProvider on the MSW backend, optionally in StrictMode. */
export function createWrapper(options: TestProviderOptions = {}) {
  const client = testQueryClient();
  return ({ children }: { children: ReactNode }) => (
    <TestProviders options={options} client={client}>
      {children}
    </TestProviders>
  );
}
