// @vitest-environment node
import { createCheckoutClient } from '@batchpay/client';
import type { CashierRedirectPlan } from '@batchpay/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BatchPayProvider } from './BatchPayProvider.js';
import { order } from './test-utils/fixtures.js';
import { API } from './test-utils/server.js';
import { useBatchPay } from './useBatchPay.js';
import { useBatchPayStatus } from './useBatchPayStatus.js';
import { useCart } from './useCart.js';
import { useCashierRedirect } from './useCashierRedirect.js';
import { useCombinedOrder } from './useCombinedOrder.js';
import { usePaymentMethods } from './usePaymentMethods.js';

const browserGlobals = ['window', 'document', 'navigator', 'location', 'sessionStorage', 'localStorage', 'history'];

/** Replaces each browser global with a getter that records who touched it (even `typeof window` counts). */
function trapBrowserGlobals() {
  const touched: string[] = [];
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const name of browserGlobals) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(name);
        return undefined;
      },
    });
  }
  const restore = () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  };
  return { touched, restore };
}

const plan: CashierRedirectPlan = {
  attempts: [
    { kind: 'applink', url: 'https://wallet.example/link', fire: 'location', href: 'https://wallet.example/link' },
    { kind: 'normal', url: 'https://cashier.example/pay', fire: 'location', href: 'https://cashier.example/pay' },
  ],
  manualOnly: [],
  rejected: [],
};

function EveryHook() {
  const { state, canPay } = useBatchPay();
  const redirect = useCashierRedirect(plan);
  const { methods } = usePaymentMethods({
    methods: [{ paymentMethodType: 'GCASH' }, { paymentMethodType: 'KAKAOPAY' }],
  });
  const { formattedTotal } = useCombinedOrder([order('o-1', 'A', '1000'), order('o-2', 'B', '250')]);
  const status = useBatchPayStatus('chk_1');
  const found = useBatchPayStatus();
  const { cart } = useCart('cart_1');
  return (
    <main>
      <p>checkout {state.status}</p>
      <p>can pay {String(canPay)}</p>
      <p>redirect {redirect.status}</p>
      {redirect.manualLinks.map((l) => (
        <a key={l.url} href={l.url}>
          {l.kind}
        </a>
      ))}
      <p>methods {methods.map((m) => m.paymentMethodType).join(',')}</p>
      <p>total {formattedTotal}</p>
      <p>status {status.status ?? 'unknown'}</p>
      <p>found {found.checkoutId ?? 'none'}</p>
      <p>cart {cart ? 'loaded' : 'loading'}</p>
    </main>
  );
}

describe('server rendering', () => {
  it('renders every hook with react-dom/server without touching window or other browser globals', () => {
    const trap = trapBrowserGlobals();
    let markup: string;
    try {
      markup = renderToString(
        <BatchPayProvider apiBaseUrl={API} locale="ko-KR">
          <EveryHook />
        </BatchPayProvider>,
      );
    } finally {
      trap.restore();
    }
    expect(trap.touched).toEqual([]);
    const html = markup.replace(/<!-- -->/g, '');
    expect(html).toContain('checkout idle');
    expect(html).toContain('can pay true');
    // The redirect is a view of the machine: idle, with no links, until the machine is redirecting.
    expect(html).toContain('redirect idle');
    expect(html).not.toContain('href=');
    expect(html).toContain('methods KAKAOPAY,GCASH');
    expect(html).toContain('status unknown');
    expect(html).toContain('found none');
    expect(html).toContain('cart loading');
    expect(html).toMatch(/total US\$12\.50|total \$12\.50/);
  });

  it("renders a checkout the machine holds (a redirect, its links) the same on the server, inside the app's QueryClient", () => {
    const client = createCheckoutClient({ apiBaseUrl: API, redirect: { autoStart: false } });
    client.dispatch({ type: 'submit', idempotencyKey: 'k' });
    client.dispatch({
      type: 'answerReceived',
      checkoutId: 'chk_1',
      outcome: { kind: 'redirect', urls: { normalUrl: 'https://cashier.example/pay' }, orderSummaries: [] },
      env: { terminalType: 'WEB' },
    });
    const trap = trapBrowserGlobals();
    let markup: string;
    try {
      markup = renderToString(
        <QueryClientProvider client={new QueryClient()}>
          <BatchPayProvider apiBaseUrl={API} client={client}>
            <Redirect />
          </BatchPayProvider>
        </QueryClientProvider>,
      );
    } finally {
      trap.restore();
    }
    expect(trap.touched).toEqual([]);
    const html = markup.replace(/<!-- -->/g, '');
    expect(html).toContain('checkout redirecting at 0');
    expect(html).toContain('href="https://cashier.example/pay"');
  });
});

function Redirect() {
  const { state } = useBatchPay();
  const redirect = useCashierRedirect();
  return (
    <main>
      <p>
        checkout {state.status} at {redirect.attemptIndex}
      </p>
      {redirect.manualLinks.map((l) => (
        <a key={l.url} href={l.url}>
          {l.kind}
        </a>
      ))}
    </main>
  );
}
