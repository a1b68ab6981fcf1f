import type { PaymentMethodOption } from './paymentMethods.js';

/** A wallet of the Alipay+ network (spec section 10). */
export interface PaymentMethodInfo {
  readonly paymentMethodType: string;
  readonly displayName: string;
  /** ISO 3166 alpha-2 home region of the wallet. */
  readonly region: string;
  readonly currency: string;
}

const entries: ReadonlyArray<readonly [string, string, string, string]> = [
  ['ALIPAY_CN', 'Alipay', 'CN', 'CNY'],
  ['ALIPAY_HK', 'AlipayHK', 'HK', 'HKD'],
  ['DANA', 'DANA', 'ID', 'IDR'],
  ['KREDIVO_ID', 'Kredivo', 'ID', 'IDR'],
  ['DOKU', 'DOKU', 'ID', 'IDR'],
  ['BOOST', 'Boost', 'MY', 'MYR'],
  ['TNG', "Touch 'n Go eWallet", 'MY', 'MYR'],
  ['GCASH', 'GCash', 'PH', 'PHP'],
  ['MAYA', 'Maya', 'PH', 'PHP'],
  ['BPI', 'BPI', 'PH', 'PHP'],
  ['BILLEASE', 'BillEase', 'PH', 'PHP'],
  ['AKULAKU_PAYLATER', 'Akulaku PayLater', 'PH', 'PHP'],
  ['KAKAOPAY', 'KakaoPay', 'KR', 'KRW'],
  ['NAVERPAY', 'NAVER Pay', 'KR', 'KRW'],
  ['TOSSPAY', 'Toss Pay', 'KR', 'KRW'],
  ['TRUEMONEY', 'TrueMoney', 'TH', 'THB'],
  ['RABBIT_LINE_PAY', 'Rabbit LINE Pay', 'TH', 'THB'],
  ['KPLUS', 'K PLUS', 'TH', 'THB'],
  ['GRABPAY_SG', 'GrabPay SG', 'SG', 'SGD'],
];

/** The Alipay+ wallets the spec lists (section 10), by `paymentMethodType`: display name, home region, currency. */
export const paymentMethodCatalogue: Readonly<Record<string, PaymentMethodInfo>> = Object.fromEntries(
  entries.map(([paymentMethodType, displayName, region, currency]) => [
    paymentMethodType,
    { paymentMethodType, displayName, region, currency },
  ]),
);

/** The name to show: the merchant's, else the catalogue's, else the code itself. */
export function methodDisplayName(method: PaymentMethodOption): string {
  return (
    method.displayName ??
    paymentMethodCatalogue[method.paymentMethodType.toUpperCase()]?.displayName ??
    method.paymentMethodType
  );
}
