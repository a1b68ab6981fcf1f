import {
  CartViewSchema,
  CheckoutViewSchema,
  CreateCheckoutResponseSchema,
  PaymentMethodsResponseSchema,
  parseApiAnswer,
} from '@batchpay/client';
import { describe, expect, it } from 'vitest';
import { API, server } from '../test-utils/server.js';
import { type BatchPayTestOutcome, batchPayHandlers } from './batchPayHandlers.js';
import { testCart } from './testFixtures.js';

const outcomes: BatchPayTestOutcome[] = [
  'paid',
  'redirect',
  'partially-paid',
  'expired',
  'cancelled',
  'unconfirmed',
  { failed: 'USER_BALANCE_NOT_ENOUGH' },
  { failed: 'RISK_REJECT' },
  { failed: 'UNKNOWN_EXCEPTION', status: 'U' },
];

async function json(path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${API}${path}`, init);
  return { status: response.status, body: await response.json() };
}

const pay = () =>
  json('/api/checkouts', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': 'key-1' },
    body: JSON.stringify({ cartId: 'cart_test', paymentMethodType: 'KAKAOPAY' }),
  });

describe('batchPayHandlers', () => {
  it.each(outcomes.map((o) => [JSON.stringify(o), o] as const))(
    'answers %s in the shapes @batchpay/client accepts',
    async (_, outcome) => {
      server.use(...batchPayHandlers({ outcome, baseUrl: API }));
      const cart = parseApiAnswer(CartViewSchema, (await json('/api/carts/cart_test')).body, 'cart');
      expect(cart.paymentAmount).toEqual({ currency: 'USD', value: '3999' });
      const methods = (await json('/api/payment-methods')).body;
      expect(parseApiAnswer(PaymentMethodsResponseSchema, methods, 'methods').methods.length).toBeGreaterThan(0);
      const created = parseApiAnswer(CreateCheckoutResponseSchema, (await pay()).body, 'create');
      const view = parseApiAnswer(
        CheckoutViewSchema,
        (await json(`/api/checkouts/${created.checkoutId}`)).body,
        'view',
      );
      expect(view.checkoutId).toBe(created.checkoutId);
      expect(view.orders).toHaveLength(cart.orders.length);
    },
  );

  it('tells each outcome apart as the buyer would see it', async () => {
    const statusOf = async (outcome: BatchPayTestOutcome) => {
      server.resetHandlers(...batchPayHandlers({ outcome, baseUrl: API }));
      const created = (await pay()).body as { outcome: { kind: string; code?: string; retry?: string } };
      const view = (await json('/api/checkouts/co_test')).body as { status: string; final: boolean };
      return [created.outcome.kind, created.outcome.code, created.outcome.retry, view.status, view.final];
    };
    expect(await statusOf('paid')).toEqual(['succeeded', 'SUCCESS', undefined, 'succeeded', true]);
    expect(await statusOf('redirect')).toEqual(['redirect', undefined, undefined, 'processing', false]);
    expect(await statusOf('partially-paid')).toEqual(['redirect', undefined, undefined, 'partially_paid', true]);
    expect(await statusOf('unconfirmed')).toEqual(['failed', 'PAYMENT_UNCONFIRMED', 'never', 'processing', false]);
    expect(await statusOf({ failed: 'USER_BALANCE_NOT_ENOUGH' })).toEqual([
      'failed',
      'USER_BALANCE_NOT_ENOUGH',
      'new-request-id',
      'failed',
      true,
    ]);
    expect((await statusOf({ failed: 'RISK_REJECT' }))[2]).toBe('never');
  });

  it('serves the cart it is given, with its total in integer minor units', async () => {
    const cart = testCart([
      {
        referenceOrderId: 'X',
        orderDescription: 'Lamp',
        orderAmount: { currency: 'KRW', value: '59000' },
        merchant: { referenceMerchantId: 'M' },
      },
    ]);
    server.use(...batchPayHandlers({ cart, baseUrl: API }));
    expect((await json('/api/carts/any')).body).toEqual(cart);
    expect(cart.paymentAmount).toEqual({ currency: 'KRW', value: '59000' });
  });

  it('fails at the network when offline, and with a 503 then the cart on error-once', async () => {
    server.use(...batchPayHandlers({ outcome: 'offline', baseUrl: API }));
    await expect(fetch(`${API}/api/carts/c`)).rejects.toThrow();
    server.resetHandlers(...batchPayHandlers({ load: 'error-once', baseUrl: API }));
    expect((await json('/api/carts/c')).status).toBe(503);
    expect((await json('/api/carts/c')).status).toBe(200);
  });
});
