import { BatchPayProvider } from '@batchpay/react';
import type { ReactNode } from 'react';
import { DemoSettingsProvider, useDemoSettings } from './DemoSettings';
import { DeveloperPanel } from './DeveloperPanel';
import { demoConfig } from './demoConfig';
import { EventLogProvider } from './EventLog';
import { CartPage } from './pages/CartPage';
import { CheckoutPage } from './pages/CheckoutPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ResultPage } from './pages/ResultPage';
import { ServerHrefContext } from './ServerHrefContext';
import { SiteHeader } from './SiteHeader';
import { useBrowserRegion } from './useBrowserRegion';
import { useRoute } from './useRoute';

const LOCALE = 'en-US';

function CurrentPage(): ReactNode {
  const { pathname } = useRoute();
  if (pathname === '/') return <CartPage />;
  if (pathname === '/checkout') return <CheckoutPage />;
  if (pathname === '/result') return <ResultPage />;
  return <NotFoundPage />;
}

function Shop(): ReactNode {
  const settings = useDemoSettings();
  const browserRegion = useBrowserRegion();
  const userRegion = settings.region === 'auto' ? browserRegion : settings.region;
  return (
    <EventLogProvider>
      {(record) => (
        <BatchPayProvider
          apiBaseUrl={demoConfig.apiUrl}
          locale={LOCALE}
          {...(userRegion ? { userRegion } : {})}
          onEvent={record}
        >
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <SiteHeader />
          <div className="layout">
            <main id="main" className="layout__main" tabIndex={-1}>
              <CurrentPage />
            </main>
            <DeveloperPanel />
          </div>
          <footer className="site-footer">
            <p>
              Northwind Market is a demo of the BatchPay checkout kit. Payments go to the offline Antom sandbox: no real
              money moves.
            </p>
          </footer>
        </BatchPayProvider>
      )}
    </EventLogProvider>
  );
}

/**
 * The demo shop: basket, checkout and result pages, with the developer panel beside them. `serverHref`: the URL to
 * render where there is no `location` (the build's prerender).
 */
export function App({ serverHref }: { serverHref?: string | undefined }): ReactNode {
  return (
    <ServerHrefContext.Provider value={serverHref}>
      <DemoSettingsProvider>
        <Shop />
      </DemoSettingsProvider>
    </ServerHrefContext.Provider>
  );
}
