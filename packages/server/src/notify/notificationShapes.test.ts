import type { CheckoutView } from '@batchpay/core';
import { buildSignContent, formatSignatureHeader, generateKeyPair, signContent } from '@batchpay/core/signature';
import { createMerchantCredentials, type SandboxServer, startSandboxServer } from '@batchpay/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCheckout, postCheckout } from '../test-utils/merchantApi.js';
import { type MerchantUnderTest, removeDbFile, startMerchant } from '../test-utils/startMerchant.js';

/*
 * Both notification shapes on POST /api/antom/notify, signed with the sandbox's (Antom's) key over real HTTP: the
 * per-batch shape (batchPaymentRequestId + orderSummaries) and Antom's documented per-payment notifyPayment
 * (paymentRequestId, paymentId, paymentAmount, result; Antom's Java SDK AlipayPayResultNotify). Each: signed,
 * tampered, replayed, unmatched, wrong amount, wrong currency; what the buyer's status page shows after each.
 */

let sandbox: SandboxServer;
let antomKeys: { privateKey: string; publicKey: string };
let creds: { clientId: string; privateKey: string; publicKey: string };
const merchants: MerchantUnderTest[] = [];
let keyCounter = 0;
const newKey = () => `shape-key-${Date.now()}-${++keyCounter}`;
const ack = { result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } };

beforeAll(async () => {
  antomKeys = await generateKeyPair();
  creds = await createMerchantCredentials();
  sandbox = await startSandboxServer({ port: 0, keys: antomKeys, notifyTimeScale: 0.001 });
  sandbox.sandbox.registerMerchant({ clientId: creds.clientId, publicKey: creds.publicKey });
});
afterAll(async () => {
  await sandbox?.close();
});
afterEach(async () => {
  while (merchants.length) {
    const m = merchants.pop();
    if (m) {
      await m.stop().catch(() => {});
      removeDbFile(m.dbFile);
    }
  }
});

async function merchant(antom: Record<string, unknown> = {}) {
  const m = await startMerchant({
    antom: {
      clientId: creds.clientId,
      privateKey: creds.privateKey,
      antomPublicKey: antomKeys.publicKey,
      baseUrl: sandbox.url,
      ...antom,
    },
  });
  merchants.push(m);
  return m;
}

interface NotifyOptions {
  /** Sign this text but send `body` (a tampered body). */
  signedBody?: string;
  keyVersion?: number;
  time?: string;
  /** Header names as Antom's Java SDK might write them. */
  capitalized?: boolean;
  key?: string;
}

