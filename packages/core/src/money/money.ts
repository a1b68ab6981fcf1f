import type { Amount } from '../wire/batchPaySchemas.js';

/** A money operation that cannot be done exactly; the message names the field and the fix. */
export class MoneyError extends Error {
  override readonly name = 'MoneyError';
}

/**
 * Decimal places of `Amount.value` per currency (ISO 4217, as Antom's currency table lists them). CLP, JPY, KRW and
 * VND have none. IDR has two, and its values must end in "00" (Antom: no fractional rupiah).
 */
const exponents: Record<string, number> = {
  CLP: 0,
  JPY: 0,
  KRW: 0,
  VND: 0,
  ISK: 0,
  BHD: 3,
  JOD: 3,
  KWD: 3,
  OMR: 3,
  TND: 3,
};

/** Minor-unit digits of a currency: 0 for JPY, KRW, VND, CLP; 3 for KWD and kin; 2 otherwise. */
export function currencyExponent(currency: string): number {
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new MoneyError(`currency "${currency}" is not an ISO 4217 code: use 3 capital letters such as "USD"`);
  }
  return exponents[currency] ?? 2;
}

/** True for a string of digits without sign, point or leading zero ("0" allowed). */
export function isMinorUnits(value: string): boolean {
  return /^(0|[1-9]\d*)$/.test(value);
}

/**
 * "12.34" USD → "1234". Refuses more decimals than the currency has (no silent rounding of money) and, for IDR,
 * a value that is not a whole number of rupiah.
 */
export function toMinorUnits(major: string, currency: string): string {
  const exponent = currencyExponent(currency);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(major.trim());
  if (!match) {
    throw new MoneyError(`amount "${major}" is not a decimal number: write it like "12.34", without sign or grouping`);
  }
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) {
    throw new MoneyError(
      `amount "${major}" has ${fraction.length} decimals but ${currency} has ${exponent}: round it before converting`,
    );
  }
  const minor = BigInt(whole + fraction.padEnd(exponent, '0')).toString();
  if (currency === 'IDR' && !minor.endsWith('00') && minor !== '0') {
    throw new MoneyError(
      `amount "${major}" IDR must be a whole number of rupiah: Antom requires the last two digits "00"`,
    );
  }
  return minor;
}

/** "1234" USD → "12.34"; "1000" JPY → "1000". */
export function fromMinorUnits(value: string, currency: string): string {
  if (!isMinorUnits(value)) {
    throw new MoneyError(`value "${value}" is not in minor units: use a whole number as a string, such as "1234"`);
  }
  const exponent = currencyExponent(currency);
  if (exponent === 0) return value;
  const padded = value.padStart(exponent + 1, '0');
  return `${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}

/** Adds amounts exactly (BigInt). All must share one currency; an empty list has no currency and is refused. */
export function sumAmounts(amounts: readonly Amount[]): Amount {
  const first = amounts[0];
  if (!first) throw new MoneyError('sumAmounts needs at least one amount to know the currency');
  let total = 0n;
  amounts.forEach((amount, index) => {
    if (amount.currency !== first.currency) {
      throw new MoneyError(
        `amounts[${index}].currency is ${amount.currency} but amounts[0].currency is ${first.currency}: ` +
          'convert to one currency before adding',
      );
    }
    if (!isMinorUnits(amount.value)) {
      throw new MoneyError(`amounts[${index}].value "${amount.value}" is not a whole number of minor units`);
    }
    total += BigInt(amount.value);
  });
  return { currency: first.currency, value: total.toString() };
}

/** True when two amounts are the same money (same currency, same minor units). */
export function amountsEqual(a: Amount, b: Amount): boolean {
  return a.currency === b.currency && BigInt(a.value) === BigInt(b.value);
}

/**
 * Locale-aware display: formatAmount({ currency: 'USD', value: '1234' }, 'en-US') → "$12.34".
 * The decimal string goes to Intl.NumberFormat as a string, so no float ever holds the amount.
 */
export function formatAmount(amount: Amount, locale?: string): string {
  const exponent = currencyExponent(amount.currency);
  const decimal = fromMinorUnits(amount.value, amount.currency);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: amount.currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // Intl accepts decimal strings exactly (ES2023 "Intl.NumberFormat v3"); the cast keeps ES2022 typings happy.
  return format.format(decimal as unknown as number);
}
