import type { BatchPayOutcome, CheckoutView } from '@batchpay/core';
import { buildSignContent, formatSignatureHeader, generateKeyPair, signContent } from '@batchpay/core/signature';
import { createMerchantCredentials, type SandboxServer, startSandboxServer } from '@batchpay/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAntomClient } from './antom/createAntomClient.js';
import { createBatchPayHandler } from './createBatchPayHandler.js';
import { testCart } from './test-utils/demoCart.js';
import { actOnCashier, getCheckout, postCheckout, waitForCheckout } from './test-utils/merchantApi.js';
import { type MerchantUnderTest, removeDbFile, startMerchant } from './test-utils/startMerchant.js';
import { closedPortUrl } from './test-utils/startRawGateway.js';

let sandbox: SandboxServer;
let sandboxKeys: { privateKey: string; publicKey: string };
let creds: { clientId: string; privateKey: string; publicKey: string };
const merchants: MerchantUnderTest[] = [];
let keyCounter = 0;
const newKey = () => `test-key-${Date.now()}-${++keyCounter}`;

beforeAll(async () => {
  sandboxKeys = await generateKeyPair();
  creds = await createMerchantCredentials();
  sandbox = await startSandboxServer({ port: 0, keys: sandboxKeys, notifyTimeScale: 0.001 });
  sandbox.sandbox.registerMerchant({ clientId: creds.clientId, publicKey: creds.publicKey });
});
afterAll(async () => {
  await sandbox?.close();
});
afterEach(async () => {
  sandbox.sandbox.clearScenarios();
  while (merchants.length) {
    const m = merchants.pop();
    if (m) {
      await m.stop().catch(() => {});
      removeDbFile(m.dbFile);
    }
  }
});

async function merchant(
  overrides: Parameters<typeof startMerchant>[0]['handler'] = {},
  antom: Record<string, unknown> = {},
) {
  const m = await startMerchant({
    antom: {
      clientId: creds.clientId,
      privateKey: creds.privateKey,
      antomPublicKey: sandboxKeys.publicKey,
      baseUrl: sandbox.url,
      ...antom,
    },
    handler: overrides,
  });
  merchants.push(m);
  return m;
}

function normalUrlOf(json: { outcome: BatchPayOutcome }): string {
  const { outcome } = json;
  if (outcome.kind !== 'redirect' || !outcome.urls.normalUrl)
    throw new Error(`expected a redirect, got ${JSON.stringify(outcome)}`);
  return outcome.urls.normalUrl;
}

async function signedNotify(
  url: string,
  body: string,
  path = new URL(url).pathname + new URL(url).search,
  key = sandboxKeys.privateKey,
) {
  const time = String(Date.now());
  const signature = await signContent(
    buildSignContent({ method: 'POST', path, clientId: creds.clientId, time, body }),
    key,
  );
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'client-id': creds.clientId,
      'request-time': time,
      signature: formatSignatureHeader(signature),
    },
    body,
  });
}

