import {
  type BatchPayOutcome,
  type CheckoutStatus,
  type CheckoutView,
  type FailedOutcome,
  failedOutcome,
} from '@batchpay/core';

export const scheme = 'alipays://platformapi/startapp?x=1';
export const applink = 'https://render.alipay.com/p/s/ulink?x=1';
export const normal = 'https://cashier.example.com/pay?x=1';

export const redirectAll: Extract<BatchPayOutcome, { kind: 'redirect' }> = {
  kind: 'redirect',
  urls: { schemeUrl: scheme, applinkUrl: applink, normalUrl: normal },
  orderSummaries: [],
};

export const succeededOutcome: Extract<BatchPayOutcome, { kind: 'succeeded' }> = {
  kind: 'succeeded',
  code: 'SUCCESS',
  orderSummaries: [
    {
      referenceOrderId: 'o-1',
      referenceMerchantId: 'SELLER_A',
      paymentId: 'p-1',
      orderAmount: { currency: 'USD', value: '1000' },
    },
  ],
};

/** Antom's PAYMENT_UNCONFIRMED kit failure as the server sends it (resultStatus U, retry never). */
export const unconfirmedOutcome: FailedOutcome = {
  kind: 'failed',
  code: 'PAYMENT_UNCONFIRMED',
  status: 'U',
  retry: 'never',
  messageKey: 'result.PAYMENT_UNCONFIRMED',
  message: 'PAYMENT_UNCONFIRMED',
};

type OrderStatus = CheckoutView['orders'][number]['status'];

/** The server's view of a checkout with two orders (both in `orderStatuses`, default: following the status). */
export function checkoutView(
  status: CheckoutStatus,
  checkoutId = 'co-1',
  extra: Partial<CheckoutView> & { orderStatuses?: [OrderStatus, OrderStatus] } = {},
): CheckoutView {
  const { orderStatuses, ...rest } = extra;
  const follow: OrderStatus = status === 'succeeded' ? 'succeeded' : status === 'processing' ? 'processing' : 'failed';
  const [a = follow, b = follow] = orderStatuses ?? [];
  return {
    checkoutId,
    status,
    final: status !== 'processing',
    batchPaymentRequestId: `bpr_${checkoutId}`,
    paymentMethodType: 'KAKAOPAY',
    paymentAmount: { currency: 'USD', value: '3000' },
    createdAt: '2026-11-25T10:00:00Z',
    updatedAt: '2026-11-25T10:00:05Z',
    outcome: redirectAll,
    orders: [
      {
        referenceOrderId: 'o-1',
        referenceMerchantId: 'SELLER_A',
        merchantName: 'Seller A',
        orderDescription: 'Shoes',
        orderAmount: { currency: 'USD', value: '1000' },
        status: a,
      },
      {
        referenceOrderId: 'o-2',
        referenceMerchantId: 'SELLER_B',
        merchantName: 'Seller B',
        orderDescription: 'Insurance',
        orderAmount: { currency: 'USD', value: '2000' },
        status: b,
      },
    ],
    ...rest,
  };
}

export { failedOutcome };
