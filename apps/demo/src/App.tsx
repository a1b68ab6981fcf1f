import { BatchPayProvider, regionFromLocale } from '@batchpay/react';
import { type ReactNode, Suspense } from 'react';
import { DemoSettingsProvider, useDemoSettings } from './DemoSettings';
import { demoConfig } from './demoConfig';
import { developerPanelModule } from './developerPanelModule';
import { EventLogProvider } from './EventLog';
import { useLazyModule } from './lazyModule';
import { pageModuleFor } from './pages/pageModules';
import { SiteHeader } from './SiteHeader';
import { useRoute } from './useRoute';

const LOCALE = 'en-US';

// Each page and the panel come in their own chunk; main.tsx loads the opened page's before the first render.
function CurrentPage(): ReactNode {
  const Page = useLazyModule(pageModuleFor(useRoute().pathname));
  return <Page />;
}

function DeveloperPanel(): ReactNode {
  const Panel = useLazyModule(developerPanelModule);
  return <Panel />;
}

function Shop(): ReactNode {
  const settings = useDemoSettings();
  const userRegion = settings.region === 'auto' ? regionFromLocale(navigator.language) : settings.region;
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
              <Suspense fallback={null}>
                <CurrentPage />
              </Suspense>
            </main>
            <Suspense fallback={null}>
              <DeveloperPanel />
            </Suspense>
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

/** The demo shop: basket, checkout and result pages, with the developer panel beside them. */
export function App(): ReactNode {
  return (
    <DemoSettingsProvider>
      <Shop />
    </DemoSettingsProvider>
  );
}
