import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { QrCode } from './QrCode.js';
import { decodeQrSvg } from './test-utils/decodeQrSvg.js';
import { merchantDocs } from './test-utils/merchantDocs.js';

const meta = {
  title: 'UI/QrCode',
  component: QrCode,
  args: { value: 'https://wallet.example/app/pay?token=test', label: 'Scan to pay with your phone' },
  parameters: merchantDocs(
    'The opt-in QR code for a desktop buyer: a phone scans the wallet link. It is its own entry ' +
      '(`@batchpay/ui/qr`), so a checkout that does not pass it never loads the encoder.',
    `import { BatchPayCheckout } from '@batchpay/ui';
import { QrCode } from '@batchpay/ui/qr';

<BatchPayCheckout apiBaseUrl="/api" cartId={cartId} qrCode={QrCode} />`,
  ),
} satisfies Meta<typeof QrCode>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WalletLink: Story = {
  play: async ({ canvasElement, args }) => {
    const qr = within(canvasElement).getByRole('img', { name: 'Scan to pay with your phone' });
    await expect(decodeQrSvg(qr)).toBe(args.value);
  },
};
