import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Monogram } from './Monogram.js';
import { merchantDocs } from './test-utils/merchantDocs.js';

const meta = {
  title: 'UI/Monogram',
  component: Monogram,
  args: { name: 'KakaoPay' },
  parameters: merchantDocs(
    "The letters in a payment method's tile when you pass no logo (`renderMethodLogo`): decorative, hidden from " +
      'screen readers, since the method name is read out beside it.',
    `import { PaymentMethodPicker } from '@batchpay/ui';

// Your own logos instead of the monograms:
<PaymentMethodPicker value={method} onValueChange={setMethod} renderLogo={(m) => <img src={logos[m.paymentMethodType]} alt="" />} />`,
  ),
} satisfies Meta<typeof Monogram>;

export default meta;
type Story = StoryObj<typeof meta>;

export const KakaoPay: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('K')).toBeInTheDocument();
  },
};

export const TouchNGo: Story = {
  args: { name: "Touch 'n Go eWallet" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('TG')).toBeInTheDocument();
  },
};
