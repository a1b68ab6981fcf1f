import { describe, expect, it } from 'vitest';
import { checkoutIdFromUrl } from './checkoutIdFromUrl.js';
import { parsePendingCheckout, serializePendingCheckout } from './pendingCheckout.js';
import { uuidV4FromBytes } from './uuidV4FromBytes.js';

describe('pending checkout record', () => {
  const pending = { idempotencyKey: 'k', cartId: 'c', paymentMethodType: 'GCASH', checkoutId: 'chk', startedAt: 5 };

  it('round-trips through its stored text', () => {
    expect(parsePendingCheckout(serializePendingCheckout(pending))).toEqual(pending);
    const { checkoutId: _omitted, ...beforeAnswer } = pending;
    expect(parsePendingCheckout(serializePendingCheckout(beforeAnswer))).toEqual(beforeAnswer);
  });

  it('answers null for nothing, damaged text or a foreign record, never throwing', () => {
    expect(parsePendingCheckout(null)).toBeNull();
    expect(parsePendingCheckout('')).toBeNull();
    expect(parsePendingCheckout('{not json')).toBeNull();
    expect(parsePendingCheckout('null')).toBeNull();
    expect(parsePendingCheckout(JSON.stringify({ idempotencyKey: 3 }))).toBeNull();
    expect(parsePendingCheckout(JSON.stringify({ ...pending, startedAt: 'yesterday' }))).toBeNull();
    expect(parsePendingCheckout(JSON.stringify({ ...pending, checkoutId: 9 }))).toBeNull();
  });
});

describe('checkoutIdFromUrl', () => {
  it('reads ?checkout= from absolute and relative URLs, trimmed', () => {
    expect(checkoutIdFromUrl('https://shop.example/result?checkout=chk_1&x=2')).toBe('chk_1');
    expect(checkoutIdFromUrl('/result?checkout=%20chk_2%20')).toBe('chk_2');
  });

  it('answers null without an id or a URL', () => {
    expect(checkoutIdFromUrl('https://shop.example/result')).toBeNull();
    expect(checkoutIdFromUrl('/result?checkout=')).toBeNull();
    expect(checkoutIdFromUrl(undefined)).toBeNull();
    expect(checkoutIdFromUrl('http://[bad')).toBeNull();
  });
});

describe('uuidV4FromBytes', () => {
  it('sets the version and variant bits of 16 bytes', () => {
    expect(uuidV4FromBytes(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidV4FromBytes(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('does not change the caller bytes and refuses a wrong length with the fix', () => {
    const bytes = new Uint8Array(16).fill(0xff);
    uuidV4FromBytes(bytes);
    expect(bytes[6]).toBe(0xff);
    expect(() => uuidV4FromBytes(new Uint8Array(8))).toThrow(/16 random bytes, got 8/);
  });
});
