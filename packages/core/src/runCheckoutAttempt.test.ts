import { describe, expect, it } from 'vitest';
import { BatchPayApiError } from './BatchPayApiError.js';
import type { CreateCheckoutResponse } from './checkoutApi.js';
import { type CheckoutAction, type CheckoutState, checkoutReducer, initialCheckoutState } from './checkoutReducer.js';
import type { MerchantApiRequest } from './merchantApiRequests.js';
import type { PendingCheckout } from './pendingCheckout.js';
import { type CheckoutAttemptClient, runCheckoutAttempt } from './runCheckoutAttempt.js';

/** A client over the real reducer; `send` answers what the test gives it. */
function client(send: CheckoutAttemptClient['send'], from: CheckoutState = initialCheckoutState) {
  let state = from;
  const sent: MerchantApiRequest<CreateCheckoutResponse>[] = [];
  const begun: PendingCheckout[] = [];
  let keys = 0;
  const c: CheckoutAttemptClient = {
    state: () => state,
    previous: null,
    createKey: () => `key-${++keys}`,
    now: 42,
    begin: (attempt) => begun.push(attempt),
    dispatch: (action: CheckoutAction) => {
      state = checkoutReducer(state, action);
    },
    send: (request) => {
      sent.push(request);
      return send(request);
    },
    env: () => ({ terminalType: 'WEB' }),
    userRegion: 'PH',
  };
  return { c, sent, begun };
}

const input = { cartId: 'cart_1', paymentMethodType: 'GCASH' };

describe('runCheckoutAttempt', () => {
  it('posts the checkout with a fresh key, the env and region, and ends in the answer state', async () => {
    const { c, sent, begun } = client(async () => ({
      checkoutId: 'co-1',
      outcome: { kind: 'succeeded', code: 'SUCCESS', orderSummaries: [] },
    }));
    const end = await runCheckoutAttempt(input, c);
    expect(end).toEqual({ status: 'succeeded', checkoutId: 'co-1' });
    expect(begun).toEqual([{ idempotencyKey: 'key-1', cartId: 'cart_1', paymentMethodType: 'GCASH', startedAt: 42 }]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: '/api/checkouts',
      headers: { 'Idempotency-Key': 'key-1' },
      body: { cartId: 'cart_1', paymentMethodType: 'GCASH', env: { terminalType: 'WEB' }, userRegion: 'PH' },
    });
  });

  it('sends nothing while a submission is in flight', async () => {
    const { c, sent } = client(
      async () => {
        throw new Error('not sent');
      },
      { status: 'submitting', idempotencyKey: 'k' },
    );
    expect(await runCheckoutAttempt(input, c)).toEqual({ status: 'submitting', idempotencyKey: 'k' });
    expect(sent).toEqual([]);
  });

  it('a rejected request ends failed with the transport failure, retryable with the same key', async () => {
    const { c } = client(async () => {
      throw new BatchPayApiError({ code: 'TRANSPORT_ERROR', status: 0, message: 'offline', retryable: true });
    });
    const end = await runCheckoutAttempt(input, c);
    expect(end).toMatchObject({ status: 'failed', failure: { code: 'TRANSPORT_ERROR', retry: 'same-request-id' } });
  });
});