describe('full checkout against the sandbox over HTTP', () => {
  it('creates a batch with server-computed amounts, the buyer pays, the notification makes it succeed', async () => {
    const m = await merchant();
    const cart = await (await fetch(`${m.url}/api/carts/cart-test`)).json();
    expect(cart.paymentAmount).toEqual({ currency: 'USD', value: '8349' });
    expect(cart.orders.map((o: { orderAmount: { value: string } }) => o.orderAmount.value)).toEqual([
      '5000',
      '1999',
      '1350',
    ]);

    const { status, json } = await postCheckout(m.url, newKey());
    expect(status).toBe(201);
    const normalUrl = normalUrlOf(json);
    const stored = await m.storage.getCheckout(json.checkoutId);
    const request = JSON.parse(stored?.requestBody ?? '{}');
    expect(request.paymentRedirectUrl).toBe(`http://127.0.0.1:5173/result?checkout=${json.checkoutId}`);
    expect(request.paymentNotifyUrl).toBe(`${m.url}/api/antom/notify`);
    expect((await getCheckout(m.url, json.checkoutId)).status).toBe('processing');

    expect(await actOnCashier(normalUrl, 'pay')).toBe(303);
    const view = await waitForCheckout(m.url, json.checkoutId, (v) => v.final);
    expect(view.status).toBe('succeeded');
    expect(view.paymentAmount).toEqual({ currency: 'USD', value: '8349' });
    expect(view.orders.map((o) => [o.referenceOrderId, o.status, o.merchantName])).toEqual([
      ['ORD-SHOES-1', 'succeeded', 'Shoe Shop'],
      ['ORD-BOOKS-1', 'succeeded', 'Книжный'],
      ['ORD-CAFE-1', 'succeeded', 'Café Bean'],
    ]);
    expect(view.orders.every((o) => typeof o.paymentId === 'string')).toBe(true);
    const deliveries = sandbox.sandbox
      .notifications()
      .filter((d) => d.batchPaymentRequestId === view.batchPaymentRequestId);
    expect(deliveries.at(-1)?.httpStatus).toBe(200);
    expect(deliveries.at(-1)?.acknowledged).toBe(true);
  });

  it('ignores amounts and orders a client sends: the batch carries the cart total', async () => {
    const m = await merchant();
    const { status, json } = await postCheckout(m.url, newKey(), {
      cartId: 'cart-test',
      paymentMethodType: 'ALIPAY_CN',
      env: { terminalType: 'WAP', osType: 'IOS' },
      paymentAmount: { currency: 'USD', value: '1' },
      orderList: [{ referenceOrderId: 'X', orderAmount: { currency: 'USD', value: '1' } }],
      amount: '0.01',
    });
    expect(status).toBe(201);
    const stored = await m.storage.getCheckout(json.checkoutId);
    expect(stored?.paymentAmount).toBe('8349');
    expect(JSON.parse(stored?.requestBody ?? '{}').paymentAmount).toEqual({ currency: 'USD', value: '8349' });
    expect(stored?.orders.map((o) => o.orderAmount)).toEqual(['5000', '1999', '1350']);
  });

  it('a buyer who declines sees the batch fail', async () => {
    const m = await merchant();
    const { json } = await postCheckout(m.url, newKey());
    await actOnCashier(normalUrlOf(json), 'decline');
    const view = await waitForCheckout(m.url, json.checkoutId, (v) => v.final);
    expect(view.status).toBe('failed');
    expect(view.failure).toMatchObject({ kind: 'failed', code: 'USER_BALANCE_NOT_ENOUGH', retry: expect.any(String) });
  });

  it('sends paymentExpiryTime when configured, and the batch expires at that time on both sides', async () => {
    const m = await merchant({ paymentExpiryMs: 1_500 });
    const before = Date.now();
    const { json } = await postCheckout(m.url, newKey());
    const stored = await m.storage.getCheckout(json.checkoutId);
    const sent = JSON.parse(stored?.requestBody ?? '{}') as { paymentExpiryTime?: string };
    expect(sent.paymentExpiryTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const at = Date.parse(sent.paymentExpiryTime ?? '');
    expect(at).toBeGreaterThan(before - 1_000);
    expect(at).toBeLessThan(before + 3_000);
    const view = await waitForCheckout(m.url, json.checkoutId, (v) => v.final, 10_000);
    expect(view.status).toBe('expired');
  });

  it('refuses a paymentExpiryMs that is not a positive whole number', async () => {
    const m = await merchant();
    const options = {
      storage: m.storage,
      antom: createAntomClient({
        clientId: 'x',
        privateKey: creds.privateKey,
        antomPublicKey: sandboxKeys.publicKey,
        baseUrl: sandbox.url,
      }),
      paymentMethods: ['ALIPAY_CN'],
      returnUrl: 'http://127.0.0.1:5173/result',
      notifyUrl: 'http://127.0.0.1:8788/api/antom/notify',
    };
    for (const paymentExpiryMs of [-5, 0, 1.5]) {
      expect(() => createBatchPayHandler({ ...options, paymentExpiryMs })).toThrow(/paymentExpiryMs/);
    }
  });
});

describe('idempotency', () => {
  it('100 concurrent identical posts create one batch with one Antom call sequence', async () => {
    const m = await merchant();
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 100 }, () => postCheckout(m.url, key)));
    expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.json.checkoutId)).size).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a.json.outcome))).size).toBe(1);
    const stored = await m.storage.getCheckoutByIdempotencyKey(key);
    expect(stored?.antomCalls).toBe(1);
    expect(m.events.filter((e) => e.type === 'antom.batchPay')).toHaveLength(1);
    expect(m.events.filter((e) => e.type === 'checkout.created')).toHaveLength(1);
  });

  it('refuses the same key for another cart or method with 409, and changes nothing', async () => {
    const m = await merchant();
    await m.storage.saveCart({ ...testCart, cartId: 'cart-other' });
    const key = newKey();
    const first = await postCheckout(m.url, key);
    const other = await postCheckout(m.url, key, {
      cartId: 'cart-other',
      paymentMethodType: 'KAKAOPAY',
      env: { terminalType: 'WEB' },
    });
    expect(other.status).toBe(409);
    expect(other.json.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    const method = await postCheckout(m.url, key, {
      cartId: 'cart-test',
      paymentMethodType: 'GCASH',
      env: { terminalType: 'WEB' },
    });
    expect(method.status).toBe(409);
    expect((await m.storage.getCheckoutByIdempotencyKey(key))?.checkoutId).toBe(first.json.checkoutId);
  });

  it('after a failure that asks for a new request id, the same key replays it and a new key makes a new batch', async () => {
    const m = await merchant();
    sandbox.sandbox.setScenario({ resultCode: 'USER_BALANCE_NOT_ENOUGH' });
    const key = newKey();
    const failed = await postCheckout(m.url, key);
    expect(failed.json.outcome).toMatchObject({
      kind: 'failed',
      code: 'USER_BALANCE_NOT_ENOUGH',
      status: 'F',
      retry: 'new-request-id',
    });
    const replay = await postCheckout(m.url, key);
    expect(replay.json).toEqual(failed.json);
    expect((await m.storage.getCheckout(failed.json.checkoutId))?.antomCalls).toBe(1);
    expect((await getCheckout(m.url, failed.json.checkoutId)).status).toBe('failed');

    const fresh = await postCheckout(m.url, newKey());
    expect(fresh.status).toBe(201);
    expect(fresh.json.checkoutId).not.toBe(failed.json.checkoutId);
    expect(fresh.json.outcome.kind).toBe('redirect');
    const a = await m.storage.getCheckout(failed.json.checkoutId);
    const b = await m.storage.getCheckout(fresh.json.checkoutId);
    expect(a?.batchPaymentRequestId).not.toBe(b?.batchPaymentRequestId);
  });
});