/** Antom's side: one signed POST to the notify URL. */
async function notify(m: MerchantUnderTest, body: string, options: NotifyOptions = {}) {
  const path = '/api/antom/notify';
  const time = options.time ?? String(Date.now());
  const signature = await signContent(
    buildSignContent({ method: 'POST', path, clientId: creds.clientId, time, body: options.signedBody ?? body }),
    options.key ?? antomKeys.privateKey,
  );
  const names = options.capitalized
    ? ['Client-Id', 'Request-Time', 'Signature']
    : ['client-id', 'request-time', 'signature'];
  const response = await fetch(`${m.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=UTF-8',
      [names[0] as string]: creds.clientId,
      [names[1] as string]: time,
      [names[2] as string]: formatSignatureHeader(signature, options.keyVersion ?? 1),
    },
    body,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> & typeof ack };
}

async function createdCheckout(m: MerchantUnderTest) {
  const post = await postCheckout(m.url, newKey());
  expect(post.json.outcome.kind).toBe('redirect');
  const stored = await m.storage.getCheckout(post.json.checkoutId);
  if (!stored) throw new Error('not stored');
  return stored;
}

const statuses = (view: CheckoutView) => view.orders.map((o) => `${o.referenceOrderId}=${o.status}`);

describe("per-payment notifications (Antom's documented notifyPayment)", () => {
  function paymentNotification(fields: {
    paymentRequestId: string;
    paymentId?: string | undefined;
    value: string;
    currency?: string;
    status?: 'S' | 'F';
  }): string {
    const succeeded = (fields.status ?? 'S') === 'S';
    return JSON.stringify({
      notifyType: 'PAYMENT_RESULT',
      result: succeeded
        ? { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' }
        : { resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F', resultMessage: 'balance not enough' },
      paymentRequestId: fields.paymentRequestId,
      ...(fields.paymentId !== undefined ? { paymentId: fields.paymentId } : {}),
      paymentAmount: { currency: fields.currency ?? 'USD', value: fields.value },
      paymentCreateTime: '2026-12-03T11:54:48+00:00',
      ...(succeeded ? { paymentTime: '2026-12-03T11:55:02+00:00' } : {}),
      paymentMethodType: 'KAKAOPAY',
    });
  }

  it('one signed notification per order, matched by paymentId: the batch succeeds when the last one is in; replays change nothing', async () => {
    const m = await merchant();
    const checkout = await createdCheckout(m);
    const bodies = checkout.orders.map((o) =>
      paymentNotification({
        paymentRequestId: checkout.batchPaymentRequestId,
        paymentId: o.paymentId ?? '',
        value: o.orderAmount,
      }),
    );
    const first = await notify(m, bodies[0] ?? '', { capitalized: true });
    expect(first).toEqual({ status: 200, json: ack });
    const partway = await getCheckout(m.url, checkout.checkoutId);
    expect(partway).toMatchObject({ status: 'processing', final: false });
    expect(statuses(partway)).toEqual(['ORD-SHOES-1=succeeded', 'ORD-BOOKS-1=processing', 'ORD-CAFE-1=processing']);

    // Antom's Python SDK writes request-time as ISO 8601; its Java SDK as epoch milliseconds.
    expect(await notify(m, bodies[1] ?? '', { time: new Date().toISOString().replace('Z', '+00:00') })).toEqual({
      status: 200,
      json: ack,
    });
    expect(await notify(m, bodies[2] ?? '')).toEqual({ status: 200, json: ack });
    const paid = await getCheckout(m.url, checkout.checkoutId);
    expect(paid).toMatchObject({ status: 'succeeded', final: true });

    for (const body of bodies) expect(await notify(m, body)).toEqual({ status: 200, json: ack });
    const contrary = paymentNotification({
      paymentRequestId: checkout.batchPaymentRequestId,
      paymentId: checkout.orders[0]?.paymentId ?? '',
      value: checkout.orders[0]?.orderAmount ?? '',
      status: 'F',
    });
    expect((await notify(m, contrary)).status).toBe(200);
    expect(await getCheckout(m.url, checkout.checkoutId)).toMatchObject({ status: 'succeeded', final: true });
    const changed = m.events
      .filter((e) => e.type === 'notify.accepted')
      .map((e) => e.detail.match(/(\d+) order\(s\) changed/)?.[1]);
    expect(changed).toEqual(['1', '1', '1', '0', '0', '0', '0']);
    expect(m.events.filter((e) => e.type === 'payment.contradiction')).toHaveLength(1);
  });

  it('acknowledged only after it is stored: a storage failure gets no ack, the redelivery after a restart is recorded', async () => {
    const m = await merchant();
    const checkout = await createdCheckout(m);
    const order = checkout.orders[0];
    const body = paymentNotification({
      paymentRequestId: checkout.batchPaymentRequestId,
      paymentId: order?.paymentId ?? '',
      value: order?.orderAmount ?? '',
    });
    await m.storage.close();
    const refused = await notify(m, body);
    expect(refused.status).toBe(500);
    expect(refused.json).not.toEqual(ack);
    await m.stop().catch(() => {});
    merchants.splice(merchants.indexOf(m), 1);
    const restarted = await startMerchant({
      antom: {
        clientId: creds.clientId,
        privateKey: creds.privateKey,
        antomPublicKey: antomKeys.publicKey,
        baseUrl: sandbox.url,
      },
      dbFile: m.dbFile,
      port: m.port,
    });
    merchants.push(restarted);
    expect(await notify(restarted, body)).toEqual({ status: 200, json: ack });
    const view = await getCheckout(restarted.url, checkout.checkoutId);
    expect(view.orders[0]?.status).toBe('succeeded');
  });

  it('tampered, signed by another key or another keyVersion: 401, nothing changes', async () => {
    const m = await merchant();
    const checkout = await createdCheckout(m);
    const order = checkout.orders[0];
    const body = paymentNotification({
      paymentRequestId: checkout.batchPaymentRequestId,
      paymentId: order?.paymentId ?? '',
      value: order?.orderAmount ?? '',
    });
    const tampered = await notify(m, body.replace('"S"', '"F"'), { signedBody: body });
    expect(tampered.status).toBe(401);
    expect((await notify(m, body, { key: creds.privateKey })).status).toBe(401);
    const rotated = await notify(m, body, { keyVersion: 2 });
    expect(rotated.status).toBe(401);
    expect(JSON.stringify(rotated.json)).toMatch(/keyVersion 2, not 1/);
    const view = await getCheckout(m.url, checkout.checkoutId);
    expect(view.orders.every((o) => o.status === 'processing')).toBe(true);
  });

  it('a merchant configured with antomKeyVersion 2 takes keyVersion 2 and refuses 1', async () => {
    const m = await merchant({ antomKeyVersion: 2 });
    const checkout = await createdCheckout(m);
    const order = checkout.orders[0];
    const body = paymentNotification({
      paymentRequestId: checkout.batchPaymentRequestId,
      paymentId: order?.paymentId ?? '',
      value: order?.orderAmount ?? '',
    });
    expect((await notify(m, body)).status).toBe(401);
    expect(await notify(m, body, { keyVersion: 2 })).toEqual({ status: 200, json: ack });
  });

  it('unmatched (unknown paymentId and paymentRequestId, or a paymentId foreign to the batch): 404, not acknowledged, an event, nothing changes', async () => {
    const m = await merchant();
    const checkout = await createdCheckout(m);
    const unknown = await notify(
      m,
      paymentNotification({ paymentRequestId: 'bp_NOBODY', paymentId: 'pay_x', value: '5000' }),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.json).not.toEqual(ack);
    expect(unknown.json).toMatchObject({ error: { code: 'UNKNOWN_PAYMENT', field: 'paymentId' } });
    // The batch is ours, but every order already has its own paymentId from Antom's answer.
    const foreign = await notify(
      m,
      paymentNotification({
        paymentRequestId: checkout.batchPaymentRequestId,
        paymentId: 'pay_foreign',
        value: '5000',
      }),
    );
    expect(foreign.status).toBe(404);
    expect(m.events.filter((e) => e.type === 'notify.unmatched')).toHaveLength(2);
    const view = await getCheckout(m.url, checkout.checkoutId);
    expect(view.orders.every((o) => o.status === 'processing')).toBe(true);
  });

  it('the wrong amount or currency for the order: 400, nothing changes', async () => {
    const m = await merchant();
    const checkout = await createdCheckout(m);
    const order = checkout.orders[0];
    const ids = { paymentRequestId: checkout.batchPaymentRequestId, paymentId: order?.paymentId ?? '' };
    const amount = await notify(m, paymentNotification({ ...ids, value: '1' }));
    expect(amount).toMatchObject({ status: 400, json: { error: { code: 'AMOUNT_MISMATCH', field: 'paymentAmount' } } });
    const currency = await notify(m, paymentNotification({ ...ids, value: order?.orderAmount ?? '', currency: 'EUR' }));
    expect(currency).toMatchObject({ status: 400, json: { error: { code: 'AMOUNT_MISMATCH' } } });
    // The whole batch's amount is not one order's either.
    expect((await notify(m, paymentNotification({ ...ids, value: '8349' }))).status).toBe(400);
    const view = await getCheckout(m.url, checkout.checkoutId);
    expect(view.orders.every((o) => o.status === 'processing')).toBe(true);
    expect(m.events.filter((e) => e.type === 'notify.rejected')).toHaveLength(3);
  });

  it("a lost answer (no paymentIds stored): matched by paymentRequestId and the order's amount, never guessed between equal amounts", async () => {
    const m = await merchant();
    const now = new Date().toISOString();
    const { checkout } = await m.storage.createCheckout({
      checkoutId: 'co_lost_answer',
      idempotencyKey: 'lost-answer-key',
      cartId: 'cart-test',
      paymentMethodType: 'KAKAOPAY',
      batchPaymentRequestId: 'bp_LOST_ANSWER',
      requestBody: '{}',
      currency: 'USD',
      paymentAmount: '7000',
      expiresAt: new Date(Date.now() + 14 * 60_000).toISOString(),
      leaseUntil: now,
      now,
      orders: [
        { referenceOrderId: 'ORD-A', referenceMerchantId: 'SELLER_A', orderAmount: '5000' },
        { referenceOrderId: 'ORD-B', referenceMerchantId: 'SELLER_B', orderAmount: '1000' },
        { referenceOrderId: 'ORD-C', referenceMerchantId: 'SELLER_C', orderAmount: '1000' },
      ],
    });
    const byRequestId = (paymentId: string | undefined, value: string, status: 'S' | 'F' = 'S') =>
      notify(m, paymentNotification({ paymentRequestId: checkout.batchPaymentRequestId, paymentId, value, status }));
    expect(await byRequestId('pay_A', '5000')).toEqual({ status: 200, json: ack });
    // ORD-B and ORD-C cost the same: which one was paid is not guessed; Antom delivers again, the inquiry tells.
    expect((await byRequestId('pay_B', '1000')).status).toBe(404);
    const stored = await m.storage.getCheckout(checkout.checkoutId);
    expect(stored?.orders.map((o) => [o.referenceOrderId, o.paymentId, o.paymentStatus])).toEqual([
      ['ORD-A', 'pay_A', 'SUCCESS'],
      ['ORD-B', null, 'PROCESSING'],
      ['ORD-C', null, 'PROCESSING'],
    ]);
    // Once ORD-A holds pay_A, a redelivery of it is matched by paymentId; a FAIL does not take it back.
    expect(await byRequestId('pay_A', '5000', 'F')).toEqual({ status: 200, json: ack });
    expect((await m.storage.getCheckout(checkout.checkoutId))?.orders[0]?.paymentStatus).toBe('SUCCESS');
    expect(m.events.some((e) => e.type === 'notify.unmatched')).toBe(true);
  });

  it('a FAIL for one order and SUCCESS for the others: partially paid, final, each order as Antom signed it', async () => {
    const m = await merchant();
    const checkout = await createdCheckout(m);
    for (const [i, o] of checkout.orders.entries()) {
      const body = paymentNotification({
        paymentRequestId: checkout.batchPaymentRequestId,
        paymentId: o.paymentId ?? '',
        value: o.orderAmount,
        status: i === 1 ? 'F' : 'S',
      });
      expect(await notify(m, body)).toEqual({ status: 200, json: ack });
    }
    const view = await getCheckout(m.url, checkout.checkoutId);
    expect(view).toMatchObject({ status: 'partially_paid', final: true });
    expect(statuses(view)).toEqual(['ORD-SHOES-1=succeeded', 'ORD-BOOKS-1=failed', 'ORD-CAFE-1=succeeded']);
  });
});

describe('per-batch notifications', () => {
  function batchNotification(
    checkout: Awaited<ReturnType<typeof createdCheckout>>,
    change: { batchId?: string; currency?: string; value?: string } = {},
  ): string {
    return JSON.stringify({
      notifyType: 'PAYMENT_RESULT',
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
      batchPaymentRequestId: change.batchId ?? checkout.batchPaymentRequestId,
      paymentAmount: { currency: change.currency ?? 'USD', value: change.value ?? checkout.paymentAmount },
      paymentCreateTime: '2026-12-03T11:54:48+00:00',
      orderSummaries: checkout.orders.map((o) => ({
        referenceOrderId: o.referenceOrderId,
        referenceMerchantId: o.referenceMerchantId,
        paymentId: o.paymentId,
        orderAmount: { currency: change.currency ?? 'USD', value: o.orderAmount },
        paymentStatus: 'SUCCESS',
      })),
    });
  }

  it('signed: applied once (replay acknowledged, nothing more changes); tampered: 401', async () => {
    const m = await merchant();
    const checkout = await createdCheckout(m);
    const body = batchNotification(checkout);
    expect((await notify(m, body.replace('"SUCCESS"', '"FAIL"'), { signedBody: body })).status).toBe(401);
    expect((await getCheckout(m.url, checkout.checkoutId)).status).toBe('processing');
    expect(await notify(m, body, { capitalized: true })).toEqual({ status: 200, json: ack });
    expect(await notify(m, body)).toEqual({ status: 200, json: ack });
    expect(await getCheckout(m.url, checkout.checkoutId)).toMatchObject({ status: 'succeeded', final: true });
    const changed = m.events
      .filter((e) => e.type === 'notify.accepted')
      .map((e) => e.detail.match(/(\d+) order\(s\) changed/)?.[1]);
    expect(changed).toEqual(['3', '0']);
  });

  it('unmatched batch: 404, not acknowledged, notify.unmatched; wrong currency or keyVersion: refused; nothing changes', async () => {
    const m = await merchant();
    const checkout = await createdCheckout(m);
    const unknown = await notify(m, batchNotification(checkout, { batchId: 'bp_NOBODY' }));
    expect(unknown).toMatchObject({ status: 404, json: { error: { code: 'UNKNOWN_BATCH' } } });
    expect(m.events.filter((e) => e.type === 'notify.unmatched')).toHaveLength(1);
    const currency = await notify(m, batchNotification(checkout, { currency: 'EUR' }));
    expect(currency).toMatchObject({ status: 400, json: { error: { code: 'AMOUNT_MISMATCH' } } });
    expect((await notify(m, batchNotification(checkout), { keyVersion: 3 })).status).toBe(401);
    const view = await getCheckout(m.url, checkout.checkoutId);
    expect(view.orders.every((o) => o.status === 'processing')).toBe(true);
  });

  it('a body of neither shape is refused with the fields each shape needs', async () => {
    const m = await merchant();
    const answer = await notify(m, JSON.stringify({ notifyType: 'PAYMENT_RESULT', result: ack.result }));
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.json)).toMatch(
      /batchPaymentRequestId and orderSummaries.*paymentRequestId and paymentId/,
    );
  });
});
