import type { Order, PaymentMethodOption } from '@batchpay/core';

export function order(
  id: string,
  merchantId: string,
  merchantName: string,
  value: string,
  extra: Partial<Order> = {},
  currency = 'USD',
): Order {
  return {
    referenceOrderId: id,
    orderDescription: `Order ${id}`,
    orderAmount: { currency, value },
    merchant: { referenceMerchantId: merchantId, merchantName },
    ...extra,
  };
}

export const threeOrders: Order[] = [
  order('A-1', 'SELLER_A', 'Seoul Sneakers', '1500', {
    orderDescription: 'Running shoes',
    goods: [{ referenceGoodsId: 'G-1', goodsName: 'Trail runner', goodsQuantity: '1' }],
  }),
  order('B-1', 'SELLER_B', 'Busan Books', '2000', { orderDescription: 'Two novels' }),
  order('A-2', 'SELLER_A', 'Seoul Sneakers', '499', { orderDescription: 'Socks' }),
];

export const methods: PaymentMethodOption[] = [
  { paymentMethodType: 'ALIPAY_CN' },
  { paymentMethodType: 'GCASH' },
  { paymentMethodType: 'KAKAOPAY' },
  { paymentMethodType: 'TOSSPAY', disabled: true, disabledReason: 'Toss Pay is under maintenance until 6 pm.' },
  { paymentMethodType: 'NAVERPAY' },
  { paymentMethodType: 'TRUEMONEY' },
];
