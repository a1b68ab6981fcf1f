import type { PlanEnvironment } from '@batchpay/client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { CashierRedirect } from './CashierRedirect.js';
import { ko } from './locales/ko.js';
import { QrCode } from './qr.js';
import { decodeQrSvg } from './test-utils/decodeQrSvg.js';
import { merchantDocs } from './test-utils/merchantDocs.js';
import { redirectingState } from './test-utils/redirectingState.js';
import { anyPhone, desktop, wapUrls, webUrls } from './test-utils/storyFixtures.js';

/** The machine starts where Antom's answer puts it for this device (core plans the attempts). */
const redirecting = (...args: Parameters<typeof redirectingState>) => ({
  batchPay: { checkoutState: redirectingState(...args) },
});

// `navigate` is always injected: a story must never leave the Storybook frame.
const meta = {
  title: 'UI/CashierRedirect',
  component: CashierRedirect,
  args: { paymentMethodType: 'KAKAOPAY', navigate: fn(), timeoutMs: 60_000 },
  // A component, not a value to edit: the stories pass `QrCode` from @batchpay/ui/qr.
  argTypes: { qrCode: { control: false } },
  parameters: {
    ...redirecting(wapUrls, anyPhone),
    ...merchantDocs(
      "What the buyer sees after Pay while the wallet opens: which app is being opened, the countdown to the next way, a manual link for every URL Antom sent, and (opt-in, on a desktop) a QR code. It is a view of the checkout machine's redirect plan for the buyer's device: flip **Device** in the toolbar.",
      `import { useBatchPay } from '@batchpay/react';
import { CashierRedirect } from '@batchpay/ui';
import { QrCode } from '@batchpay/ui/qr';

const { state } = useBatchPay();
if (state.status === 'redirecting') return <CashierRedirect paymentMethodType={method} qrCode={QrCode} />;`,
    ),
  },
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
  args: { timeoutMs: 200 },
  parameters: redirecting({ applinkUrl: wapUrls.applinkUrl, schemeUrl: wapUrls.schemeUrl }, anyPhone),
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('could not be opened automatically'), { timeout: 3000 });
  },
};

// The merchant opts in with `qrCode={QrCode}` from @batchpay/ui/qr; without it the QR encoder is never loaded.
export const DesktopWithQrCode: Story = {
  args: { qrCode: QrCode, terminalType: 'WEB', normalUrlTarget: 'new-tab' },
  parameters: redirecting(webUrls, desktop),
  play: async ({ canvasElement }) => {
    const qr = await within(canvasElement).findByRole('img', { name: 'Scan to pay with your phone' });
    await expect(qr).toBeVisible();
    // A QR reader gets the app link back (preferred over the cashier URL, which opens on this desktop).
    await expect(decodeQrSvg(qr)).toBe('https://kakaopay.example/app/pay?token=desktop');
  },
};

export const DesktopWithoutQrCode: Story = {
  args: { terminalType: 'WEB', normalUrlTarget: 'new-tab' },
  parameters: redirecting(webUrls, desktop),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('img')).not.toBeInTheDocument();
  },
};

export const WithRejectedUrl: Story = {
  parameters: redirecting({ schemeUrl: 'javascript:alert(1)', normalUrl: 'https://cashier.example/pay' }, anyPhone),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/was not safe to open/)).toBeVisible();
  },
};

// A desktop gets no scheme: a neutral "not used on this device", not a warning.
export const SchemeNotUsedOnDesktop: Story = {
  parameters: redirecting(wapUrls, desktop),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Some ways to open KakaoPay are not used on this device.')).toBeVisible();
    await expect(canvas.queryByText(/not safe/)).not.toBeInTheDocument();
  },
};

export const IPhoneApplinkFirst: Story = {
  parameters: redirecting(wapUrls, { terminalType: 'WAP', osType: 'IOS', browser: 'ios-browser' }),
  play: async ({ canvasElement, args }) => {
    await expect(args.navigate).toHaveBeenCalledWith(wapUrls.applinkUrl, expect.objectContaining({ kind: 'applink' }));
    // The scheme is not fired after a universal link, but stays a button the buyer can tap.
    await expect(within(canvasElement).getAllByRole('link')).toHaveLength(3);
  },
};

export const AndroidChromeIntent: Story = {
  parameters: redirecting(wapUrls, { terminalType: 'WAP', osType: 'ANDROID', browser: 'android-browser' }),
  play: async ({ args }) => {
    await expect(args.navigate).toHaveBeenCalledWith(
      expect.stringMatching(/^intent:\/\/kakaopay\/pay\?token=story#Intent;scheme=kakaotalk;S\.browser_fallback_url=/),
      expect.objectContaining({ kind: 'scheme' }),
    );
  },
};

export const NoUrl: Story = { parameters: redirecting({}, anyPhone) };

export const Korean: Story = {
  parameters: { batchPay: { ...redirecting(wapUrls, anyPhone).batchPay, locale: 'ko-KR', catalogues: [ko] } },
};

export const Dark: Story = {
  args: { qrCode: QrCode, terminalType: 'WEB' },
  parameters: { batchPay: { ...redirecting(webUrls, desktop).batchPay, theme: 'dark' } },
};

export const RightToLeft: Story = {
  parameters: { batchPay: { ...redirecting(wapUrls, anyPhone).batchPay, dir: 'rtl', locale: 'ar' } },
};

/** No device of its own: the plan is the one of the toolbar's "Device" (the machine is told that device's browser). */
const followsToolbar = { batchPay: { checkoutState: (env: PlanEnvironment) => redirectingState(wapUrls, env) } };

export const ToolbarDevice: Story = {
  parameters: followsToolbar,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'Paying with KakaoPay' })).toBeVisible();
  },
};

export const ToolbarDeviceAndroidChrome: Story = {
  parameters: followsToolbar,
  globals: { device: 'android-chrome' },
  play: async ({ args }) => {
    // Android Chrome gets the scheme as an intent:// URL, fired first.
    await expect(args.navigate).toHaveBeenCalledWith(
      expect.stringMatching(/^intent:\/\/kakaopay\/pay\?token=story#Intent;scheme=kakaotalk;/),
      expect.objectContaining({ kind: 'scheme' }),
    );
  },
};

export const ToolbarDeviceAndroidWebView: Story = {
  parameters: followsToolbar,
  globals: { device: 'android-webview' },
  play: async ({ args }) => {
    // A WebView fires the scheme from a hidden iframe: a failure stays silent and the page lives.
    await expect(args.navigate).toHaveBeenCalledWith(wapUrls.schemeUrl, expect.objectContaining({ fire: 'iframe' }));
  },
};

export const ToolbarDeviceDesktop: Story = {
  parameters: followsToolbar,
  globals: { device: 'desktop' },
  play: async ({ args }) => {
    await expect(args.navigate).toHaveBeenCalledWith(wapUrls.normalUrl, expect.objectContaining({ kind: 'normal' }));
  },
};