describe('notifications', () => {
  it('applies a replayed or contrary notification once, and refuses a bad signature with 401 changing nothing', async () => {
    const m = await merchant({}, {});
    const { json } = await postCheckout(m.url, newKey());
    const stored = await m.storage.getCheckout(json.checkoutId);
    if (!stored) throw new Error('not stored');
    const summaries = (status: 'SUCCESS' | 'FAIL') =>
      stored.orders.map((o, i) => ({
        referenceOrderId: o.referenceOrderId,
        referenceMerchantId: o.referenceMerchantId,
        paymentId: o.paymentId ?? `PAY-${i}`,
        orderAmount: { currency: 'USD', value: o.orderAmount },
        paymentStatus: status,
      }));
    const notification = (status: 'SUCCESS' | 'FAIL') =>
      JSON.stringify({
        notifyType: 'PAYMENT_RESULT',
        result: {
          resultCode: status === 'SUCCESS' ? 'SUCCESS' : 'USER_BALANCE_NOT_ENOUGH',
          resultStatus: status === 'SUCCESS' ? 'S' : 'F',
          resultMessage: 'x',
        },
        batchPaymentRequestId: stored.batchPaymentRequestId,
        paymentAmount: { currency: 'USD', value: '8349' },
        paymentCreateTime: '2026-01-01T00:00:00+00:00',
        orderSummaries: summaries(status),
      });
    const notifyUrl = `${m.url}/api/antom/notify`;

    const forged = await signedNotify(notifyUrl, notification('SUCCESS'), undefined, creds.privateKey);
    expect(forged.status).toBe(401);
    expect((await forged.json()).error.code).toBe('INVALID_SIGNATURE');
    const wrongPath = await signedNotify(`${notifyUrl}?replay=1`, notification('SUCCESS'), '/api/antom/notify');
    expect(wrongPath.status).toBe(401);
    const tampered = notification('SUCCESS');
    const time = String(Date.now());
    const sig = await signContent(
      buildSignContent({ path: '/api/antom/notify', clientId: creds.clientId, time, body: tampered }),
      sandboxKeys.privateKey,
    );
    const changed = await fetch(notifyUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'client-id': creds.clientId,
        'request-time': time,
        signature: formatSignatureHeader(sig),
      },
      body: tampered.replace('8349', '8348'),
    });
    expect(changed.status).toBe(401);
    expect((await getCheckout(m.url, json.checkoutId)).status).toBe('processing');

    const first = await signedNotify(notifyUrl, notification('SUCCESS'));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
    });
    const replay = await signedNotify(notifyUrl, notification('SUCCESS'));
    expect(replay.status).toBe(200);
    const contrary = await signedNotify(notifyUrl, notification('FAIL'));
    expect(contrary.status).toBe(200);
    const view = await getCheckout(m.url, json.checkoutId);
    expect(view.status).toBe('succeeded');
    expect(view.orders.map((o) => o.paymentId)).toEqual(stored.orders.map((o) => o.paymentId));
    expect(view.orders.every((o) => o.paymentId)).toBe(true);
    const accepted = m.events.filter((e) => e.type === 'notify.accepted').map((e) => e.detail);
    expect(accepted.map((d) => d.match(/(\d+) order\(s\) changed/)?.[1])).toEqual(['3', '0', '0']);
  });

  it('refuses a signed notification whose amount is not the batch amount', async () => {
    const m = await merchant();
    const { json } = await postCheckout(m.url, newKey());
    const stored = await m.storage.getCheckout(json.checkoutId);
    const body = JSON.stringify({
      notifyType: 'PAYMENT_RESULT',
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'x' },
      batchPaymentRequestId: stored?.batchPaymentRequestId,
      paymentAmount: { currency: 'USD', value: '1' },
      paymentCreateTime: '2026-01-01T00:00:00+00:00',
      orderSummaries: [
        {
          referenceOrderId: 'ORD-SHOES-1',
          referenceMerchantId: 'SELLER_SHOES',
          paymentId: 'P',
          orderAmount: { currency: 'USD', value: '1' },
          paymentStatus: 'SUCCESS',
        },
      ],
    });
    const answer = await signedNotify(`${m.url}/api/antom/notify`, body);
    expect(answer.status).toBe(400);
    expect((await answer.json()).error).toMatchObject({ code: 'AMOUNT_MISMATCH', field: 'paymentAmount' });
    expect((await getCheckout(m.url, json.checkoutId)).status).toBe('processing');
  });
});

