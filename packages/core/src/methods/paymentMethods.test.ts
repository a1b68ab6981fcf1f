import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isHomeRegionMethod,
  methodDisplayName,
  methodRegion,
  type PaymentMethodOption,
  paymentMethodCatalogue,
  regionFromLocale,
  sortPaymentMethods,
} from '../index';

const merchantOrder: PaymentMethodOption[] = [
  { paymentMethodType: 'GCASH' },
  { paymentMethodType: 'KAKAOPAY' },
  { paymentMethodType: 'ALIPAY_CN' },
  { paymentMethodType: 'TOSSPAY' },
  { paymentMethodType: 'TRUEMONEY' },
  { paymentMethodType: 'NAVERPAY' },
];
const types = (methods: PaymentMethodOption[]) => methods.map((m) => m.paymentMethodType);

describe('paymentMethodCatalogue', () => {
  it('has the Alipay+ wallets of the spec with their home regions', () => {
    expect(paymentMethodCatalogue.KAKAOPAY).toMatchObject({ displayName: 'KakaoPay', region: 'KR', currency: 'KRW' });
    expect(paymentMethodCatalogue.GCASH).toMatchObject({ region: 'PH', currency: 'PHP' });
    expect(paymentMethodCatalogue.DANA).toMatchObject({ region: 'ID', currency: 'IDR' });
    expect(paymentMethodCatalogue.ALIPAY_HK).toMatchObject({ region: 'HK' });
    for (const [key, info] of Object.entries(paymentMethodCatalogue)) {
      expect(info.paymentMethodType).toBe(key);
      expect(info.region).toMatch(/^[A-Z]{2}$/);
      expect(info.currency).toMatch(/^[A-Z]{3}$/);
    }
  });
});

describe('sortPaymentMethods', () => {
  it("puts the user's region first and keeps the merchant's order for the rest", () => {
    expect(types(sortPaymentMethods(merchantOrder, 'KR'))).toEqual([
      'KAKAOPAY',
      'TOSSPAY',
      'NAVERPAY',
      'GCASH',
      'ALIPAY_CN',
      'TRUEMONEY',
    ]);
  });

  it('ignores case and surrounding space in the region', () => {
    const expected = types(sortPaymentMethods(merchantOrder, 'KR'));
    expect(types(sortPaymentMethods(merchantOrder, 'kr'))).toEqual(expected);
    expect(types(sortPaymentMethods(merchantOrder, ' Kr '))).toEqual(expected);
    const lowerCaseCodes = merchantOrder.map((m) => ({ paymentMethodType: m.paymentMethodType.toLowerCase() }));
    expect(types(sortPaymentMethods(lowerCaseCodes, 'KR'))).toEqual(expected.map((t) => t.toLowerCase()));
  });

  it.each([undefined, '', 'ZZ', 'XX', 'KOR', 'K', '12'])('region %j changes nothing', (region) => {
    expect(sortPaymentMethods(merchantOrder, region)).toEqual(merchantOrder);
  });

  it("uses the merchant's region over the catalogue's, and leaves unknown methods in place", () => {
    const methods: PaymentMethodOption[] = [
      { paymentMethodType: 'MYSTERY_WALLET' },
      { paymentMethodType: 'LOCAL_KR_WALLET', region: 'kr' },
      { paymentMethodType: 'KAKAOPAY', region: 'PH' },
    ];
    expect(types(sortPaymentMethods(methods, 'KR'))).toEqual(['LOCAL_KR_WALLET', 'MYSTERY_WALLET', 'KAKAOPAY']);
  });

  it('returns a new array and keeps the objects (disabled ones included)', () => {
    const methods = [{ paymentMethodType: 'GCASH' }, { paymentMethodType: 'KAKAOPAY', disabled: true }];
    const sorted = sortPaymentMethods(methods, 'KR');
    expect(sorted).not.toBe(methods);
    expect(sorted[0]).toBe(methods[1]);
    expect(methods.map((m) => m.paymentMethodType)).toEqual(['GCASH', 'KAKAOPAY']);
  });

  it('is a stable partition for any list and region (property)', () => {
    const codes = [...Object.keys(paymentMethodCatalogue), 'UNKNOWN_1', 'UNKNOWN_2'];
    const method = fc.record({ paymentMethodType: fc.constantFrom(...codes), id: fc.nat() });
    const region = fc.constantFrom('KR', 'ph', 'Id', 'TH', 'ZZ', undefined, '');
    fc.assert(
      fc.property(fc.array(method, { maxLength: 25 }), region, (methods, userRegion) => {
        const tagged = methods.map((m, index) => ({ ...m, index }));
        const sorted = sortPaymentMethods(tagged, userRegion);
        // Same elements.
        expect([...sorted].sort((a, b) => a.index - b.index)).toEqual(tagged);
        const home = sorted.filter((m) => isHomeRegionMethod(m, userRegion));
        const rest = sorted.filter((m) => !isHomeRegionMethod(m, userRegion));
        // Home first, then the rest, each in the merchant's order.
        expect(sorted).toEqual([...home, ...rest]);
        expect(home.map((m) => m.index)).toEqual([...home.map((m) => m.index)].sort((a, b) => a - b));
        expect(rest.map((m) => m.index)).toEqual([...rest.map((m) => m.index)].sort((a, b) => a - b));
        // Sorting twice changes nothing.
        expect(sortPaymentMethods(sorted, userRegion)).toEqual(sorted);
      }),
    );
  });
});

describe('method helpers', () => {
  it('methodRegion and methodDisplayName fall back to the catalogue, then to the code', () => {
    expect(methodRegion({ paymentMethodType: 'tosspay' })).toBe('KR');
    expect(methodRegion({ paymentMethodType: 'UNKNOWN' })).toBeUndefined();
    expect(methodDisplayName({ paymentMethodType: 'TNG' })).toBe("Touch 'n Go eWallet");
    expect(methodDisplayName({ paymentMethodType: 'TNG', displayName: 'TnG' })).toBe('TnG');
    expect(methodDisplayName({ paymentMethodType: 'UNKNOWN' })).toBe('UNKNOWN');
  });

  it('isHomeRegionMethod is false without a usable region', () => {
    expect(isHomeRegionMethod({ paymentMethodType: 'KAKAOPAY' }, 'kr')).toBe(true);
    expect(isHomeRegionMethod({ paymentMethodType: 'KAKAOPAY' }, undefined)).toBe(false);
    expect(isHomeRegionMethod({ paymentMethodType: 'UNKNOWN' }, 'KR')).toBe(false);
  });
});

describe('regionFromLocale', () => {
  it.each([
    ['ko-KR', 'KR'],
    ['ko_kr', 'KR'],
    ['en-US', 'US'],
    ['zh-Hant-HK', 'HK'],
    ['sr-Latn-RS', 'RS'],
    ['th-TH-u-nu-thai', 'TH'],
    ['en', undefined],
    ['es-419', undefined],
    ['th-u-nu-thai', undefined],
    ['en-x-kr', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (locale, region) => {
    expect(regionFromLocale(locale)).toBe(region);
  });
});
