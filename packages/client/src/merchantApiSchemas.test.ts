import { describe, expect, it } from 'vitest';
import { checkAnswer } from './answerSchema.js';
import { BatchPayApiError } from './BatchPayApiError.js';
import { cartRequest, checkoutRequest, createCheckoutRequest, paymentMethodsRequest } from './merchantApiRequests.js';
import {
  ApiErrorBodySchema,
  CartViewSchema,
  CheckoutViewSchema,
  CreateCheckoutResponseSchema,
  PaymentMethodsResponseSchema,
  parseApiAnswer,
} from './merchantApiSchemas.js';
import { parseResponseBody } from './parseResponseBody.js';
import { checkoutView, redirectAll, succeededOutcome } from './test-utils/fixtures.js';

const view = checkoutView('processing');
const cart = {
  cartId: 'cart-1',
  orders: [
    {
      referenceOrderId: 'o-1',
      orderDescription: 'Shoes',
      orderAmount: { currency: 'USD', value: '1000' },
      merchant: { referenceMerchantId: 'SELLER_A', merchantName: 'Seller A' },
    },
  ],
  paymentAmount: { currency: 'USD', value: '1000' },
};

describe('merchant API answer schemas', () => {
  it('accepts each outcome kind of a create-checkout answer; unknown fields are dropped', () => {
    for (const outcome of [
      succeededOutcome,
      redirectAll,
      { kind: 'failed', code: 'PROCESS_FAIL', retry: 'never', status: 'F', messageKey: 'k', message: 'm' },
    ]) {
      const answer = { checkoutId: 'co-1', outcome };
      expect(checkAnswer(CreateCheckoutResponseSchema, { ...answer, extra: 1 })).toEqual({ ok: true, value: answer });
    }
  });

  it('names what is wrong in a create-checkout answer', () => {
    const missing = checkAnswer(CreateCheckoutResponseSchema, { checkoutId: '', outcome: { kind: 'redirect' } });
    expect(missing.ok ? [] : missing.issues.map((i) => i.path)).toEqual([
      'checkoutId',
      'outcome.urls',
      'outcome.orderSummaries',
    ]);
    expect(checkAnswer(CreateCheckoutResponseSchema, { checkoutId: 'c', outcome: { kind: 'maybe' } }).ok).toBe(false);
    // A succeeded outcome without its code, a failure with an unknown retry advice: refused, not cast.
    expect(checkAnswer(CreateCheckoutResponseSchema, { checkoutId: 'c', outcome: { kind: 'succeeded' } }).ok).toBe(
      false,
    );
    const oddRetry = { kind: 'failed', code: 'X', retry: 'none', status: 'F', messageKey: 'k', message: 'm' };
    expect(checkAnswer(CreateCheckoutResponseSchema, { checkoutId: 'c', outcome: oddRetry }).ok).toBe(false);
  });

  it('checks every field of a checkout view, down to each order', () => {
    expect(checkAnswer(CheckoutViewSchema, view)).toEqual({ ok: true, value: view });
    const bad = checkAnswer(CheckoutViewSchema, { ...view, status: 'paid', final: 'no' });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(['status', 'final']);
    const badOrder = { ...view, orders: [{ ...view.orders[0], orderAmount: { currency: 'usd', value: '1.5' } }] };
    const parsed = checkAnswer(CheckoutViewSchema, badOrder);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual([
      'orders[0].orderAmount.currency',
      'orders[0].orderAmount.value',
    ]);
    // The shape the old cast let through: only the four keys it looked at.
    expect(
      checkAnswer(CheckoutViewSchema, { checkoutId: 'co-1', status: 'processing', final: false, orders: [] }).ok,
    ).toBe(false);
  });

  it('a cart with paymentAmount {} is invalid (it used to pass and crash PayButton)', () => {
    expect(checkAnswer(CartViewSchema, cart).ok).toBe(true);
    const empty = checkAnswer(CartViewSchema, { ...cart, paymentAmount: {} });
    expect(empty.ok ? [] : empty.issues.map((i) => i.path)).toEqual(['paymentAmount.currency', 'paymentAmount.value']);
    expect(checkAnswer(CartViewSchema, { ...cart, orders: [{}] }).ok).toBe(false);
    expect(checkAnswer(CartViewSchema, { orders: {} }).ok).toBe(false);
  });

  it('an id of white space only is still an id (non-empty means non-empty); an empty one is not', () => {
    expect(checkAnswer(CreateCheckoutResponseSchema, { checkoutId: '\n', outcome: succeededOutcome }).ok).toBe(true);
    const empty = checkAnswer(CreateCheckoutResponseSchema, { checkoutId: '', outcome: succeededOutcome });
    expect(empty).toEqual({ ok: false, issues: [{ path: 'checkoutId', message: 'must be a non-empty string' }] });
  });

  it('checks an error body', () => {
    expect(checkAnswer(ApiErrorBodySchema, { error: { code: 'X', message: 'm', field: 'cartId' } }).ok).toBe(true);
    expect(checkAnswer(ApiErrorBodySchema, { error: { code: 'X' } }).ok).toBe(false);
  });

  it('checks each payment method: a broken one fails the list with its index', () => {
    const ok = checkAnswer(PaymentMethodsResponseSchema, {
      methods: [{ paymentMethodType: 'GCASH', disabled: false }],
    });
    expect(ok).toEqual({ ok: true, value: { methods: [{ paymentMethodType: 'GCASH', disabled: false }] } });
    const broken = checkAnswer(PaymentMethodsResponseSchema, {
      methods: [{ paymentMethodType: 'GCASH' }, { name: 'broken' }, { paymentMethodType: 'X', disabled: 'yes' }],
    });
    expect(broken.ok ? [] : broken.issues.map((i) => i.path)).toEqual([
      'methods[1].paymentMethodType',
      'methods[2].disabled',
    ]);
  });

  it('parseApiAnswer throws INVALID_RESPONSE naming the request, the fields and apiBaseUrl', () => {
    expect(parseApiAnswer(CartViewSchema, cart, 'GET /api/carts/c')).toEqual(cart);
    let caught: unknown;
    try {
      parseApiAnswer(CheckoutViewSchema, '<html>login</html>', 'GET /api/checkouts/co-1');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BatchPayApiError);
    expect(caught).toMatchObject({ code: 'INVALID_RESPONSE', retryable: false });
    expect((caught as Error).message).toMatch(/^GET \/api\/checkouts\/co-1 .*apiBaseUrl/);
    expect(() => parseApiAnswer(CartViewSchema, { ...cart, paymentAmount: {} }, 'GET /api/carts/c')).toThrow(
      /paymentAmount\.currency/,
    );
  });
});

