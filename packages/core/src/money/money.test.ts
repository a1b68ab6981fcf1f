import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Amount } from '../index';
import {
  amountsEqual,
  currencyExponent,
  formatAmount,
  fromMinorUnits,
  isMinorUnits,
  MoneyError,
  sumAmounts,
  toMinorUnits,
} from '../index';

/** A whole number of minor units as money travels: digits, no sign, no leading zero. */
const minorUnits = fc.bigInt({ min: 0n, max: 10n ** 30n }).map((n) => n.toString());
const byExponent = { 0: ['JPY', 'KRW', 'VND', 'CLP'], 2: ['USD', 'EUR', 'SGD'], 3: ['KWD', 'BHD'] } as const;

describe('currencyExponent', () => {
  it('has none for JPY, KRW, VND, CLP; three for KWD; two for USD, EUR and IDR', () => {
    for (const c of byExponent[0]) expect(currencyExponent(c)).toBe(0);
    for (const c of byExponent[3]) expect(currencyExponent(c)).toBe(3);
    for (const c of ['USD', 'EUR', 'IDR', 'CNY']) expect(currencyExponent(c)).toBe(2);
  });

  it.each(['usd', 'US', 'USDT', ''])('refuses %j, naming the fix', (c) => {
    expect(() => currencyExponent(c)).toThrow(MoneyError);
    expect(() => currencyExponent(c)).toThrow(/ISO 4217/);
  });
});

describe('toMinorUnits / fromMinorUnits', () => {
  it('converts the documented examples', () => {
    expect(toMinorUnits('12.34', 'USD')).toBe('1234');
    expect(toMinorUnits('12.3', 'USD')).toBe('1230');
    expect(toMinorUnits('12', 'USD')).toBe('1200');
    expect(toMinorUnits('0.05', 'USD')).toBe('5');
    expect(toMinorUnits('33000', 'KRW')).toBe('33000');
    expect(toMinorUnits('1.234', 'KWD')).toBe('1234');
    expect(toMinorUnits('15000', 'IDR')).toBe('1500000');
    expect(fromMinorUnits('1234', 'USD')).toBe('12.34');
    expect(fromMinorUnits('5', 'USD')).toBe('0.05');
    expect(fromMinorUnits('0', 'USD')).toBe('0.00');
    expect(fromMinorUnits('1000', 'JPY')).toBe('1000');
    expect(fromMinorUnits('5', 'KWD')).toBe('0.005');
  });

  it('keeps digits beyond float precision exact', () => {
    expect(toMinorUnits('12345678901234567.89', 'USD')).toBe('1234567890123456789');
    expect(fromMinorUnits('1234567890123456789', 'USD')).toBe('12345678901234567.89');
  });

  for (const exponent of [0, 2, 3] as const) {
    it(`round trips minor → major → minor for exponent ${exponent}`, () => {
      fc.assert(
        fc.property(minorUnits, fc.constantFrom(...byExponent[exponent]), (minor, currency) => {
          const major = fromMinorUnits(minor, currency);
          expect(major.includes('.')).toBe(exponent > 0);
          if (exponent > 0) expect(major.split('.')[1]).toHaveLength(exponent);
          expect(toMinorUnits(major, currency)).toBe(minor);
        }),
      );
    });

    it(`round trips major → minor → major for exponent ${exponent}`, () => {
      const major = fc
        .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.bigInt({ min: 0n, max: 10n ** BigInt(exponent) - 1n }))
        .map(([whole, frac]) =>
          exponent === 0 ? whole.toString() : `${whole}.${frac.toString().padStart(exponent, '0')}`,
        );
      fc.assert(
        fc.property(major, fc.constantFrom(...byExponent[exponent]), (value, currency) => {
          expect(fromMinorUnits(toMinorUnits(value, currency), currency)).toBe(value);
        }),
      );
    });
  }

  it.each([
    ['1e3', 'USD', /decimal number/],
    ['-5', 'USD', /decimal number/],
    ['-0.01', 'USD', /decimal number/],
    ['1,234.00', 'USD', /decimal number/],
    ['12.', 'USD', /decimal number/],
    ['.5', 'USD', /decimal number/],
    ['NaN', 'USD', /decimal number/],
    ['Infinity', 'USD', /decimal number/],
    ['0x10', 'USD', /decimal number/],
    ['', 'USD', /decimal number/],
    ['12.345', 'USD', /3 decimals but USD has 2/],
    ['100.5', 'JPY', /1 decimals but JPY has 0/],
    ['1.2345', 'KWD', /4 decimals but KWD has 3/],
    ['12.34', 'IDR', /whole number of rupiah/],
    ['0.50', 'IDR', /whole number of rupiah/],
  ])('toMinorUnits(%j, %s) refuses with a message that names the problem', (major, currency, message) => {
    expect(() => toMinorUnits(major, currency)).toThrow(MoneyError);
    expect(() => toMinorUnits(major, currency)).toThrow(message);
  });

  it.each(['-1', '1.5', '01', '1e3', '', ' 1', '１２'])('fromMinorUnits refuses %j', (value) => {
    expect(isMinorUnits(value)).toBe(false);
    expect(() => fromMinorUnits(value, 'USD')).toThrow(/minor units/);
  });
});

