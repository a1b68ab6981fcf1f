// @vitest-environment node
import { BatchPayProvider } from '@batchpay/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CashierRedirect } from './CashierRedirect';
import { CombinedOrderSummary } from './CombinedOrderSummary';
import { zhCN } from './locales/zh-CN';
import { BatchPayMessagesProvider } from './messages/BatchPayMessagesProvider';
import { PayButton } from './PayButton';
import { PaymentMethodPicker } from './PaymentMethodPicker';
import { PaymentResult } from './PaymentResult';
import { methods, threeOrders } from './test-utils/fixtures';

function html(node: ReactNode, locale = 'en-US'): string {
  const transport = async () => ({ status: 500, body: null });
  return renderToString(
    <BatchPayProvider transport={transport} queryClient={new QueryClient()} locale={locale} userRegion="KR">
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

  it('renders every component without error', () => {
    expect(html(<CombinedOrderSummary orders={threeOrders} />)).toContain('Seoul Sneakers');
    expect(html(<PaymentMethodPicker methods={methods} />)).toContain('role="radiogroup"');
    expect(html(<PaymentMethodPicker />)).toContain('Loading payment methods');
    expect(html(<PayButton amount={{ currency: 'USD', value: '3999' }} onPay={() => {}} />)).toContain('Pay $39.99');
    const redirect = html(
      <CashierRedirect
        plan={{ attempts: [{ kind: 'normal', url: 'https://cashier.example/pay' }], rejected: [] }}
        paymentMethodType="KAKAOPAY"
        showQrCode
      />,
    );
    expect(redirect).toContain('https://cashier.example/pay');
    expect(redirect).not.toContain('<svg'); // the QR code needs the browser to know it is a desktop
    expect(
      html(
        <PaymentResult
          outcome={{
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

  it('renders a placeholder for the lazily loaded QR code on the server', () => {
    const out = html(
      <CashierRedirect
        plan={{ attempts: [{ kind: 'normal', url: 'https://cashier.example/pay' }], rejected: [] }}
        showQrCode
        terminalType="WEB"
      />,
    );
    expect(out).toContain('bp-redirect__qr-placeholder');
  });
});
