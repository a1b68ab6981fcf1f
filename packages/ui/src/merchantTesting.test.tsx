// A merchant's test of their own checkout page, as the README "Testing your checkout page" shows it: the testing
// entry comes from the package name (@batchpay/react/testing), MSW's node server answers at the network seam.
import { batchPayHandlers, createBatchPayWrapper, testCart } from '@batchpay/react/testing';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BatchPayCheckout } from './BatchPayCheckout.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The merchant's page: their heading and the drop-in. */
function CheckoutPage() {
  return (
    <>
      <h1>Your basket</h1>
      <BatchPayCheckout cartId="cart_test" />
    </>
  );
}

const renderPage = () => render(<CheckoutPage />, { wrapper: createBatchPayWrapper({ userRegion: 'KR' }) });

describe('a merchant tests their checkout page with @batchpay/react/testing', () => {
  it('pays the cart', async () => {
    server.use(...batchPayHandlers({ cart: testCart(), outcome: 'paid' }));
    renderPage();
    await userEvent.click(await screen.findByRole('radio', { name: 'KakaoPay' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pay $39.99' }));
    expect(await screen.findByRole('heading', { name: 'Payment complete' })).toBeVisible();
  });

  it('shows a declined payment and lets the buyer choose another method', async () => {
    server.use(...batchPayHandlers({ outcome: { failed: 'USER_BALANCE_NOT_ENOUGH' } }));
    renderPage();
    await userEvent.click(await screen.findByRole('radio', { name: 'KakaoPay' }));
    await userEvent.click(screen.getByRole('button', { name: 'Pay $39.99' }));
    expect(await screen.findByText('There is not enough money in your payment account.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Choose another payment method' })).toBeVisible();
  });

  it('shows the load error with Retry when the shop is offline', async () => {
    server.use(...batchPayHandlers({ outcome: 'offline' }));
    renderPage();
    expect(await screen.findByText('Your orders could not be loaded.')).toBeVisible();
    // The orders and the payment methods each say so, each with its Retry.
    expect(await screen.findAllByRole('button', { name: 'Retry' })).toHaveLength(2);
  });
});
