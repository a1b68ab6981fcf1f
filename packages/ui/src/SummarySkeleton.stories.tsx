import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SummarySkeleton } from './SummarySkeleton.js';
import { merchantDocs } from './test-utils/merchantDocs.js';

const meta = {
  title: 'UI/SummarySkeleton',
  component: SummarySkeleton,
  args: { label: 'Loading your orders…', rows: 2 },
  parameters: merchantDocs(
    'The placeholder of the order summary while the cart loads: one row per expected seller, sized like the real ' +
      'summary, so nothing moves when the orders arrive. Announced once through its label.',
    `import { SummarySkeleton } from '@batchpay/ui';

{cart.isLoading ? <SummarySkeleton label="Loading your orders…" rows={2} /> : <CombinedOrderSummary orders={cart.cart.orders} />}`,
  ),
} satisfies Meta<typeof SummarySkeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TwoSellers: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Loading your orders…')).toBeInTheDocument();
  },
};

export const FourSellers: Story = { args: { rows: 4 } };
