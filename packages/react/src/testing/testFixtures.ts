import type { CartView, CashierUrls, Order, PaymentMethodOption } from '@batchpay/core';

/** One order of a test cart: `value` in minor units, as a string (`'1500'` is $15.00). */
export function testOrder(
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

/** Three orders from two sellers, $39.99 in all. */
export const testOrders: Order[] = [
  testOrder('A-1', 'SELLER_A', 'Seoul Sneakers', '1500', {
    orderDescription: 'Running shoes',
    goods: [{ referenceGoodsId: 'G-1', goodsName: 'Trail runner', goodsQuantity: '1' }],
  }),
  testOrder('B-1', 'SELLER_B', 'Busan Books', '2000', { orderDescription: 'Two novels' }),
  testOrder('A-2', 'SELLER_A', 'Seoul Sneakers', '499', { orderDescription: 'Socks' }),
];

/** A cart of `orders` as `GET /api/carts/:id` answers it: the total is the sum of the orders (integer minor units). */
export function testCart(orders: readonly Order[] = testOrders, cartId = 'cart_test'): CartView {
  const currency = orders[0]?.orderAmount.currency ?? 'USD';
  const total = orders.reduce((sum, o) => sum + BigInt(o.orderAmount.value), 0n);
  return { cartId, orders: [...orders], paymentAmount: { currency, value: total.toString() } };
}

/** Wallets of several home regions, one of them disabled with its reason. */
export const testMethods: PaymentMethodOption[] = [
  { paymentMethodType: 'ALIPAY_CN' },
  { paymentMethodType: 'GCASH' },
  { paymentMethodType: 'KAKAOPAY' },
  { paymentMethodType: 'TOSSPAY', disabled: true, disabledReason: 'Toss Pay is under maintenance until 6 pm.' },
  { paymentMethodType: 'NAVERPAY' },
  { paymentMethodType: 'TRUEMONEY' },
];

/** A wallet's three cashier URLs as Antom answers PAYMENT_IN_PROCESS: app link, scheme and the cashier page. */
export const testCashierUrls = {
  applinkUrl: 'https://wallet.example/app/pay?token=test',
  schemeUrl: 'wallet://pay?token=test',
  normalUrl: 'https://cashier.example/pay?token=test',
} satisfies CashierUrls;
