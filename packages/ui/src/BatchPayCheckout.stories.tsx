import { type BatchPayHandlersOptions, batchPayHandlers } from '@batchpay/react/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { BatchPayCheckout } from './BatchPayCheckout.js';
import { QrCode } from './QrCode.js';
import { merchantDocs } from './test-utils/merchantDocs.js';
import { pickerMethods } from './test-utils/storyFixtures.js';

// The merchant API as @batchpay/react/testing emulates it (the handlers merchants use in their own tests).
const backend = (options: BatchPayHandlersOptions = {}) =>
  batchPayHandlers({ methods: pickerMethods, outcome: 'paid', ...options });

const meta = {
  title: 'UI/BatchPayCheckout',
  component: BatchPayCheckout,
  // Inside the story's BatchPayProvider: no apiBaseUrl needed (a shop passes `apiBaseUrl="/api"`-style bases).
  args: { cartId: 'cart_story', qrCode: QrCode, contactHref: 'mailto:help@shop.example' },
  parameters: {
    ...merchantDocs(
      "The drop-in checkout: the orders per seller, the payment methods sorted for the buyer's region, Pay, the way to the wallet (manual links, the opt-in QR code on a desktop) and the result of every order. The page the buyer returns to (`?checkout=…`) shows the result with the same component. Every state it can show is in **Flows/Every buyer state**.",
      `import { BatchPayCheckout } from '@batchpay/ui';
  import { ko } from '@batchpay/ui/locales/ko';
  import '@batchpay/ui/styles.css';
  
  export function CheckoutPage({ cartId }: { cartId: string }) {
    return <BatchPayCheckout apiBaseUrl="/api" cartId={cartId} locale="ko-KR" catalogues={[ko]} />;
  }`,
      // Each story in its own frame on the Docs page: its own MSW handlers and its own checkout machine.
      { story: { inline: false, height: '36rem' } },
    ),
    batchPay: { userRegion: 'KR' },
    msw: { handlers: backend() },
  },
} satisfies Meta<typeof BatchPayCheckout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The drop-in: orders per merchant, KakaoPay first for a Korean buyer, Pay, and the paid result. */
export const Checkout: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('radio', { name: 'KakaoPay' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Pay $39.99' }));
    await expect(await canvas.findByRole('heading', { name: 'Payment complete' })).toBeVisible();
  },
};

/** Loading: fixed-size placeholders hold the place of the orders and the methods. */
export const Loading: Story = {
  parameters: { msw: { handlers: backend({ load: 'slow' }) } },
};

/** The cart did not load: the reason and Retry. */
export const CartLoadError: Story = {
  parameters: { msw: { handlers: backend({ load: 'error' }) } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your orders could not be loaded.');
  },
};

/** Branded: a logo slot, headings one level down, the shop's footer line. */
export const Branded: Story = {
  args: {
    logo: <strong>Northwind Market</strong>,
    headingLevel: 3,
    footer: 'Payments are handled by Antom. Questions? help@northwind.example',
  },
};
