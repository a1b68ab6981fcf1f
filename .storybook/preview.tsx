import '../packages/ui/src/styles.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { type ReactNode, useState } from 'react';
import { type CheckoutState, createCheckoutClient, type DetectedEnvironment } from '../packages/client/src/index';
// The root has no dependency on our packages: import their sources by path (the same files the stories resolve).
import { BatchPayProvider } from '../packages/react/src/index';
import { BatchPayMessagesProvider } from '../packages/ui/src/messages/BatchPayMessagesProvider';
import type { Messages } from '../packages/ui/src/messages/Messages';
import { type StoryDevice, storyDevices } from './storyDevices';
import { allCatalogues, storyLocales } from './storyLocales';

/**
 * Per-story settings: `parameters.batchPay = { locale, userRegion, theme, dir, catalogues, checkoutState }`. Each one
 * a story sets wins over the toolbar's global of the same name; the rest follow the toolbar.
 */
export interface BatchPayStoryParameters {
  locale?: string;
  userRegion?: string;
  theme?: 'light' | 'dark';
  dir?: 'ltr' | 'rtl';
  catalogues?: readonly Messages[];
  /** The device whose redirect plan the machine makes (the toolbar's "Device"). */
  device?: StoryDevice;
  /**
   * The checkout machine starts in this state (a redirect, a result), without polling the status. A function is
   * given the device's environment, so a redirect follows the toolbar's device.
   */
  checkoutState?: CheckoutState | ((env: DetectedEnvironment) => CheckoutState);
}

/**
 * MSW's worker from the static site's own folder: a relative URL, so the built Storybook opens from any static host
 * and path (the addon's default, `/mockServiceWorker.js`, needs the site at the root of its origin).
 */
async function startWorker() {
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker();
  await worker.start({ quiet: true, serviceWorker: { url: './mockServiceWorker.js' }, onUnhandledRequest: 'bypass' });
  return worker;
}

const regions = ['KR', 'CN', 'HK', 'TW', 'JP', 'PH', 'ID', 'MY', 'TH', 'VN', 'US'] as const;

interface StoryShellProps {
  settings: Required<Pick<BatchPayStoryParameters, 'locale' | 'theme' | 'dir' | 'device'>> &
    Pick<BatchPayStoryParameters, 'userRegion' | 'catalogues' | 'checkoutState'>;
  children: ReactNode;
}

/** The provider and the page of one story; remounted (a fresh machine) when the device changes. */
function StoryShell({ settings, children }: StoryShellProps) {
  const { locale, userRegion, theme, dir, catalogues, checkoutState, device } = settings;
  const env = storyDevices[device].env;
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  );
  const [checkout] = useState(() => {
    const initialState = typeof checkoutState === 'function' ? checkoutState(env) : checkoutState;
    return createCheckoutClient({
      apiBaseUrl: '',
      environment: env,
      retry: { retries: 0 },
      ...(userRegion ? { userRegion } : {}),
      // A story never leaves the Storybook frame: a URL the plan fires is only noted. CashierRedirect stories pass
      // their own `navigate` to assert on it.
      effects: { navigate: (url) => console.info('[story] the checkout would open', url) },
      // useCashierRedirect starts the redirect (it knows the page's timeout), as in BatchPayProvider.
      redirect: { autoStart: false },
      resume: false,
      // The machine polls the status as on a real page (the story's MSW handlers answer it).
      ...(initialState ? { initialState } : {}),
    });
  });
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
          client={checkout}
        >
          <BatchPayMessagesProvider locale={locale} catalogues={catalogues ?? allCatalogues}>
            {children}
          </BatchPayMessagesProvider>
        </BatchPayProvider>
      </div>
    </main>
  );
}

const withBatchPay: Decorator = (Story, context) => {
  const story: BatchPayStoryParameters = context.parameters.batchPay ?? {};
  const g = context.globals as Partial<Record<'theme' | 'locale' | 'dir' | 'region' | 'device', string>>;
  const settings: StoryShellProps['settings'] = {
    theme: story.theme ?? (g.theme === 'dark' ? 'dark' : 'light'),
    locale: story.locale ?? g.locale ?? 'en-US',
    dir: story.dir ?? (g.dir === 'rtl' ? 'rtl' : 'ltr'),
    device: story.device ?? (g.device && g.device in storyDevices ? (g.device as StoryDevice) : 'desktop'),
    ...(story.userRegion ? { userRegion: story.userRegion } : g.region ? { userRegion: g.region } : {}),
    ...(story.catalogues ? { catalogues: story.catalogues } : {}),
    ...(story.checkoutState ? { checkoutState: story.checkoutState } : {}),
  };
  return (
    <StoryShell key={`${context.id}:${settings.device}:${settings.userRegion ?? ''}`} settings={settings}>
      <Story />
    </StoryShell>
  );
};

const preview: Preview = {
  // A Docs page for every component: what it is for (its JSDoc), a live example, the props table from its types.
  tags: ['autodocs'],
  loaders: [mswLoader(startWorker)],
  parameters: {
    // An axe violation fails the story test (and `vitest --project storybook`).
    a11y: { test: 'error' },
    layout: 'fullscreen',
    docs: { codePanel: true },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme of the kit (data-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language and formats of amounts and dates (every catalogue of @batchpay/ui)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: storyLocales.map((l) => ({ value: l.locale, title: l.title, right: l.locale })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    region: {
      description: "Buyer's region: the picker lists its wallets first",
      toolbar: {
        title: 'Buyer region',
        icon: 'location',
        items: regions.map((r) => ({ value: r, title: r })),
        dynamicTitle: true,
      },
    },
    device: {
      description: "The buyer's device: the redirect plan Antom's URLs get (app link, scheme, intent, cashier page)",
      toolbar: {
        title: 'Device',
        icon: 'mobile',
        items: Object.entries(storyDevices).map(([value, d]) => ({ value, title: d.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US', dir: 'ltr', region: 'KR', device: 'desktop' },
  decorators: [withBatchPay],
};

export default preview;
