import { describe, expect, it } from 'vitest';
import { BatchPayApiError } from './BatchPayApiError.js';
import {
  ApiErrorBodySchema,
  CartViewSchema,
  CheckoutViewSchema,
  CreateCheckoutResponseSchema,
  PaymentMethodsResponseSchema,
  parseApiAnswer,
} from './merchantApiSchemas.js';
import { merchantApiRequests } from './merchantApiRequests.js';
import { parseResponseBody } from './parseResponseBody.js';
import { parseSchema } from '@batchpay/core';

describe('merchant API answer schemas', () => {
  it('accepts each outcome kind of a create-checkout answer, keeping extra fields', () => {
    for (const outcome of [
      { kind: 'succeeded', code: 'SUCCESS', orderSummaries: [] },
      { kind: 'redirect', urls: { normalUrl: 'https://c.example/p' }, orderSummaries: [] },
      { kind: 'failed', code: 'PROCESS_FAIL', retry: 'never', status: 'F', messageKey: 'k', message: 'm' },
    ]) {
      const answer = { checkoutId: 'co-1', outcome, extra: 1 };
      expect(parseSchema(CreateCheckoutResponseSchema, answer)).toEqual({ ok: true, value: answer });
    }
  });

  it('names what is wrong in a create-checkout answer', () => {
    const missing = parseSchema(CreateCheckoutResponseSchema, { checkoutId: '', outcome: { kind: 'redirect' } });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues.map((i) => i.path)).toEqual(['checkoutId', 'outcome.urls']);
    const unknownKind = parseSchema(CreateCheckoutResponseSchema, { checkoutId: 'c', outcome: { kind: 'maybe' } });
    expect(unknownKind.ok).toBe(false);
  });

  it('checks a checkout view for a known status, final and orders', () => {
    const view = { checkoutId: 'co-1', status: 'processing', final: false, orders: [] };
    expect(parseSchema(CheckoutViewSchema, view).ok).toBe(true);
    const bad = parseSchema(CheckoutViewSchema, { ...view, status: 'paid', final: 'no' });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(['status', 'final']);
  });

  it('checks a cart and an error body', () => {
    expect(parseSchema(CartViewSchema, { orders: [], paymentAmount: { currency: 'USD', value: '1' } }).ok).toBe(true);
    expect(parseSchema(CartViewSchema, { orders: {} }).ok).toBe(false);
    expect(parseSchema(ApiErrorBodySchema, { error: { code: 'X', message: 'm', field: 'cartId' } }).ok).toBe(true);
    expect(parseSchema(ApiErrorBodySchema, { error: { code: 'X' } }).ok).toBe(false);
  });

  it('leaves out payment methods without a paymentMethodType instead of failing the list', () => {
    const parsed = parseSchema(PaymentMethodsResponseSchema, {
      methods: [{ paymentMethodType: 'GCASH' }, { name: 'broken' }, 'x', { paymentMethodType: 'KAKAOPAY' }],
    });
    expect(parsed.ok && parsed.value.methods.map((m) => m.paymentMethodType)).toEqual(['GCASH', 'KAKAOPAY']);
  });

  it('parseApiAnswer throws INVALID_RESPONSE naming the request, the fields and apiBaseUrl', () => {
    expect(parseApiAnswer(CartViewSchema, { orders: [], paymentAmount: {} }, 'GET /api/carts/c')).toBeTruthy();
    let caught: unknown;
    try {
      parseApiAnswer(CheckoutViewSchema, '<html>login</html>', 'GET /api/checkouts/co-1');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BatchPayApiError);
    expect(caught).toMatchObject({ code: 'INVALID_RESPONSE', retryable: false });
    expect((caught as Error).message).toMatch(/^GET \/api\/checkouts\/co-1 .*apiBaseUrl/);
  });
});

describe('merchantApiRequests', () => {
  it('describes each call with its method, encoded path, headers and answer schema', () => {
    const body = { cartId: 'c', paymentMethodType: 'GCASH', env: { terminalType: 'WEB' as const } };
    expect(merchantApiRequests.createCheckout(body, 'key-1')).toEqual({
      method: 'POST',
      path: '/api/checkouts',
      headers: { 'Idempotency-Key': 'key-1' },
      body,
      schema: CreateCheckoutResponseSchema,
    });
    expect(merchantApiRequests.checkout('a/b c').path).toBe('/api/checkouts/a%2Fb%20c');
    expect(merchantApiRequests.cart('cart 1')).toMatchObject({ method: 'GET', path: '/api/carts/cart%201' });
    expect(merchantApiRequests.paymentMethods()).toMatchObject({ method: 'GET', path: '/api/payment-methods' });
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
