import type { CheckoutView, CreateCheckoutResponse, FailedOutcome, Order } from '@batchpay/core';
import { testCart, testCheckoutView, testOrder } from '../testing/index.js';

export const redirectAnswer = (checkoutId = 'chk_1'): CreateCheckoutResponse => ({
  checkoutId,
  outcome: {
    kind: 'redirect',
    urls: {
      normalUrl: 'https://cashier.example/pay?c=1',
      applinkUrl: 'https://wallet.example/link?c=1',
      schemeUrl: 'wallet://pay?c=1',
    },
    orderSummaries: [],
  },
});

export const succeededAnswer = (checkoutId = 'chk_1'): CreateCheckoutResponse => ({
  checkoutId,
  outcome: { kind: 'succeeded', code: 'SUCCESS', orderSummaries: [] },
});

export const failedAnswer = (
  failure: Partial<FailedOutcome> & Pick<FailedOutcome, 'code' | 'retry'>,
  checkoutId = 'chk_1',
) => ({
  checkoutId,
  outcome: {
    kind: 'failed',
    status: 'F',
    messageKey: `result.${failure.code}`,
    message: 'failed',
    ...failure,
  } satisfies FailedOutcome,
});

/** Two orders of two sellers, $30.00: the cart of the status fixtures. */
const statusCart = testCart(
  [
    testOrder('o-1', 'SELLER_A', 'Seller A', '1000', { orderDescription: 'Shoes' }),
    testOrder('o-2', 'SELLER_B', 'Seller B', '2000', { orderDescription: 'Insurance' }),
  ],
  'cart_1',
);

/** The server's view of checkout `checkoutId` in `status`, as @batchpay/react/testing answers it (one source). */
export function checkoutView(status: 'processing' | 'succeeded' | 'failed', checkoutId = 'chk_1'): CheckoutView {
  const outcome =
    status === 'succeeded' ? 'paid' : status === 'failed' ? { failed: 'USER_BALANCE_NOT_ENOUGH' } : 'redirect';
  return testCheckoutView(outcome, { cart: statusCart, checkoutId });
}

/** An order of seller `merchant` ("Shop <merchant>"). */
export function order(id: string, merchant: string, value: string, currency = 'USD'): Order {
  return testOrder(id, merchant, `Shop ${merchant}`, value, {}, currency);
}

export { userAgents } from '../../../../fixtures/userAgents.js';