describe('transport faults lose nothing', () => {
  it('an unreachable gateway gives TRANSPORT_ERROR and keeps the checkout and its orders', async () => {
    const dead = await closedPortUrl();
    const m = await merchant({}, { baseUrl: dead, maxAttempts: 2 });
    const key = newKey();
    const first = await postCheckout(m.url, key);
    expect(first.status).toBe(201);
    expect(first.json.outcome).toMatchObject({ kind: 'failed', code: 'TRANSPORT_ERROR' });
    const view = await getCheckout(m.url, first.json.checkoutId);
    expect(view.status).toBe('processing');
    expect(view.orders.every((o) => o.status === 'processing')).toBe(true);
    expect(m.events.some((e) => e.type === 'antom.batchPay.failed' && e.detail.startsWith('transport'))).toBe(true);
  });

  it('a timeout then a retry with the same key resumes with the same batchPaymentRequestId', async () => {
    const m = await merchant({}, { timeoutMs: 300, maxAttempts: 2 });
    // Long enough that the retry asks Antom (inquiry by batchPaymentRequestId) before the delayed calls land.
    sandbox.sandbox.setScenario({ fault: 'delay', delayMs: 8_000, times: 2 });
    const key = newKey();
    const first = await postCheckout(m.url, key);
    expect(first.json.outcome).toMatchObject({ kind: 'failed', code: 'TRANSPORT_ERROR' });
    const before = await m.storage.getCheckout(first.json.checkoutId);
    const again = await postCheckout(m.url, key);
    expect(again.json.checkoutId).toBe(first.json.checkoutId);
    expect(again.json.outcome.kind).toBe('redirect');
    const after = await m.storage.getCheckout(first.json.checkoutId);
    expect(after?.batchPaymentRequestId).toBe(before?.batchPaymentRequestId);
    expect(after?.requestBody).toBe(before?.requestBody);
    expect(after?.antomCalls).toBe(2);
    expect(m.events.map((e) => e.type)).toContain('inquiry.no-record');
  });

  it('a 500 is retried with the same request and the checkout goes on', async () => {
    const m = await merchant();
    sandbox.sandbox.setScenario({ fault: 'http-500' });
    const { json } = await postCheckout(m.url, newKey());
    expect(json.outcome.kind).toBe('redirect');
    expect(m.events.find((e) => e.type === 'antom.batchPay')?.detail).toContain('after 2 attempt(s)');
  });

  it('malformed JSON every time gives a failed outcome, and nothing is marked paid', async () => {
    const m = await merchant({}, { maxAttempts: 2 });
    sandbox.sandbox.setScenario({ fault: 'malformed-json', times: 2 });
    const { json } = await postCheckout(m.url, newKey());
    expect(json.outcome).toMatchObject({ kind: 'failed', code: 'PAYMENT_UNCONFIRMED', retry: 'never' });
    const view = await getCheckout(m.url, json.checkoutId);
    expect(view.status).toBe('processing');
  });

  it('an unsigned success is not trusted: PAYMENT_UNCONFIRMED, nothing marked paid, the id not sent again', async () => {
    const m = await merchant();
    sandbox.sandbox.setScenario({ fault: 'unsigned-success' });
    const key = newKey();
    const { json } = await postCheckout(m.url, key);
    expect(json.outcome).toMatchObject({ kind: 'failed', code: 'PAYMENT_UNCONFIRMED', retry: 'never' });
    const view: CheckoutView = await getCheckout(m.url, json.checkoutId);
    expect(view).toMatchObject({ status: 'processing', final: false });
    expect(view.orders.every((o) => o.status === 'processing')).toBe(true);
    // The same key asks Antom by batchPaymentRequestId first: no record, so the same id is sent again.
    const again = await postCheckout(m.url, key);
    expect(again.json.checkoutId).toBe(json.checkoutId);
    expect(again.json.outcome.kind).toBe('redirect');
    expect((await m.storage.getCheckout(json.checkoutId))?.antomCalls).toBe(2);
    expect(m.events.map((e) => e.type)).toContain('inquiry.no-record');
  });

  it('UNKNOWN_EXCEPTION ("call the interface again") is retried with the same id before the buyer sees anything', async () => {
    const m = await merchant();
    sandbox.sandbox.setScenario({ resultCode: 'UNKNOWN_EXCEPTION', times: 2 });
    const { json } = await postCheckout(m.url, newKey());
    expect(json.outcome.kind).toBe('redirect');
    expect(m.events.find((e) => e.type === 'antom.batchPay')?.detail).toContain('after 3 attempt(s)');
  });
});