describe('the merchant API requests', () => {
  it('describes each call with its method, encoded path, headers and answer schema', () => {
    const body = { cartId: 'c', paymentMethodType: 'GCASH', env: { terminalType: 'WEB' as const } };
    expect(createCheckoutRequest(body, 'key-1')).toEqual({
      method: 'POST',
      path: '/api/checkouts',
      headers: { 'Idempotency-Key': 'key-1' },
      body,
      schema: CreateCheckoutResponseSchema,
    });
    expect(checkoutRequest('a/b c').path).toBe('/api/checkouts/a%2Fb%20c');
    expect(cartRequest('cart 1')).toMatchObject({ method: 'GET', path: '/api/carts/cart%201' });
    expect(paymentMethodsRequest()).toMatchObject({ method: 'GET', path: '/api/payment-methods' });
  });
});

describe('parseResponseBody', () => {
  it('parses JSON, answers null for an empty body and an INVALID_JSON error body for anything else', () => {
    expect(parseResponseBody(200, '{"a":1}')).toEqual({ a: 1 });
    expect(parseResponseBody(204, '')).toBeNull();
    expect(parseResponseBody(502, '<html>Bad gateway</html>')).toEqual({
      error: { code: 'INVALID_JSON', message: 'The backend answered 502 without JSON' },
    });
  });
});
