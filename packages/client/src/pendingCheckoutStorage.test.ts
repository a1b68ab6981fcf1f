import { describe, expect, it } from 'vitest';
import { pendingCheckoutStorageKey } from './pendingCheckout.js';
import { pendingCheckoutIn, type StorageLike } from './pendingCheckoutStorage.js';

function memoryStorage(): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const pending = { idempotencyKey: 'k1', cartId: 'c1', paymentMethodType: 'GCASH', startedAt: 7 };

describe('pendingCheckoutIn', () => {
  it('writes, reads back and removes the pending checkout under its key', () => {
    const storage = memoryStorage();
    expect(pendingCheckoutIn(() => storage)).toBeNull();
    expect(pendingCheckoutIn(() => storage, pending)).toEqual(pending);
    expect(storage.items.has(pendingCheckoutStorageKey)).toBe(true);
    expect(pendingCheckoutIn(() => storage)).toEqual(pending);
    expect(pendingCheckoutIn(() => storage, null)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('a missing or throwing storage (server, disabled, full) reads as empty and never throws', () => {
    const missing = (): StorageLike => {
      throw new ReferenceError('sessionStorage is not defined');
    };
    expect(pendingCheckoutIn(missing)).toBeNull();
    expect(() => pendingCheckoutIn(missing, pending)).not.toThrow();
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => pendingCheckoutIn(() => full, pending)).not.toThrow();
    expect(pendingCheckoutIn(() => full)).toBeNull();
  });

  it('a damaged entry reads as none', () => {
    const storage = memoryStorage();
    storage.setItem(pendingCheckoutStorageKey, '{broken');
    expect(pendingCheckoutIn(() => storage)).toBeNull();
  });
});