describe('restart and inquiry', () => {
  it('a server restarted between checkout and notification completes from its database', async () => {
    const first = await merchant();
    const { json } = await postCheckout(first.url, newKey());
    const normalUrl = normalUrlOf(json);
    const batch = (await waitForCheckout(first.url, json.checkoutId, () => true)).batchPaymentRequestId;
    const { port, dbFile } = first;
    await first.stop();
    merchants.pop();
    expect(await actOnCashier(normalUrl, 'pay')).toBe(303);
    // The restart waits for the first delivery to have failed (the server was down), whatever the machine's load.
    const deliveredOnce = () =>
      sandbox.sandbox.notifications().some((d) => d.batchPaymentRequestId === batch && d.httpStatus === null);
    for (let waited = 0; !deliveredOnce() && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    const second = await startMerchant({
      antom: {
        clientId: creds.clientId,
        privateKey: creds.privateKey,
        antomPublicKey: sandboxKeys.publicKey,
        baseUrl: sandbox.url,
      },
      dbFile,
      port,
    });
    merchants.push(second);
    const view = await waitForCheckout(second.url, json.checkoutId, (v) => v.final, 10_000);
    expect(view.status).toBe('succeeded');
    const deliveries = sandbox.sandbox
      .notifications()
      .filter((d) => d.batchPaymentRequestId === view.batchPaymentRequestId);
    expect(deliveries[0]?.httpStatus).toBeNull();
    expect(deliveries.at(-1)?.httpStatus).toBe(200);
  });

  it('asks Antom (inquiryPayment) when no notification came, and shows the result', async () => {
    const deadNotify = `${await closedPortUrl()}/api/antom/notify`;
    const m = await merchant({ notifyUrl: deadNotify, inquiryAfterMs: 100 });
    const { json } = await postCheckout(m.url, newKey());
    expect(await actOnCashier(normalUrlOf(json), 'pay')).toBe(303);
    const view = await waitForCheckout(m.url, json.checkoutId, (v) => v.final);
    expect(view.status).toBe('succeeded');
    expect(m.events.some((e) => e.type === 'inquiry.done')).toBe(true);
    expect(m.events.some((e) => e.type === 'notify.accepted')).toBe(false);
  });
});

describe("the client's mistakes get 4xx with the field and the fix, never a stack", () => {
  it('answers each mistake clearly', async () => {
    const m = await merchant();
    const cases: Array<
      [
        Promise<{ status: number; json: { error: { code: string; field?: string; message: string } } }>,
        number,
        string,
        string?,
      ]
    > = [
      [postCheckout(m.url, null), 400, 'MISSING_IDEMPOTENCY_KEY', 'Idempotency-Key'],
      [
        postCheckout(m.url, newKey(), { cartId: 'nope', paymentMethodType: 'KAKAOPAY', env: { terminalType: 'WEB' } }),
        404,
        'UNKNOWN_CART',
        'cartId',
      ],
      [
        postCheckout(m.url, newKey(), {
          cartId: 'cart-test',
          paymentMethodType: 'PAYPAL',
          env: { terminalType: 'WEB' },
        }),
        400,
        'UNKNOWN_PAYMENT_METHOD',
        'paymentMethodType',
      ],
      [
        postCheckout(m.url, newKey(), {
          cartId: 'cart-test',
          paymentMethodType: 'KAKAOPAY',
          env: { terminalType: 'TV' },
        }),
        400,
        'INVALID_BODY',
        'env.terminalType',
      ],
      [
        postCheckout(m.url, newKey(), { paymentMethodType: 'KAKAOPAY', env: { terminalType: 'WEB' } }),
        400,
        'INVALID_BODY',
        'cartId',
      ],
    ];
    for (const [pending, status, code, field] of cases) {
      const { status: got, json } = await pending;
      expect([got, json.error.code, json.error.field]).toEqual([status, code, field]);
      expect(json.error.message).not.toMatch(/\n\s+at /);
    }
    const text = await fetch(`${m.url}/api/checkouts`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'idempotency-key': newKey() },
      body: 'hi',
    });
    expect(text.status).toBe(415);
    const big = await fetch(`${m.url}/api/checkouts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
      body: JSON.stringify({ cartId: 'cart-test', pad: 'x'.repeat(100_000) }),
    });
    expect(big.status).toBe(413);
    const broken = await fetch(`${m.url}/api/checkouts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
      body: '{"cartId":',
    });
    expect([broken.status, (await broken.json()).error.code]).toEqual([400, 'INVALID_JSON']);
    expect((await fetch(`${m.url}/api/checkouts/co_missing`)).status).toBe(404);
    expect((await fetch(`${m.url}/api/nothing`)).status).toBe(404);
    expect((await fetch(`${m.url}/api/checkouts`)).status).toBe(405);
    const methods = await (await fetch(`${m.url}/api/payment-methods`)).json();
    expect(methods.methods.map((x: { paymentMethodType: string }) => x.paymentMethodType)).toEqual([
      'ALIPAY_CN',
      'KAKAOPAY',
      'GCASH',
    ]);
  });
});
