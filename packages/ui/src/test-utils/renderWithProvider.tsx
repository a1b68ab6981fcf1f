import { type CheckoutState, createCheckoutClient } from '@batchpay/client';
import { BatchPayProvider, type BatchPayTransport } from '@batchpay/react';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { type ReactElement, type ReactNode, useState } from 'react';
import { BatchPayMessagesProvider, type BatchPayMessagesProviderProps } from '../messages/BatchPayMessagesProvider.js';

export interface ProviderOptions {
  locale?: string;
  userRegion?: string;
  transport?: BatchPayTransport;
  messages?: Omit<BatchPayMessagesProviderProps, 'children'>;
  /** The checkout machine starts in this state (e.g. `redirectingState(urls, env)`), without polling the status. */
  checkoutState?: CheckoutState;
}

/** A transport that fails the test when a component calls the backend unexpectedly. */
export const noNetwork: BatchPayTransport = async (request) => {
  throw new Error(`unexpected request ${request.method} ${request.path}`);
};

export function TestProviders({ children, options = {} }: { children: ReactNode; options?: ProviderOptions }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  const transport = options.transport ?? noNetwork;
  const [checkout] = useState(() =>
    options.checkoutState
      ? createCheckoutClient({ transport, initialState: options.checkoutState, statusPolling: false, resume: false })
      : undefined,
  );
  return (
    <BatchPayProvider
      transport={transport}
      queryClient={client}
      {...(checkout ? { client: checkout } : {})}
      {...(options.locale ? { locale: options.locale } : {})}
      {...(options.userRegion ? { userRegion: options.userRegion } : {})}
    >
      <BatchPayMessagesProvider {...options.messages}>{children}</BatchPayMessagesProvider>
    </BatchPayProvider>
  );
}

export function renderWithProvider(ui: ReactElement, options: ProviderOptions = {}) {
  return render(ui, { wrapper: ({ children }) => <TestProviders options={options}>{children}</TestProviders> });
}
