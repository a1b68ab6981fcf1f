import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ja } from './locales/ja.js';
import { PayButton } from './PayButton.js';
import { merchantDocs } from './test-utils/merchantDocs.js';

const meta = {
  title: 'UI/PayButton',
  component: PayButton,
  args: { amount: { currency: 'USD', value: '3999' }, onPay: fn() },
  parameters: merchantDocs(
    'The Pay button: the formatted total, busy and `aria-disabled` while the checkout is submitting, one press per attempt.',
    `import { useBatchPay } from '@batchpay/react';
import { PayButton } from '@batchpay/ui';

const { state, pay } = useBatchPay();
<PayButton
  amount={cart.paymentAmount}
  disabled={!method}
  submitting={state.status === 'submitting'}
  onPay={() => pay({ cartId, paymentMethodType: method })}
/>`,
  ),
} satisfies Meta<typeof PayButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {};

export const Submitting: Story = {
  args: { submitting: true },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const FiresOnce: Story = {
  args: { onPay: fn(() => new Promise<void>((resolve) => setTimeout(resolve, 500))) },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Pay $39.99' });
    await userEvent.dblClick(button);
    await expect(args.onPay).toHaveBeenCalledTimes(1);
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};

export const Japanese: Story = {
  args: { amount: { currency: 'JPY', value: '4500' } },
  parameters: { batchPay: { locale: 'ja-JP', catalogues: [ja] } },
};

export const Dark: Story = { parameters: { batchPay: { theme: 'dark' } } };

export const DarkSubmitting: Story = { args: { submitting: true }, parameters: { batchPay: { theme: 'dark' } } };
