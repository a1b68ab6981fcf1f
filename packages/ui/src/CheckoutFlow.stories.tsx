import { useBatchPay } from '@batchpay/react';
import { batchPayHandlers } from '@batchpay/react/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CashierRedirect, type CashierRedirectProps } from './CashierRedirect.js';
import { CombinedOrderSummary } from './CombinedOrderSummary.js';
import { PayButton } from './PayButton.js';
import { PaymentMethodPicker } from './PaymentMethodPicker.js';
import { PaymentResult } from './PaymentResult.js';
import { merchantDocs } from './test-utils/merchantDocs.js';
import { pickerMethods, threeOrders } from './test-utils/storyFixtures.js';

const urls = {
  applinkUrl: 'https://kakaopay.example/app/pay?token=flow',
  schemeUrl: 'kakaotalk://kakaopay/pay?token=flow',
  normalUrl: 'https://cashier.example/pay?token=flow',
};

interface CheckoutProps {
  navigate: NonNullable<CashierRedirectProps['navigate']>;
  timeoutMs: number;
}

/** The whole checkout as a marketplace wires it: summary, picker, Pay, then the redirect or the result. */
function Checkout({ navigate, timeoutMs }: CheckoutProps) {
  const [method, setMethod] = useState<string | undefined>(undefined);
  // A phone of unknown OS: the plan walks all three URLs in turn.
  const { state, pay, reset } = useBatchPay({ resume: false, env: { terminalType: 'WAP' } });
  if (state.status === 'redirecting') {
    return <CashierRedirect paymentMethodType={method} navigate={navigate} timeoutMs={timeoutMs} />;
  }
  if (state.status === 'failed') return <PaymentResult state={state} onRetry={reset} onChooseAnotherMethod={reset} />;
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <CombinedOrderSummary orders={threeOrders} />
      <PaymentMethodPicker methods={pickerMethods} value={method} onValueChange={setMethod} />
      <PayButton
        amount={{ currency: 'USD', value: '3999' }}
        disabled={!method}
        submitting={state.status === 'submitting'}
        onPay={() => (method ? pay({ cartId: 'cart_story', paymentMethodType: method }) : undefined)}
      />
    </div>
  );
}

const meta = {
  title: 'Flows/Checkout',
  component: Checkout,
  args: { navigate: fn(), timeoutMs: 600 },
  parameters: {
    ...merchantDocs(
      'A checkout composed from the parts (summary, picker, Pay, redirect, result) with the headless hooks of `@batchpay/react`, for a shop that lays them out itself.',
      `import { useBatchPay } from '@batchpay/react';
import { batchPayHandlers } from '@batchpay/react/testing';
  import { CashierRedirect, CombinedOrderSummary, PayButton, PaymentMethodPicker, PaymentResult } from '@batchpay/ui';
  
  const { state, pay, reset } = useBatchPay();
  if (state.status === 'redirecting') return <CashierRedirect paymentMethodType={method} />;
  if (state.status === 'failed') return <PaymentResult state={state} onRetry={reset} />;
  // …the summary, the picker and <PayButton onPay={() => pay({ cartId, paymentMethodType: method })} />`,
    ),
    batchPay: { userRegion: 'KR' },
    msw: { handlers: batchPayHandlers({ outcome: 'redirect', cashierUrls: urls, checkoutId: 'co_flow' }) },
  },
} satisfies Meta<typeof Checkout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pay → the app link is opened → the app did not open → the scheme → the cashier page, with manual links. */
export const PayRedirectFallback: Story = {
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    await step('choose KakaoPay and pay', async () => {
      await userEvent.click(canvas.getByRole('radio', { name: 'KakaoPay' }));
      await userEvent.click(canvas.getByRole('button', { name: 'Pay $39.99' }));
    });
    await step('the app link opens first', async () => {
      const redirect = await canvas.findByRole('region', { name: 'Paying with KakaoPay' }, { timeout: 5000 });
      await expect(within(redirect).getByRole('status')).toHaveTextContent('Opening KakaoPay…');
      await waitFor(() => expect(args.navigate).toHaveBeenCalledWith(urls.applinkUrl, expect.anything()));
    });
    await step('the app did not open: the scheme, then the cashier page', async () => {
      await waitFor(() => expect(args.navigate).toHaveBeenCalledWith(urls.schemeUrl, expect.anything()), {
        timeout: 4000,
      });
      await waitFor(() => expect(args.navigate).toHaveBeenCalledWith(urls.normalUrl, expect.anything()), {
        timeout: 4000,
      });
      await expect(args.navigate).toHaveBeenCalledTimes(3);
    });
    await step('a manual link for every URL', async () => {
      await expect(canvas.getByRole('link', { name: 'Open the KakaoPay payment page' })).toHaveAttribute(
        'href',
        urls.normalUrl,
      );
      await expect(canvas.getAllByRole('link')).toHaveLength(3);
    });
  },
};

/** The backend answers a failure: the result explains it and offers the way forward. */
export const PayDeclined: Story = {
  parameters: { msw: { handlers: batchPayHandlers({ outcome: { failed: 'USER_BALANCE_NOT_ENOUGH' } }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'KakaoPay' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Pay $39.99' }));
    await expect(await canvas.findByText('There is not enough money in your payment account.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Choose another payment method' }));
    await expect(await canvas.findByRole('radiogroup')).toBeVisible();
  },
};
