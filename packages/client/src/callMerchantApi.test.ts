import { describe, expect, it } from 'vitest';
import { BatchPayApiError } from './BatchPayApiError.js';
import { type BatchPayTransport, callMerchantApi, requestJson } from './callMerchantApi.js';
import { cartRequest, createCheckoutRequest } from './merchantApiRequests.js';

const answering =
  (status: number, body: unknown): BatchPayTransport =>
  async () => ({ status, body });

describe('requestJson', () => {
  it('returns a 2xx body and turns a 4xx into a non-retryable error with the server code', async () => {
    expect(await requestJson(answering(200, { ok: 1 }), { method: 'GET', path: '/api/x' })).toEqual({ ok: 1 });
    const error = await requestJson(answering(409, { error: { code: 'CART_CHANGED', message: 'changed' } }), {
      method: 'GET',
      path: '/api/x',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchPayApiError);
    expect(error).toMatchObject({ code: 'CART_CHANGED', status: 409, retryable: false });
  });

  it('a transport that rejects is a retryable failure; an aborted request keeps its own reason', async () => {
    const offline: BatchPayTransport = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(requestJson(offline, { method: 'GET', path: '/api/x' })).rejects.toMatchObject({
      status: 0,
      retryable: true,
    });
    const reason = new Error('aborted by the page');
    const aborted = requestJson(
      async () => {
        throw reason;
      },
      { method: 'GET', path: '/api/x', signal: AbortSignal.abort() },
    );
    await expect(aborted).rejects.toBe(reason);
  });
});

describe('callMerchantApi', () => {
  it('sends the request (method, path, headers, body) with the signal and checks the answer', async () => {
    const seen: unknown[] = [];
    const signal = new AbortController().signal;
    const transport: BatchPayTransport = async (request) => {
      seen.push(request);
      return {
        status: 201,
        body: { checkoutId: 'chk_1', outcome: { kind: 'succeeded', code: 'SUCCESS', orderSummaries: [] } },
      };
    };
    const body = { cartId: 'cart_1', paymentMethodType: 'GCASH', env: { terminalType: 'WEB' as const } };
    const answer = await callMerchantApi(transport, createCheckoutRequest(body, 'key-1'), signal);
    expect(answer.checkoutId).toBe('chk_1');
    expect(seen).toEqual([
      { method: 'POST', path: '/api/checkouts', headers: { 'Idempotency-Key': 'key-1' }, body, signal },
    ]);
  });

  it('an answer of the wrong shape is INVALID_RESPONSE naming the request', async () => {
    const error = await callMerchantApi(answering(200, { nope: true }), cartRequest('c1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchPayApiError);
    expect((error as BatchPayApiError).code).toBe('INVALID_RESPONSE');
    expect((error as BatchPayApiError).message).toContain('GET /api/carts/c1');
  });
});
