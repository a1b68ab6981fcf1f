// @vitest-environment node
import { type CheckoutState, createCheckoutClient } from '@batchpay/client';
import { BatchPayProvider } from '@batchpay/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BatchPayCheckout } from './BatchPayCheckout.js';
import { CashierRedirect } from './CashierRedirect.js';
import { CombinedOrderSummary } from './CombinedOrderSummary.js';
import { zhCN } from './locales/zh-CN.js';
import { BatchPayMessagesProvider } from './messages/BatchPayMessagesProvider.js';
import { PayButton } from './PayButton.js';
import { PaymentMethodPicker } from './PaymentMethodPicker.js';
import { PaymentResult } from './PaymentResult.js';
import { QrCode } from './qr.js';
import { methods, threeOrders } from './test-utils/fixtures.js';
import { redirectingState } from './test-utils/redirectingState.js';

const cashierPage = redirectingState({ normalUrl: 'https://cashier.example/pay' }, { terminalType: 'WEB' });

function html(node: ReactNode, locale = 'en-US', initialState?: CheckoutState): string {
  const transport = async () => ({ status: 500, body: null });
  const client = initialState ? createCheckoutClient({ transport, initialState, resume: false }) : undefined;
  return renderToString(
    <BatchPayProvider
      transport={transport}
      queryClient={new QueryClient()}
      locale={locale}
      userRegion="KR"
      {...(client ? { client } : {})}
    >
      <BatchPayMessagesProvider catalogues={[zhCN]} locale={locale}>
        {node}
      </BatchPayMessagesProvider>
    </BatchPayProvider>,
  );
}

describe('server rendering (react-dom/server, no DOM)', () => {
  it('has no window or document here', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders the drop-in on its own (no provider of the app) with its placeholders in the server HTML', () => {
    const page = renderToString(<BatchPayCheckout apiBaseUrl="/api" cartId="cart_1" />);
    expect(page).toContain('data-state="loading"');
    expect(page).toContain('bp-summary--skeleton');
    expect(page).toContain('bp-skeleton');
    expect(page).toContain('Loading payment methods');
  });

  it('renders the return page checking its payment when the server is given the URL', () => {
    const page = renderToString(
      <BatchPayCheckout apiBaseUrl="/api" cartId="cart_1" serverUrl="/result?checkout=co_1" />,
    );
    expect(page).toContain('data-state="checking"');
    expect(page).toContain('bp-result--skeleton');
    expect(page).not.toContain('bp-summary--skeleton');
  });

  it('renders every component without error', () => {
    expect(html(<CombinedOrderSummary orders={threeOrders} />)).toContain('Seoul Sneakers');
    expect(html(<PaymentMethodPicker methods={methods} />)).toContain('role="radiogroup"');
    expect(html(<PaymentMethodPicker />)).toContain('Loading payment methods');
    expect(html(<PayButton amount={{ currency: 'USD', value: '3999' }} onPay={() => {}} />)).toContain('Pay $39.99');
    const redirect = html(<CashierRedirect paymentMethodType="KAKAOPAY" qrCode={QrCode} />, 'en-US', cashierPage);
    expect(redirect).toContain('https://cashier.example/pay');
    expect(redirect).not.toContain('<svg'); // the QR code needs the browser to know it is a desktop
    expect(
      html(
        <PaymentResult
          state={{
            kind: 'failed',
            code: 'USER_BALANCE_NOT_ENOUGH',
            status: 'F',
            retry: 'new-request-id',
            messageKey: 'result.USER_BALANCE_NOT_ENOUGH',
            message: '',
          }}
          onRetry={() => {}}
        />,
      ),
    ).toContain('There is not enough money in your payment account.');
  });

  it('renders a translated catalogue on the server', () => {
    expect(html(<CombinedOrderSummary orders={threeOrders} />, 'zh-CN')).toContain('您的订单');
  });

  it('renders the QR code as plain SVG on the server when the terminal is known to be a desktop', () => {
    const out = html(<CashierRedirect qrCode={QrCode} terminalType="WEB" />, 'en-US', cashierPage);
    expect(out).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Scan to pay with your phone"/);
    expect(out).toMatch(/<path d="M\d/);
  });
});
