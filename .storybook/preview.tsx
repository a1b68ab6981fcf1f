import '../packages/ui/src/styles.css';
import type { Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useState } from 'react';
import { type CheckoutState, createCheckoutClient } from '../packages/client/src/index';
// The root has no dependency on our packages: import their sources by path (the same files the stories resolve).
import { BatchPayProvider } from '../packages/react/src/index';
import { BatchPayMessagesProvider } from '../packages/ui/src/messages/BatchPayMessagesProvider';
import type { Messages } from '../packages/ui/src/messages/Messages';

/** Per-story settings: `parameters.batchPay = { locale, userRegion, theme, dir, catalogues }`. */
export interface BatchPayStoryParameters {
  locale?: string;
  userRegion?: string;
  theme?: 'light' | 'dark';
  dir?: 'ltr' | 'rtl';
  catalogues?: readonly Messages[];
  /** The checkout machine starts in this state (a redirect, a result), without polling the status. */
  checkoutState?: CheckoutState;
}

const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    // An axe violation fails the story test (and `vitest --project storybook`).
    a11y: { test: 'error' },
    layout: 'fullscreen',
  },
  decorators: [
    (Story, context) => {
      const settings: BatchPayStoryParameters = context.parameters.batchPay ?? {};
      const { locale = 'en-US', userRegion, theme = 'light', dir = 'ltr', catalogues, checkoutState } = settings;
      const [queryClient] = useState(
        () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
      );
      const [checkout] = useState(() =>
        checkoutState
          ? createCheckoutClient({ apiBaseUrl: '', initialState: checkoutState, statusPolling: false, resume: false })
          : undefined,
      );
      return (
        <main
          data-theme={theme}
          dir={dir}
          lang={locale}
          style={{
            background: 'var(--bp-color-bg)',
            color: 'var(--bp-color-text)',
            minHeight: '100vh',
            padding: '1rem',
            boxSizing: 'border-box',
          }}
        >
          <div style={{ maxWidth: '30rem' }}>
            <BatchPayProvider
              apiBaseUrl=""
              queryClient={queryClient}
              locale={locale}
              {...(userRegion ? { userRegion } : {})}
              retry={{ retries: 0 }}
              {...(checkout ? { client: checkout } : {})}
            >
              <BatchPayMessagesProvider locale={locale} {...(catalogues ? { catalogues } : {})}>
                <Story />
              </BatchPayMessagesProvider>
            </BatchPayProvider>
          </div>
        </main>
      );
    },
  ],
};

export default preview;
