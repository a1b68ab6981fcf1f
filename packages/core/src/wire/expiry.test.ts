import { describe, expect, it } from 'vitest';
import { checkPaymentExpiryTime, defaultPaymentExpiry, defaultPaymentExpiryMs, isBankTransfer } from '../index';

const now = new Date('2026-11-25T04:00:00Z');

describe('expiry defaults', () => {
  it('is 14 minutes, and 48 hours for bank transfer', () => {
    expect(defaultPaymentExpiryMs('KAKAOPAY')).toBe(14 * 60_000);
    expect(defaultPaymentExpiryMs('BANK_TRANSFER')).toBe(48 * 3_600_000);
    expect(defaultPaymentExpiry('GCASH', now).toISOString()).toBe('2026-11-25T04:14:00.000Z');
    expect(defaultPaymentExpiry('BANKTRANSFER_QUICKPAY', now).toISOString()).toBe('2026-11-27T04:00:00.000Z');
  });

  it('recognises bank transfer codes', () => {
    expect(isBankTransfer('BANK_TRANSFER')).toBe(true);
    expect(isBankTransfer('bank_transfer')).toBe(true);
    expect(isBankTransfer('BANKTRANSFER_PAY')).toBe(true);
    expect(isBankTransfer('KAKAOPAY')).toBe(false);
    expect(isBankTransfer('CARD')).toBe(false);
  });
});

describe('checkPaymentExpiryTime', () => {
  const check = (value: string, paymentMethodType = 'KAKAOPAY') =>
    checkPaymentExpiryTime(value, { paymentMethodType, now });

  it('accepts a time after now and under the limit, in any offset', () => {
    expect(check('2026-11-25T04:09:59Z')).toBeNull();
    expect(check('2026-11-25T12:09:59+08:00')).toBeNull();
    expect(check('2026-11-25T12:00:01.500+08:00')).toBeNull();
    expect(check('2026-11-27T03:59:59Z', 'BANK_TRANSFER')).toBeNull();
  });

  it('refuses 10 minutes or more (48 h for bank transfer), with the fix', () => {
    expect(check('2026-11-25T04:10:00Z')).toMatch(/less than 10 minutes.*leave it out/);
    expect(check('2026-11-25T04:14:00Z')).toMatch(/less than 10 minutes/);
    expect(check('2026-11-27T04:00:00Z', 'BANK_TRANSFER')).toMatch(/48 hours for bank transfer/);
    expect(check('2026-11-25T05:00:00Z', 'BANK_TRANSFER')).toBeNull();
  });

  it('refuses now and the past', () => {
    expect(check('2026-11-25T04:00:00Z')).toMatch(/past/);
    expect(check('2026-11-25T03:00:00Z')).toMatch(/past/);
  });

  it.each(['2026-11-25 04:05:00', '2026-11-25T04:05:00', '1764043500000', '', '2026-11-25T04:05Z'])(
    'refuses the format %j, showing one that works',
    (value) => {
      expect(check(value)).toMatch(/ISO 8601.*2019-11-27T12:01:01\+08:00/);
    },
  );

  it.each(['2026-13-45T04:05:00Z', '2026-02-30T04:05:00Z', '2026-11-31T04:05:00Z', '2026-11-25T24:00:00Z'])(
    'refuses %j: it matches the pattern but is not on the calendar',
    (value) => {
      expect(check(value, 'BANK_TRANSFER')).toMatch(/not a real date-time/);
    },
  );

  it('accepts a leap day', () => {
    const leap = new Date('2028-02-29T03:00:00Z');
    expect(checkPaymentExpiryTime('2028-02-29T03:05:00Z', { paymentMethodType: 'GCASH', now: leap })).toBeNull();
  });
});
