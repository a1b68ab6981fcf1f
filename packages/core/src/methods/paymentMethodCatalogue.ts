import { methodRegion, type PaymentMethodOption } from './paymentMethods.js';

/** A wallet of the Alipay+ network (spec section 10). */
export interface PaymentMethodInfo {
  readonly paymentMethodType: string;
  readonly displayName: string;
  /** ISO 3166 alpha-2 home region of the wallet. */
  readonly region: string;
  readonly currency: string;
}

/** The currency of each home region (paymentMethods.ts holds which wallet is from which region). */
const currencies: Readonly<Record<string, string>> = {
  CN: 'CNY',
  HK: 'HKD',
  ID: 'IDR',
  MY: 'MYR',
  PH: 'PHP',
  KR: 'KRW',
  TH: 'THB',
  SG: 'SGD',
};

/** Display names by `paymentMethodType` (a Map, pure: the names are what a browser needs, the catalogue is not). */
const names: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['ALIPAY_CN', 'Alipay'],
  ['ALIPAY_HK', 'AlipayHK'],
  ['DANA', 'DANA'],
  ['KREDIVO_ID', 'Kredivo'],
  ['DOKU', 'DOKU'],
  ['BOOST', 'Boost'],
  ['TNG', "Touch 'n Go eWallet"],
  ['GCASH', 'GCash'],
  ['MAYA', 'Maya'],
  ['BPI', 'BPI'],
  ['BILLEASE', 'BillEase'],
  ['AKULAKU_PAYLATER', 'Akulaku PayLater'],
  ['KAKAOPAY', 'KakaoPay'],
  ['NAVERPAY', 'NAVER Pay'],
  ['TOSSPAY', 'Toss Pay'],
  ['TRUEMONEY', 'TrueMoney'],
  ['RABBIT_LINE_PAY', 'Rabbit LINE Pay'],
  ['KPLUS', 'K PLUS'],
  ['GRABPAY_SG', 'GrabPay SG'],
]);

/** The Alipay+ wallets the spec lists (section 10), by `paymentMethodType`: display name, home region, currency. */
export const paymentMethodCatalogue: Readonly<Record<string, PaymentMethodInfo>> = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ Array.from(names, ([paymentMethodType, displayName]) => {
    const region = methodRegion({ paymentMethodType }) ?? '';
    return [paymentMethodType, { paymentMethodType, displayName, region, currency: currencies[region] ?? '' }];
  }),
);

/** The name to show: the merchant's, else the catalogue's, else the code itself. */
export function methodDisplayName(method: PaymentMethodOption): string {
  return method.displayName ?? names.get(method.paymentMethodType.toUpperCase()) ?? method.paymentMethodType;
}
