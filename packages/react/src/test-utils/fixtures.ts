import type { CheckoutView, CreateCheckoutResponse, FailedOutcome, Order } from '@batchpay/core';

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

export function checkoutView(status: CheckoutView['status'], checkoutId = 'chk_1'): CheckoutView {
  const final = status !== 'processing';
  const orderStatus = status === 'succeeded' ? 'succeeded' : status === 'processing' ? 'processing' : 'failed';
  return {
    checkoutId,
    status,
    final,
    batchPaymentRequestId: `bpr_${checkoutId}`,
    paymentMethodType: 'KAKAOPAY',
    paymentAmount: { currency: 'USD', value: '3000' },
    createdAt: '2026-11-25T10:00:00Z',
    updatedAt: '2026-11-25T10:00:05Z',
    outcome: redirectAnswer(checkoutId).outcome,
    orders: [
      {
        referenceOrderId: 'o-1',
        referenceMerchantId: 'SELLER_A',
        merchantName: 'Seller A',
        orderDescription: 'Shoes',
        orderAmount: { currency: 'USD', value: '1000' },
        status: orderStatus,
      },
      {
        referenceOrderId: 'o-2',
        referenceMerchantId: 'SELLER_B',
        merchantName: 'Seller B',
        orderDescription: 'Insurance',
        orderAmount: { currency: 'USD', value: '2000' },
        status: orderStatus,
      },
    ],
  };
}

export function order(id: string, merchant: string, value: string, currency = 'USD'): Order {
  return {
    referenceOrderId: id,
    orderDescription: `Order ${id}`,
    orderAmount: { currency, value },
    merchant: { referenceMerchantId: merchant, merchantName: `Shop ${merchant}` },
  };
}

export { userAgents } from '../../../../fixtures/userAgents.js';
