import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { LoadError } from './LoadError.js';
import { merchantDocs } from './test-utils/merchantDocs.js';

const meta = {
  title: 'UI/LoadError',
  component: LoadError,
  args: { message: 'Your orders could not be loaded.', retryLabel: 'Retry', onRetry: fn() },
  parameters: merchantDocs(
    'What a part of the checkout shows when its data did not load: the reason as an alert, and Retry. ' +
      '`<BatchPayCheckout>` uses it for the cart, the payment methods and the status; use it in a checkout of your own.',
    `import { LoadError } from '@batchpay/ui';

const cart = useCart(cartId);
if (cart.error) return <LoadError message="Your orders could not be loaded." retryLabel="Retry" onRetry={cart.refetch} />;`,
  ),
} satisfies Meta<typeof LoadError>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithRetry: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Your orders could not be loaded.');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};
