import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { CashierRedirect } from './CashierRedirect.js';
import { ko } from './locales/ko.js';
import { QrCode } from './qr.js';
import { decodeQrSvg } from './test-utils/decodeQrSvg.js';
import { wapPlan, webPlan } from './test-utils/storyFixtures.js';

// `navigate` is always injected: a story must never leave the Storybook frame.
const meta = {
  title: 'UI/CashierRedirect',
  component: CashierRedirect,
  args: { plan: wapPlan, paymentMethodType: 'KAKAOPAY', navigate: fn(), timeoutMs: 60_000 },
  // A component, not a value to edit: the stories pass `QrCode` from @batchpay/ui/qr.
  argTypes: { qrCode: { control: false } },
} satisfies Meta<typeof CashierRedirect>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OpeningTheApp: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('Opening KakaoPay…');
    await expect(args.navigate).toHaveBeenCalledTimes(1);
    await expect(canvas.getAllByRole('link')).toHaveLength(3);
  },
};

export const FallingBack: Story = {
  args: { timeoutMs: 400 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(args.navigate).toHaveBeenCalledTimes(2), { timeout: 3000 });
    await expect(canvas.getByRole('status')).toHaveTextContent('KakaoPay did not open. Trying another way…');
  },
};

export const Exhausted: Story = {
  args: { plan: { attempts: wapPlan.attempts.slice(0, 2), rejected: [] }, timeoutMs: 200 },
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('could not be opened automatically'), { timeout: 3000 });
  },
};

// The merchant opts in with `qrCode={QrCode}` from @batchpay/ui/qr; without it the QR encoder is never loaded.
export const DesktopWithQrCode: Story = {
  args: { plan: webPlan, qrCode: QrCode, terminalType: 'WEB', normalUrlTarget: 'new-tab' },
  play: async ({ canvasElement }) => {
    const qr = await within(canvasElement).findByRole('img', { name: 'Scan to pay with your phone' });
    await expect(qr).toBeVisible();
    // A QR reader gets the app link back (preferred over the cashier URL, which opens on this desktop).
    await expect(decodeQrSvg(qr)).toBe('https://kakaopay.example/app/pay?token=desktop');
  },
};

export const DesktopWithoutQrCode: Story = {
  args: { plan: webPlan, terminalType: 'WEB', normalUrlTarget: 'new-tab' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('img')).not.toBeInTheDocument();
  },
};

export const WithRejectedUrl: Story = {
  args: {
    plan: {
      attempts: [{ kind: 'normal', url: 'https://cashier.example/pay' }],
      rejected: [{ kind: 'scheme', url: 'javascript:alert(1)', reason: 'javascript: URLs are never opened' }],
    },
  },
};

export const NoUrl: Story = { args: { plan: { attempts: [], rejected: [] } } };

export const Korean: Story = { parameters: { batchPay: { locale: 'ko-KR', catalogues: [ko] } } };

export const Dark: Story = {
  args: { plan: webPlan, qrCode: QrCode, terminalType: 'WEB' },
  parameters: { batchPay: { theme: 'dark' } },
};

export const RightToLeft: Story = { parameters: { batchPay: { dir: 'rtl', locale: 'ar' } } };
