import { failedOutcome, resultCodeAction, resultCodeList } from '@batchpay/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ja } from './locales/ja.js';
import { en } from './messages/en.js';
import type { MessageCode } from './messages/Messages.js';
import { PaymentResult } from './PaymentResult.js';
import { expectNoAxeViolations } from './test-utils/axe.js';
import { threeOrders } from './test-utils/fixtures.js';
import { renderWithProvider } from './test-utils/renderWithProvider.js';
import { checkoutView } from './test-utils/storyFixtures.js';

const failureCodes = resultCodeList.filter((info) => info.status !== 'S' && info.code !== 'PAYMENT_IN_PROCESS');

describe('PaymentResult', () => {
  it.each(failureCodes.map((info) => [info.code, info] as const))(
    '%s: the buyer message, the next step and only the actions that can help',
    (code, info) => {
      const onRetry = vi.fn();
      const onChooseAnotherMethod = vi.fn();
      renderWithProvider(
        <PaymentResult
          outcome={failedOutcome(code, info.status)}
          onRetry={onRetry}
          onChooseAnotherMethod={onChooseAnotherMethod}
          contactHref="mailto:help@shop.example"
        />,
      );
      const outcome = failedOutcome(code, info.status);
      const { nextStep } = resultCodeAction(code, info.status);
      expect(screen.getByRole('heading', { name: 'Payment not completed' })).toBeInTheDocument();
      expect(screen.getByText(en.resultCodes[code as MessageCode])).toBeInTheDocument();
      expect(screen.getByText(en.result.nextStep[nextStep])).toBeInTheDocument();
      expect(screen.getByText(`Reference: ${code}`)).toBeInTheDocument();
      const retry = screen.queryByRole('button', { name: 'Try again' });
      const another = screen.queryByRole('button', { name: 'Choose another payment method' });
      const contact = screen.queryByRole('link', { name: 'Contact the seller' });
      expect(Boolean(retry)).toBe(outcome.retry !== 'never' && nextStep === 'try-again');
      expect(Boolean(another)).toBe(outcome.retry !== 'never' && nextStep === 'choose-another-method');
      expect(Boolean(contact)).toBe(nextStep === 'contact-merchant');
      expect(document.body.textContent).not.toMatch(/antom|technical support/i);
    },
  );

  it('never offers a retry for a risk rejection', () => {
    renderWithProvider(
      <PaymentResult outcome={failedOutcome('RISK_REJECT')} onRetry={vi.fn()} onChooseAnotherMethod={vi.fn()} />,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(en.resultCodes.RISK_REJECT)).toBeInTheDocument();
  });

  it('calls back when the buyer retries', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { container } = renderWithProvider(
      <PaymentResult outcome={failedOutcome('TRANSPORT_ERROR')} onRetry={onRetry} />,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('shows the batch and each order from the server’s status, in the locale', async () => {
    const orders = checkoutView({}).orders;
    const { container } = renderWithProvider(
      <PaymentResult
        status={checkoutView({
          status: 'succeeded',
          final: true,
          orders: orders.map((o, i) => ({ ...o, status: i === 1 ? 'failed' : 'succeeded' })),
        })}
      />,
      { locale: 'en-US' },
    );
    expect(screen.getByRole('heading', { name: 'Some orders were not paid' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Running shoes from Seoul Sneakers$15.00 Paid');
    expect(items[1]).toHaveTextContent('Two novels from Busan Books$20.00 Not paid');
    expect(items[1]).toHaveAttribute('data-state', 'failed');
    await expectNoAxeViolations(container);
  });

  it('says processing while the server does not know yet, never success', () => {
    renderWithProvider(<PaymentResult status={checkoutView({})} />);
    expect(screen.getByRole('heading', { name: 'Payment processing' })).toBeInTheDocument();
    expect(screen.getByText('Your payment is being processed.')).toBeInTheDocument();
    expect(screen.getAllByText('Processing')).toHaveLength(3);
  });

  it('uses the failure of a failed checkout, translated', () => {
    renderWithProvider(
      <PaymentResult
        status={checkoutView({ status: 'failed', final: true, failure: failedOutcome('USER_BALANCE_NOT_ENOUGH') })}
      />,
      { locale: 'ja-JP', messages: { catalogues: [ja] } },
    );
    expect(screen.getByRole('heading', { name: ja.result.failed })).toBeInTheDocument();
    expect(screen.getByText(ja.resultCodes.USER_BALANCE_NOT_ENOUGH)).toBeInTheDocument();
  });

  it('shows success with the order names from the cart', () => {
    renderWithProvider(
      <PaymentResult
        outcome={{
          kind: 'succeeded',
          code: 'SUCCESS',
          orderSummaries: threeOrders.map((o) => ({
            referenceOrderId: o.referenceOrderId,
            referenceMerchantId: o.merchant.referenceMerchantId,
            paymentId: `p-${o.referenceOrderId}`,
            orderAmount: o.orderAmount,
          })),
        }}
        orders={threeOrders}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Payment complete' })).toBeInTheDocument();
    expect(screen.getByText('Socks from Seoul Sneakers')).toBeInTheDocument();
    expect(screen.getAllByText('Paid')).toHaveLength(3);
  });
});