describe('sumAmounts', () => {
  const currency = fc.constantFrom('USD', 'KRW', 'KWD');
  const list = fc.tuple(currency, fc.array(minorUnits, { minLength: 1, maxLength: 30 }));

  it('equals the BigInt sum of the values, for any list', () => {
    fc.assert(
      fc.property(list, ([c, values]) => {
        const expected = values.reduce((acc, value) => acc + BigInt(value), 0n).toString();
        expect(sumAmounts(values.map((value) => ({ currency: c, value })))).toEqual({ currency: c, value: expected });
      }),
    );
  });

  it('does not depend on the order of the amounts', () => {
    fc.assert(
      fc.property(
        list.chain(([c, values]) =>
          fc.tuple(
            fc.constant(c),
            fc.constant(values),
            fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }),
          ),
        ),
        ([c, values, shuffled]) => {
          const a = sumAmounts(values.map((value) => ({ currency: c, value })));
          const b = sumAmounts(shuffled.map((value) => ({ currency: c, value })));
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('adds amounts a float would get wrong', () => {
    const amounts: Amount[] = [
      { currency: 'USD', value: '9007199254740993' },
      { currency: 'USD', value: '1' },
    ];
    expect(sumAmounts(amounts).value).toBe('9007199254740994');
  });

  it('refuses mixed currencies, naming the index of the odd one', () => {
    const mixed: Amount[] = [
      { currency: 'USD', value: '100' },
      { currency: 'USD', value: '100' },
      { currency: 'EUR', value: '100' },
    ];
    expect(() => sumAmounts(mixed)).toThrow(MoneyError);
    expect(() => sumAmounts(mixed)).toThrow(/amounts\[2\]\.currency is EUR/);
  });

  it('refuses an empty list and a value that is not minor units', () => {
    expect(() => sumAmounts([])).toThrow(/at least one amount/);
    expect(() => sumAmounts([{ currency: 'USD', value: '1.50' }])).toThrow(/amounts\[0\]\.value/);
    expect(() => sumAmounts([{ currency: 'USD', value: '-1' }])).toThrow(MoneyError);
  });
});

describe('amountsEqual', () => {
  it('compares currency and minor units', () => {
    expect(amountsEqual({ currency: 'USD', value: '100' }, { currency: 'USD', value: '100' })).toBe(true);
    expect(amountsEqual({ currency: 'USD', value: '100' }, { currency: 'EUR', value: '100' })).toBe(false);
    expect(amountsEqual({ currency: 'USD', value: '100' }, { currency: 'USD', value: '101' })).toBe(false);
  });
});

describe('formatAmount (Node 20 ICU)', () => {
  // Intl puts a no-break space (U+00A0) between the digits and a trailing symbol.
  const show = (currency: string, value: string, locale: string) =>
    formatAmount({ currency, value }, locale).replace(/\u00a0/g, ' ');

  it.each([
    ['en-US', 'USD', '1234', '$12.34'],
    ['en-US', 'USD', '123456', '$1,234.56'],
    ['en-US', 'KRW', '33000', '₩33,000'],
    ['en-US', 'JPY', '33000', '¥33,000'],
    ['en-US', 'EUR', '1234', '€12.34'],
    ['ko-KR', 'USD', '1234', 'US$12.34'],
    ['ko-KR', 'KRW', '33000', '₩33,000'],
    ['ko-KR', 'JPY', '33000', 'JP¥33,000'],
    ['ko-KR', 'EUR', '1234', '€12.34'],
    ['ja-JP', 'USD', '1234', '$12.34'],
    ['ja-JP', 'KRW', '33000', '₩33,000'],
    ['ja-JP', 'JPY', '33000', '￥33,000'],
    ['ja-JP', 'EUR', '1234', '€12.34'],
    ['de-DE', 'USD', '1234', '12,34 $'],
    ['de-DE', 'KRW', '33000', '33.000 ₩'],
    ['de-DE', 'JPY', '33000', '33.000 ¥'],
    ['de-DE', 'EUR', '1234', '12,34 €'],
    ['de-DE', 'EUR', '123456', '1.234,56 €'],
  ])('%s %s %s → %s', (locale, currency, value, expected) => {
    expect(show(currency, value, locale)).toBe(expected);
  });

  it('shows every digit of an amount beyond float precision', () => {
    expect(show('USD', '1234567890123456789', 'en-US')).toBe('$12,345,678,901,234,567.89');
  });

  it('shows the currency exponent, not the locale default: KWD with 3 decimals, zero with its decimals', () => {
    expect(show('KWD', '1234', 'en-US')).toMatch(/1\.234$/);
    expect(show('USD', '0', 'en-US')).toBe('$0.00');
  });

  it('refuses a value that is not minor units instead of showing a wrong amount', () => {
    expect(() => formatAmount({ currency: 'USD', value: '12.34' }, 'en-US')).toThrow(MoneyError);
  });
});
