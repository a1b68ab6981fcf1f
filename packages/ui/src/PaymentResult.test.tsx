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
          state={failedOutcome(code, info.status)}
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
      <PaymentResult state={failedOutcome('RISK_REJECT')} onRetry={vi.fn()} onChooseAnotherMethod={vi.fn()} />,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(en.resultCodes.RISK_REJECT)).toBeInTheDocument();
  });

  it('calls back when the buyer retries', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { container } = renderWithProvider(
      <PaymentResult state={failedOutcome('TRANSPORT_ERROR')} onRetry={onRetry} />,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('shows the batch and each order from the server’s status, in the locale', async () => {
    const orders = checkoutView({}).orders;
    const { container } = renderWithProvider(
      <PaymentResult
        state={checkoutView({
          status: 'succeeded',
          final: true,
          orders: orders.map((o, i) => ({ ...o, status: i === 1 ? 'failed' : 'succeeded' })),
        })}
      />,
      { locale: 'en-US' },
    );
    expect(screen.getByRole('heading', { name: 'Part of your payment went through' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Running shoes from Seoul Sneakers$15.00 Paid');
    expect(items[1]).toHaveTextContent('Two novels from Busan BooksNothing was charged for this order.$20.00 Not paid');
    expect(items[1]).toHaveAttribute('data-state', 'failed');
    await expectNoAxeViolations(container);
  });

  it('says processing while the server does not know yet, never success', () => {
    renderWithProvider(<PaymentResult state={checkoutView({})} />);
    expect(screen.getByRole('heading', { name: 'Payment processing' })).toBeInTheDocument();
    expect(screen.getByText('Your payment is being processed.')).toBeInTheDocument();
    expect(screen.getAllByText('Processing')).toHaveLength(3);
  });

  it('uses the failure of a failed checkout, translated', () => {
    renderWithProvider(
      <PaymentResult
        state={checkoutView({ status: 'failed', final: true, failure: failedOutcome('USER_BALANCE_NOT_ENOUGH') })}
      />,
      { locale: 'ja-JP', messages: { catalogues: [ja] } },
    );
    expect(screen.getByRole('heading', { name: ja.result.failed })).toBeInTheDocument();
    expect(screen.getByText(ja.resultCodes.USER_BALANCE_NOT_ENOUGH)).toBeInTheDocument();
  });

  it('shows success with the order names from the cart', () => {
    renderWithProvider(
      <PaymentResult
        state={{
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

  it('shows a direct S answer (the machine says succeeded, no view yet) as paid, never processing', () => {
    renderWithProvider(<PaymentResult state={{ status: 'succeeded', checkoutId: 'co_1' }} orders={threeOrders} />);
    expect(screen.getByRole('heading', { name: 'Payment complete' })).toBeInTheDocument();
    expect(screen.getAllByText('Paid')).toHaveLength(3);
    expect(document.body.textContent).not.toMatch(/processing/i);
  });

  it('shows nothing before the buyer pays', () => {
    const { container } = renderWithProvider(<PaymentResult state={{ status: 'idle' }} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('partly paid: what happened to each order, nothing charged for the unpaid, pay the rest or contact the seller', async () => {
    const user = userEvent.setup();
    const onPayRemaining = vi.fn();
    const onRetry = vi.fn();
    const base = checkoutView({});
    const view = checkoutView({
      status: 'partially_paid' as never,
      final: true,
      orders: base.orders.map((o, i) => ({ ...o, status: i === 1 ? ('failed' as const) : ('succeeded' as const) })),
    });
    const { container } = renderWithProvider(
      <PaymentResult
        state={{ status: 'failed', failure: failedOutcome('PROCESS_FAIL'), checkoutId: 'co_story', view }}
        onRetry={onRetry}
        onPayRemaining={onPayRemaining}
        contactHref="mailto:help@shop.example"
      />,
    );
    expect(screen.getByRole('heading', { name: 'Part of your payment went through' })).toBeInTheDocument();
    expect(screen.getByText('2 of 3 orders were paid. Nothing was charged for the others.')).toBeInTheDocument();
    expect(screen.queryByText('Your payment went through.')).not.toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-state'))).toEqual(['paid', 'failed', 'paid']);
    expect(items[1]).toHaveTextContent('Nothing was charged for this order.');
    expect(items[0]).not.toHaveTextContent('Nothing was charged');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Contact the seller' })).toHaveAttribute(
      'href',
      'mailto:help@shop.example',
    );
    await user.click(screen.getByRole('button', { name: 'Pay for the unpaid orders' }));
    expect(onPayRemaining).toHaveBeenCalledTimes(1);
    expect(onPayRemaining.mock.calls[0]?.[0].map((o: { referenceOrderId: string }) => o.referenceOrderId)).toEqual([
      'B-1',
    ]);
    await expectNoAxeViolations(container);
  });

  it('a final failed view with a paid order is partly paid, never "not completed" for the paid order', () => {
    const base = checkoutView({});
    renderWithProvider(
      <PaymentResult
        state={checkoutView({
          status: 'failed',
          final: true,
          failure: failedOutcome('PROCESS_FAIL'),
          orders: base.orders.map((o, i) => ({ ...o, status: i === 0 ? 'succeeded' : 'failed' })),
        })}
        onRetry={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Part of your payment went through' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('PAYMENT_UNCONFIRMED: "could not confirm yet", never "Not paid", never "Try again"', () => {
    const unconfirmed = {
      kind: 'failed' as const,
      code: 'PAYMENT_UNCONFIRMED',
      status: 'U' as const,
      retry: 'never' as const,
      messageKey: 'result.PAYMENT_UNCONFIRMED',
      message: 'PAYMENT_UNCONFIRMED',
    };
    const { rerender } = renderWithProvider(
      <PaymentResult
        state={{ status: 'failed', failure: unconfirmed, checkoutId: 'co_1' }}
        orders={threeOrders}
        onRetry={vi.fn()}
        onChooseAnotherMethod={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: 'We could not confirm this payment yet' })).toBeInTheDocument();
    expect(screen.getAllByText('Processing')).toHaveLength(3);
    expect(screen.queryByText('Not paid')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    // The server's view says processing, with the unconfirmed outcome: the same words.
    rerender(<PaymentResult state={checkoutView({ outcome: unconfirmed })} onRetry={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'We could not confirm this payment yet' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('a batch the server says is still processing never shows an order as "Not paid"', () => {
    const base = checkoutView({});
    renderWithProvider(
      <PaymentResult
        state={checkoutView({
          orders: base.orders.map((o, i) => ({ ...o, status: i === 0 ? 'failed' : 'processing' })),
        })}
        onRetry={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Payment processing' })).toBeInTheDocument();
    expect(screen.queryByText('Not paid')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByText(/This page updates by itself/)).toBeInTheDocument();
  });
});
