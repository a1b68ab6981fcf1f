import { serializePendingCheckout } from '@batchpay/client';
import { describe, expect, it } from 'vitest';
import { clearPendingCheckout, readPendingCheckout } from './checkoutStorage.js';

describe('checkoutStorage', () => {
  it('keeps the pending checkout of the tab and clears it', () => {
    const pending = { idempotencyKey: 'k', cartId: 'c', paymentMethodType: 'GCASH', checkoutId: 'chk', startedAt: 5 };
    sessionStorage.setItem('batchpay:pending-checkout', serializePendingCheckout(pending));
    expect(readPendingCheckout()).toEqual(pending);
    clearPendingCheckout();
    expect(readPendingCheckout()).toBeNull();
  });

  it('ignores a damaged or foreign entry instead of crashing', () => {
    sessionStorage.setItem('batchpay:pending-checkout', '{not json');
    expect(readPendingCheckout()).toBeNull();
    sessionStorage.setItem('batchpay:pending-checkout', JSON.stringify({ idempotencyKey: 3 }));
    expect(readPendingCheckout()).toBeNull();
  });
});
