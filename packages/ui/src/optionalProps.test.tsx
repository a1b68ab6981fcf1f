// Every optional public prop takes `undefined`: this file compiles under `exactOptionalPropertyTypes` (on in this
// package's tsconfig), which is how an app passes `value={maybe}`; and each component renders with them.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BatchPayCheckout } from './BatchPayCheckout.js';
import { CashierRedirect } from './CashierRedirect.js';
import { CombinedOrderSummary } from './CombinedOrderSummary.js';
import { BatchPayMessagesProvider } from './messages/BatchPayMessagesProvider.js';
import { PayButton } from './PayButton.js';
import { PaymentMethodPicker } from './PaymentMethodPicker.js';
import { PaymentResult } from './PaymentResult.js';
import { QrCode } from './QrCode.js';
import { methods, threeOrders } from './test-utils/fixtures.js';
import { redirectingState } from './test-utils/redirectingState.js';
import { renderWithProvider } from './test-utils/renderWithProvider.js';

const none = undefined;

describe('optional props', () => {
  it('accept undefined on every component', () => {
    renderWithProvider(
      <BatchPayMessagesProvider catalogues={none} overrides={none} locale={none}>
        <CombinedOrderSummary
          orders={threeOrders}
          paymentAmount={none}
          locale={none}
          messages={none}
          headingLevel={none}
        />
        <PaymentMethodPicker
          methods={methods}
          userRegion={none}
          value={none}
          defaultValue={none}
          onValueChange={none}
          renderLogo={none}
          locale={none}
          messages={none}
        />
        <PayButton onPay={() => {}} amount={none} submitting={none} disabled={none} locale={none} messages={none} />
        <CashierRedirect
          autoStart={false}
          paymentMethodType={none}
          methodName={none}
          qrCode={none}
          terminalType={none}
          timeoutMs={none}
          appIdentifier={none}
          onAttempt={none}
          onAppDidNotOpen={none}
          navigate={none}
          locale={none}
          messages={none}
          headingLevel={none}
        />
        <PaymentResult
          state={{ status: 'succeeded', checkoutId: 'co_1' }}
          orders={none}
          onRetry={none}
          onChooseAnotherMethod={none}
          onPayRemaining={none}
          contactHref={none}
          locale={none}
          messages={none}
          headingLevel={none}
        />
        <QrCode value="https://cashier.example/pay" label="Scan" className={none} />
      </BatchPayMessagesProvider>,
      { checkoutState: redirectingState({ normalUrl: 'https://cashier.example/pay' }, { terminalType: 'WEB' }) },
    );
    expect(screen.getByRole('heading', { name: 'Payment complete' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pay' })).toBeInTheDocument();
  });

  it('accept undefined on the drop-in', () => {
    const { container } = renderWithProvider(
      <BatchPayCheckout
        cartId="cart_1"
        locale={none}
        userRegion={none}
        catalogues={none}
        messages={none}
        onEvent={none}
        queryClient={none}
        redirectOptions={none}
        env={none}
        appOpenTimeoutMs={none}
        qrCode={none}
        contactHref={none}
        onPayRemaining={none}
        defaultPaymentMethod={none}
        serverUrl={none}
        onStartOver={none}
        header={none}
        renderMethodLogo={none}
        headingLevel={none}
      />,
    );
    expect(container.querySelector('.bp-checkout')).toHaveAttribute('data-state', 'loading');
  });
});
