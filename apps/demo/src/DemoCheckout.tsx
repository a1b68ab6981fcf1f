import { BatchPayCheckout, type BatchPayCheckoutState, type MessageOverrides } from '@batchpay/ui';
import type { ReactNode } from 'react';
import { useDemoSettings } from './DemoSettings';
import { demoConfig, isLoopbackUrl } from './demoConfig';
import { findTerminalChoice } from './terminalChoices';
import { navigate, useLinkClick, useRoute } from './useRoute';

const CONTACT_HREF = 'mailto:help@northwind-market.example';
const WORDING: MessageOverrides = { picker: { label: 'Pay with' } };
const RESULTS = new Set<BatchPayCheckoutState>(['paid', 'partly-paid', 'processing', 'unconfirmed', 'failed']);

/** The page's own heading for what the checkout shows: the shop's words around the kit's component. */
function PageHeading({ state, title }: { state: BatchPayCheckoutState; title: string }): ReactNode {
  return (
    <div className="page-heading">
      <h1>{state === 'redirecting' ? 'Complete your payment' : title}</h1>
      {RESULTS.has(state) || state === 'redirecting' || state === 'checking' || state === 'status-error' ? null : (
        <p className="page-lead">One payment for every seller in your basket.</p>
      )}
    </div>
  );
}

function Footer({ state }: { state: BatchPayCheckoutState }): ReactNode {
  const onLinkClick = useLinkClick();
  const link = (label: string) => (
    <a className="button" href="/" onClick={onLinkClick}>
      {label}
    </a>
  );
  if (state === 'paid') return link('Continue shopping');
  if (state === 'status-error' || state === 'failed') return link('Back to the basket');
  if (RESULTS.has(state) || state === 'checking' || state === 'redirecting') return null;
  return <p className="muted small">You confirm the payment in your wallet. The shop never sees your wallet login.</p>;
}

/** `/checkout` and `/result?checkout=…`: the same drop-in, which knows by itself what to show. */
export function DemoCheckout({ title }: { title: string }): ReactNode {
  const settings = useDemoSettings();
  const route = useRoute();
  const method = route.search.get('method') ?? undefined;
  return (
    <BatchPayCheckout
      cartId={demoConfig.cartId}
      env={findTerminalChoice(settings.terminal).env}
      userRegion={settings.region === 'auto' ? undefined : settings.region}
      redirectOptions={{ allowInsecureLocalhost: isLoopbackUrl(demoConfig.sandboxUrl) }}
      appOpenTimeoutMs={demoConfig.appOpenTimeoutMs}
      contactHref={CONTACT_HREF}
      defaultPaymentMethod={method}
      serverUrl={route.href}
      onStartOver={(m) => navigate(m ? `/checkout?method=${encodeURIComponent(m)}` : '/checkout')}
      placeholders={{ sellers: 3, methods: 8 }}
      messages={WORDING}
      header={(state) => <PageHeading state={state} title={title} />}
      footer={(state) => <Footer state={state} />}
    />
  );
}
