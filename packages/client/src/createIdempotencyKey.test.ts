import { describe, expect, it } from 'vitest';
import { createIdempotencyKey } from './createIdempotencyKey.js';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createIdempotencyKey', () => {
  it('gives a fresh UUID v4 each time', () => {
    const keys = new Set(Array.from({ length: 50 }, createIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(uuidV4);
  });

  it('still gives a UUID v4 where crypto.randomUUID is missing (a page on plain http)', () => {
    // Shadow the prototype's method on the instance, as an insecure context has none.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = [createIdempotencyKey(), createIdempotencyKey()];
      expect(keys[0]).toMatch(uuidV4);
      expect(keys[1]).not.toBe(keys[0]);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).toBe('function');
  });
});
