import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CombinedOrderSummary } from './CombinedOrderSummary.js';
import { ko } from './locales/ko.js';
import { merchantDocs } from './test-utils/merchantDocs.js';
import {
  inconsistentOrders,
  krwOrders,
  longNameOrders,
  rtlOrders,
  tenOrders,
  threeOrders,
} from './test-utils/storyFixtures.js';

const meta = {
  title: 'UI/CombinedOrderSummary',
  component: CombinedOrderSummary,
  args: { orders: threeOrders },
  parameters: merchantDocs(
    'The orders of one combined payment, grouped per seller, with each amount and the total formatted for the locale (integer minor units in, `Intl` out).',
    `import { useCart } from '@batchpay/react';
import { CombinedOrderSummary } from '@batchpay/ui';

const { cart } = useCart(cartId);
return cart ? <CombinedOrderSummary orders={cart.orders} paymentAmount={cart.paymentAmount} /> : null;`,
  ),
} satisfies Meta<typeof CombinedOrderSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ThreeOrdersTwoMerchants: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Total').parentElement).toHaveTextContent('$39.99');
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(2);
  },
};

export const TenOrders: Story = {
  args: { orders: tenOrders },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(/^Item \d+:/)).toHaveLength(10);
  },
};

export const LongMerchantName: Story = { args: { orders: longNameOrders } };

export const Inconsistent: Story = {
  args: { orders: inconsistentOrders },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('do not add up');
  },
};

export const TotalDiffersFromServer: Story = {
  args: { orders: threeOrders, paymentAmount: { currency: 'USD', value: '4100' } },
};

export const Empty: Story = { args: { orders: [] } };

export const Korean: Story = {
  args: { orders: krwOrders },
  parameters: { batchPay: { locale: 'ko-KR', userRegion: 'KR', catalogues: [ko] } },
};

export const RightToLeft: Story = {
  args: { orders: rtlOrders },
  parameters: { batchPay: { locale: 'ar', dir: 'rtl' } },
};

export const Dark: Story = { parameters: { batchPay: { theme: 'dark' } } };
