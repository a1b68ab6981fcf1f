import type { CashierUrls, CheckoutView, Order, PaymentMethodOption } from '@batchpay/core';
import { testCart, testCheckoutView } from '@batchpay/react/testing';
import { order, threeOrders } from './fixtures.js';

export { methods, order, threeOrders } from './fixtures.js';

const merchants = [
  ['SELLER_A', 'Seoul Sneakers'],
  ['SELLER_B', 'Busan Books'],
  ['SELLER_C', 'Incheon Instruments'],
  ['SELLER_D', 'Daegu Design Lab'],
] as const;

/** Ten orders from four merchants (the batchPay maximum). */
export const tenOrders: Order[] = Array.from({ length: 10 }, (_, i) => {
  const [id, name] = merchants[i % merchants.length] ?? merchants[0];
  return order(`T-${i + 1}`, id, name, String(990 + i * 1250), {
    orderDescription: `Item ${i + 1}: ${['Sneakers', 'Novel', 'Ukulele strings', 'Desk lamp', 'Socks'][i % 5]}`,
  });
});

export const longNameOrders: Order[] = [
  order(
    'L-1',
    'SELLER_LONG',
    'The Extraordinarily Long-Named Handmade Ceramics and Kitchenware Cooperative of Jeju',
    '45000',
    {
      orderDescription:
        'Hand-thrown stoneware dinner set for six people, glazed in volcanic ash blue, with matching serving bowls',
    },
  ),
  order('L-2', 'SELLER_B', 'Busan Books', '1200'),
];

export const rtlOrders: Order[] = [
  order('R-1', 'SELLER_DXB', 'متجر دبي للعطور', '12500', { orderDescription: 'عطر العود الفاخر' }, 'USD'),
  order('R-2', 'SELLER_AMM', 'مكتبة عمّان', '3400', { orderDescription: 'رواية مترجمة' }, 'USD'),
];

export const inconsistentOrders: Order[] = [
  order('A-1', 'SELLER_A', 'Seoul Sneakers', '1500'),
  order('B-1', 'SELLER_B', 'Busan Books', '2000', {}, 'EUR'),
];

export const krwOrders: Order[] = [
  order('K-1', 'SELLER_A', '서울 스니커즈', '59000', { orderDescription: '러닝화' }, 'KRW'),
  order('K-2', 'SELLER_B', '부산 책방', '18000', { orderDescription: '소설 두 권' }, 'KRW'),
];

export const pickerMethods: PaymentMethodOption[] = [
  { paymentMethodType: 'ALIPAY_CN' },
  { paymentMethodType: 'ALIPAY_HK' },
  { paymentMethodType: 'KAKAOPAY' },
  { paymentMethodType: 'NAVERPAY' },
  { paymentMethodType: 'TOSSPAY', disabled: true, disabledReason: 'Toss Pay is under maintenance until 6 pm.' },
  { paymentMethodType: 'GCASH' },
  { paymentMethodType: 'MAYA' },
  { paymentMethodType: 'TRUEMONEY' },
  { paymentMethodType: 'DANA' },
  { paymentMethodType: 'TNG' },
];

/** A phone's three cashier URLs (KakaoPay): applink, scheme and the cashier page. */
export const wapUrls = {
  applinkUrl: 'https://kakaopay.example/app/pay?token=story',
  schemeUrl: 'kakaotalk://kakaopay/pay?token=story',
  normalUrl: 'https://cashier.example/pay?token=story',
} satisfies CashierUrls;

/** A desktop buyer's URLs: the cashier page and an app link (for the QR code). */
export const webUrls = {
  normalUrl: 'https://cashier.example/pay?token=desktop',
  applinkUrl: 'https://kakaopay.example/app/pay?token=desktop',
} satisfies CashierUrls;

/** A phone whose OS is unknown: the plan walks all three URLs in turn (applink, scheme, normal). */
export const anyPhone = { terminalType: 'WAP' } as const;
export const desktop = { terminalType: 'WEB', browser: 'desktop' } as const;

/** The server's view of the three orders' checkout, still processing, as @batchpay/react/testing answers it. */
export function checkoutView(partial: Partial<CheckoutView> = {}): CheckoutView {
  return {
    ...testCheckoutView('redirect', { cart: testCart(threeOrders, 'cart_story'), checkoutId: 'co_story' }),
    ...partial,
  };
}
