import type { CheckoutView } from '@batchpay/core';
import { generateKeyPair } from '@batchpay/core/signature';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCheckout, postCheckout } from './test-utils/merchantApi.js';
import { type HostileGateway, startHostileGateway } from './test-utils/startHostileGateway.js';
import { type MerchantUnderTest, removeDbFile, startMerchant } from './test-utils/startMerchant.js';

/*
 * The adversarial gateway suite: a hostile fake Antom (real HTTP on loopback, RSA keys generated here) lies to the
 * merchant server in the ways a payments reviewer reproduced. Each case asserts what the buyer sees over HTTP
 * (POST /api/checkouts, GET /api/checkouts/:id) and what is stored; every case's final view is also checked against
 * the gateway's own truth, and the last test sums the violations over all cases.
 */

const clientId = 'SANDBOX_2026ADVERSARIAL';
const start = Date.parse('2026-12-03T10:00:00.000Z');
const minute = 60_000;
let nowMs = start;
let merchantKeys: { privateKey: string; publicKey: string };
let gw: HostileGateway;
const merchants: MerchantUnderTest[] = [];
let keyCounter = 0;
const newKey = () => `adv-key-${++keyCounter}-${Math.random().toString(36).slice(2, 10)}`;

interface CaseResult {
  name: string;
  view: CheckoutView;
  /** Orders the view shows paid although the gateway never signed SUCCESS for them in this batch. */
  paidWithoutSignature: number;
  /** Orders the gateway holds as paid that the view shows failed, or under a failed/expired batch. */
  paidShownFailed: number;
}
const results: CaseResult[] = [];

/** Checks the buyer's view against the gateway's truth and keeps the tally for the summary. */
function tally(name: string, view: CheckoutView): void {
  const batch = gw.batches.get(view.batchPaymentRequestId);
  const paidAtGateway = new Set(batch?.orders.filter((o) => o.status === 'SUCCESS').map((o) => o.referenceOrderId));
  const shownPaid = view.orders.filter((o) => o.status === 'succeeded').map((o) => o.referenceOrderId);
  const paidWithoutSignature =
    shownPaid.filter((id) => !paidAtGateway.has(id)).length +
    (['succeeded', 'partially_paid'].includes(view.status) && paidAtGateway.size === 0 ? 1 : 0);
  const paidShownFailed = view.orders.filter(
    (o) =>
      paidAtGateway.has(o.referenceOrderId) &&
      (o.status === 'failed' || view.status === 'failed' || view.status === 'expired'),
  ).length;
  results.push({ name, view, paidWithoutSignature, paidShownFailed });
}

beforeAll(async () => {
  merchantKeys = await generateKeyPair();
  gw = await startHostileGateway({ clientId, now: () => nowMs });
});
afterAll(async () => {
  await gw?.close();
});
afterEach(async () => {
  gw.reset();
  while (merchants.length) {
    const m = merchants.pop();
    if (m) {
      await m.stop().catch(() => {});
      removeDbFile(m.dbFile);
    }
  }
});

async function merchant(handler: Parameters<typeof startMerchant>[0]['handler'] = {}, gateway = gw) {
  nowMs = start;
  const m = await startMerchant({
    antom: {
      clientId,
      privateKey: merchantKeys.privateKey,
      antomPublicKey: gateway.antomPublicKey,
      baseUrl: gateway.url,
      now: () => nowMs,
      maxAttempts: 2,
      backoffMs: 1,
      // Far above any loopback answer: a per-attempt timeout in real time is the one thing here that depends on the
      // machine's load. With startMerchant's 2 s, a slow lie was abandoned, retried, and answered honestly (a
      // redirect instead of PAYMENT_UNCONFIRMED). No case here makes the gateway hang.
      timeoutMs: 25_000,
    },
    handler: { now: () => new Date(nowMs), inquiryAfterMs: minute, ...handler },
  });
  merchants.push(m);
  return m;
}

/**
 * The buyer's result page polls `afterMs` later on the suite's clock, and polls again once the inquiry that read
 * started in the background is done (a status read answers from the database and never waits for Antom).
 */
async function pollAfter(m: MerchantUnderTest, checkoutId: string, afterMs: number): Promise<CheckoutView> {
  nowMs += afterMs;
  await getCheckout(m.url, checkoutId);
  await m.handler.whenIdle();
  return getCheckout(m.url, checkoutId);
}

function batchIdOf(view: CheckoutView): string {
  return view.batchPaymentRequestId;
}

describe('answers bound to the request', () => {
  it('an unsigned PAYMENT_IN_PROCESS with an attacker URL and paymentIds: no redirect, never paid by the old payment', async () => {
    const m = await merchant();
    // The attacker's earlier 0.01 USD payment, genuinely paid at the gateway.
    gw.batches.set('bp_ATTACKER', {
      batchPaymentRequestId: 'bp_ATTACKER',
      paymentAmount: { currency: 'USD', value: '1' },
      notifyUrl: 'http://127.0.0.1:9/',
      resultCode: 'SUCCESS',
      orders: [
        {
          referenceOrderId: 'X-1',
          referenceMerchantId: 'EVIL',
          paymentId: 'pay_attacker_1',
          orderAmount: { currency: 'USD', value: '1' },
          status: 'SUCCESS',
        },
      ],
    });
    gw.nextBatchPay({
      kind: 'strip-signature',
      normalUrl: 'https://evil.example/',
      paymentIds: ['pay_attacker_1', 'pay_attacker_1', 'pay_attacker_1'],
    });
    const post = await postCheckout(m.url, newKey());
    expect(post.json.outcome).toMatchObject({ kind: 'failed', code: 'PAYMENT_UNCONFIRMED', retry: 'never' });
    expect(JSON.stringify(post.json)).not.toContain('evil');
    const stored = await m.storage.getCheckout(post.json.checkoutId);
    expect(stored).toMatchObject({ creation: 'pending', faultCode: 'untrusted-answer' });
    expect(stored?.orders.map((o) => o.paymentId)).toEqual([null, null, null]);
    expect(m.events.map((e) => e.type)).toContain('antom.answer.untrusted');

    // The inquiry asks by OUR batchPaymentRequestId, never by the attacker's paymentIds.
    const later = await pollAfter(m, post.json.checkoutId, 2 * minute);
    expect(later).toMatchObject({ status: 'processing', final: false });
    expect(JSON.stringify(later)).not.toContain('evil');
    expect(later.orders.every((o) => o.status === 'processing' && !o.paymentId)).toBe(true);
    tally('unsigned answer with attacker URL and paymentIds', later);
  });

  it('an unsigned S naming every order is not trusted', async () => {
    const m = await merchant();
    gw.nextBatchPay({ kind: 'unsigned-success' });
    const post = await postCheckout(m.url, newKey());
    expect(post.json.outcome).toMatchObject({ code: 'PAYMENT_UNCONFIRMED' });
    const view = await getCheckout(m.url, post.json.checkoutId);
    expect(view).toMatchObject({ status: 'processing', final: false });
    tally('unsigned success', view);
  });

  it('a signed S replayed from another batch (bp_OTHER, foreign order ids) marks nothing paid', async () => {
    const m = await merchant();
    const other = await startMerchant({
      antom: {
        clientId,
        privateKey: merchantKeys.privateKey,
        antomPublicKey: gw.antomPublicKey,
        baseUrl: gw.url,
        now: () => nowMs,
      },
      handler: { now: () => new Date(nowMs) },
    });
    merchants.push(other);
    await other.storage.saveCart({
      cartId: 'cart-other',
      currency: 'USD',
      orders: [
        {
          referenceOrderId: 'ORD-OTHER-1',
          orderDescription: 'Other',
          merchant: { referenceMerchantId: 'SELLER_X', merchantName: 'X', merchantMCC: '5411' },
          goods: [{ referenceGoodsId: 'G', goodsName: 'G', unitAmount: '100', quantity: 1 }],
        },
      ],
    });
    gw.nextBatchPay({ kind: 'answer', resultStatus: 'S', resultCode: 'SUCCESS' });
    const foreign = await postCheckout(other.url, newKey(), {
      cartId: 'cart-other',
      paymentMethodType: 'KAKAOPAY',
      env: { terminalType: 'WEB' },
    });
    expect(foreign.json.outcome.kind).toBe('succeeded');
    const captured = gw.answers.at(-1)?.answer;
    if (!captured) throw new Error('no captured answer');

    gw.nextBatchPay({ kind: 'replay', answer: captured });
    const post = await postCheckout(m.url, newKey());
    expect(post.json.outcome).toMatchObject({ code: 'PAYMENT_UNCONFIRMED' });
    const view = await getCheckout(m.url, post.json.checkoutId);
    expect(view).toMatchObject({ status: 'processing', final: false });
    expect(view.orders.every((o) => o.status === 'processing')).toBe(true);
    expect(m.events.find((e) => e.type === 'antom.answer.untrusted')?.detail).toMatch(
      /batchPaymentRequestId|not an order/,
    );
    tally('signed S replayed from another batch', view);
  });

  it("a signed answer replayed from another checkout of the same cart (Antom's answer without a batch id) is caught by its paymentIds", async () => {
    const bare = await startHostileGateway({ clientId, now: () => nowMs, includeBatchId: false });
    try {
      const m = await merchant({}, bare);
      const first = await postCheckout(m.url, newKey());
      expect(first.json.outcome.kind).toBe('redirect');
      const captured = bare.answers.at(-1)?.answer;
      if (!captured) throw new Error('no captured answer');
      bare.nextBatchPay({ kind: 'replay', answer: captured });
      const second = await postCheckout(m.url, newKey());
      expect(second.json.outcome).toMatchObject({ code: 'PAYMENT_UNCONFIRMED' });
      expect(m.events.find((e) => e.type === 'antom.answer.untrusted')?.detail).toContain('replayed');
      const view = await getCheckout(m.url, second.json.checkoutId);
      expect(view.orders.every((o) => !o.paymentId)).toBe(true);
      // Paying the first checkout never makes the second one paid.
      bare.settle(batchIdOf(await getCheckout(m.url, first.json.checkoutId)), 'SUCCESS');
      const secondLater = await pollAfter(m, second.json.checkoutId, 2 * minute);
      expect(secondLater).toMatchObject({ status: 'processing', final: false });
      results.push({
        name: 'signed answer replayed from the same cart',
        view: secondLater,
        paidWithoutSignature: secondLater.orders.filter((o) => o.status === 'succeeded').length,
        paidShownFailed: 0,
      });
    } finally {
      await bare.close();
    }
  });

  it("a signed answer for another merchant's client-id is refused, and the key is never picked from the answer", async () => {
    const m = await merchant();
    const post = await postCheckout(m.url, newKey());
    const batchId = batchIdOf(await getCheckout(m.url, post.json.checkoutId));
    const body = JSON.stringify({
      result: { resultStatus: 'U', resultCode: 'PAYMENT_IN_PROCESS', resultMessage: 'x' },
      normalUrl: 'https://evil.example/other-merchant',
    });
    const path = `/ams/sandbox/api/v1/payments/batchPay`;
    gw.nextBatchPay({
      kind: 'replay',
      answer: { body, headers: await gw.sign(path, body, String(nowMs), 'SANDBOX_OTHER_MERCHANT') },
    });
    const again = await postCheckout(m.url, newKey());
    expect(again.json.outcome).toMatchObject({ code: 'PAYMENT_UNCONFIRMED' });
    expect(JSON.stringify(again.json)).not.toContain('evil');
    expect(m.events.find((e) => e.type === 'antom.answer.untrusted')?.detail).toContain('client-id');
    const view = await getCheckout(m.url, again.json.checkoutId);
    expect(view).toMatchObject({ status: 'processing', final: false });
    expect(batchId).not.toBe(view.batchPaymentRequestId);
    tally("another merchant's signed answer", view);
  });

  for (const [kind, pattern] of [
    ['change-amount', /orderAmount/],
    ['change-order-id', /not an order we sent/],
    ['stale', /response-time/],
  ] as const) {
    it(`a signed answer with ${kind} is a gateway fault: no URL, no state`, async () => {
      const m = await merchant();
      gw.nextBatchPay({ kind });
      const post = await postCheckout(m.url, newKey());
      expect(post.json.outcome).toMatchObject({ kind: 'failed', code: 'PAYMENT_UNCONFIRMED' });
      expect(JSON.stringify(post.json)).not.toContain('/cashier/');
      expect(m.events.find((e) => e.type === 'antom.answer.untrusted')?.detail).toMatch(pattern);
      const stored = await m.storage.getCheckout(post.json.checkoutId);
      expect(stored).toMatchObject({ creation: 'pending', outcomeJson: null, faultCode: 'untrusted-answer' });
      const view = await getCheckout(m.url, post.json.checkoutId);
      expect(view).toMatchObject({ status: 'processing', final: false, outcome: { code: 'PAYMENT_UNCONFIRMED' } });
      tally(kind, view);
    });
  }

  it('a lie whose first attempt the client gave up on (timed out) is told again to the retry of the same bytes', async () => {
    // The cause of a flaky run: an attempt abandoned on a loaded machine had taken the lie, and the retry was
    // answered honestly. The gateway now tells the retry the same lie, so the case never depends on timing.
    nowMs = start;
    const quick = await startMerchant({
      antom: {
        clientId,
        privateKey: merchantKeys.privateKey,
        antomPublicKey: gw.antomPublicKey,
        baseUrl: gw.url,
        now: () => nowMs,
        maxAttempts: 2,
        backoffMs: 1,
        timeoutMs: 200,
      },
      handler: { now: () => new Date(nowMs), inquiryAfterMs: minute },
    });
    merchants.push(quick);
    gw.nextBatchPay({ kind: 'stale', untilClientGivesUp: true });
    const callsBefore = gw.calls.batchPay;
    const post = await postCheckout(quick.url, newKey());
    expect(gw.calls.batchPay - callsBefore).toBe(2);
    expect(post.json.outcome).toMatchObject({ kind: 'failed', code: 'PAYMENT_UNCONFIRMED' });
    expect(quick.events.find((e) => e.type === 'antom.answer.untrusted')?.detail).toMatch(/response-time/);
    tally('stale answer after an abandoned attempt', await getCheckout(quick.url, post.json.checkoutId));
  });

  it('inquiry answers about another paymentId or another amount are refused', async () => {
    const m = await merchant();
    const post = await postCheckout(m.url, newKey());
    expect(post.json.outcome.kind).toBe('redirect');
    gw.nextInquiry(
      { kind: 'other-payment', paymentId: 'pay_attacker_1' },
      { kind: 'other-amount' },
      { kind: 'unsigned-success' },
    );
    const view = await pollAfter(m, post.json.checkoutId, 2 * minute);
    expect(view).toMatchObject({ status: 'processing', final: false });
    expect(view.orders.every((o) => o.status === 'processing')).toBe(true);
    expect(m.events.filter((e) => e.type === 'inquiry.untrusted')).toHaveLength(3);
    expect((await m.storage.getCheckout(post.json.checkoutId))?.faultCode).toBe('unbound-inquiry');
    tally('inquiry about another payment / amount / unsigned', view);
  });
});

describe('lost answers, late and contradicting notifications', () => {
  it('a lost answer that Antom recorded: inquired by batchPaymentRequestId, never sent again, final only from Antom', async () => {
    const m = await merchant();
    gw.nextBatchPay({ kind: 'lose', record: true }, { kind: 'lose', record: true });
    const key = newKey();
    const post = await postCheckout(m.url, key);
    expect(post.json.outcome).toMatchObject({ code: 'TRANSPORT_ERROR', retry: 'same-request-id' });
    expect(post.json.outcome.kind === 'failed' && post.json.outcome.message).not.toMatch(/127\.0\.0\.1|\/ams\//);
    const callsBefore = gw.calls.batchPay;
    const retry = await postCheckout(m.url, key);
    expect(retry.json.outcome).toMatchObject({ code: 'PAYMENT_UNCONFIRMED' });
    expect(gw.calls.batchPay).toBe(callsBefore);
    expect(m.events.map((e) => e.type)).toContain('checkout.not-resent');
    const view = await pollAfter(m, post.json.checkoutId, 2 * minute);
    expect(view).toMatchObject({ status: 'processing', final: false });
    // Antom closes the unpaid batch: now, and only now, it is final.
    gw.settle(view.batchPaymentRequestId, 'FAIL', undefined, 'ORDER_IS_CLOSED');
    const closed = await pollAfter(m, post.json.checkoutId, 20 * minute);
    expect(closed).toMatchObject({ status: 'expired', final: true });
    tally('lost answer, Antom recorded, closed', closed);
  });

  it('a lost answer whose buyer left: the timer refresh asks Antom by batchPaymentRequestId and records the payment', async () => {
    const m = await merchant();
    gw.nextBatchPay({ kind: 'lose', record: true }, { kind: 'lose', record: true });
    const post = await postCheckout(m.url, newKey());
    const batchId = (await m.storage.getCheckout(post.json.checkoutId))?.batchPaymentRequestId ?? '';
    gw.settle(batchId, 'SUCCESS');
    // Not due yet: nothing is asked.
    const before = gw.calls.inquiry;
    await m.handler.refreshOpenCheckouts();
    expect(gw.calls.inquiry).toBe(before);
    nowMs += 2 * minute;
    expect(await m.handler.refreshOpenCheckouts()).toBeGreaterThanOrEqual(1);
    expect(gw.calls.inquiry).toBe(before + 1);
    const stored = await m.storage.getCheckout(post.json.checkoutId);
    expect(stored?.orders.every((o) => o.paymentStatus === 'SUCCESS')).toBe(true);
    const view = await getCheckout(m.url, post.json.checkoutId);
    expect(view).toMatchObject({ status: 'succeeded', final: true });
    tally('lost answer, buyer left, timer refresh', view);
  });

  it('a lost answer that Antom never recorded: the same id is sent again and the buyer gets the cashier', async () => {
    const m = await merchant();
    gw.nextBatchPay({ kind: 'lose', record: false }, { kind: 'lose', record: false });
    const key = newKey();
    const post = await postCheckout(m.url, key);
    expect(post.json.outcome).toMatchObject({ code: 'TRANSPORT_ERROR' });
    const retry = await postCheckout(m.url, key);
    expect(retry.json.outcome.kind).toBe('redirect');
    expect(m.events.map((e) => e.type)).toContain('inquiry.no-record');
    const stored = await m.storage.getCheckout(post.json.checkoutId);
    expect(gw.batches.has(stored?.batchPaymentRequestId ?? '')).toBe(true);
    tally('lost answer, no record, resent', await getCheckout(m.url, post.json.checkoutId));
  });

  it('lost answer, then a SUCCESS notification, then a same-key retry: succeeded, never failed, nothing resent', async () => {
    const m = await merchant();
    gw.nextBatchPay({ kind: 'lose', record: true }, { kind: 'lose', record: true });
    const key = newKey();
    const post = await postCheckout(m.url, key);
    const batchId = (await m.storage.getCheckout(post.json.checkoutId))?.batchPaymentRequestId ?? '';
    gw.settle(batchId, 'SUCCESS');
    expect((await gw.notify(batchId)).status).toBe(200);
    gw.nextBatchPay({ kind: 'answer', resultStatus: 'F', resultCode: 'SYSTEM_ERROR' });
    const callsBefore = gw.calls.batchPay;
    await postCheckout(m.url, key);
    expect(gw.calls.batchPay).toBe(callsBefore);
    expect(gw.reset()).toBe(1); // the SYSTEM_ERROR answer was never asked for
    const view = await getCheckout(m.url, post.json.checkoutId);
    expect(view).toMatchObject({ status: 'succeeded', final: true });
    expect(view.orders.every((o) => o.status === 'succeeded')).toBe(true);
    tally('lost answer, SUCCESS notification, retry', view);
  });

  it('one order paid, the others failed: partially_paid, final, shown per order', async () => {
    const m = await merchant();
    const post = await postCheckout(m.url, newKey());
    const batchId = batchIdOf(await getCheckout(m.url, post.json.checkoutId));
    gw.settle(batchId, 'SUCCESS', ['ORD-SHOES-1']);
    await gw.notify(batchId, { statuses: { 'ORD-SHOES-1': 'SUCCESS', 'ORD-BOOKS-1': 'FAIL', 'ORD-CAFE-1': 'FAIL' } });
    const view = await getCheckout(m.url, post.json.checkoutId);
    expect(view.failure).toBeDefined();
    expect(view.status).toBe('partially_paid');
    expect(view.final).toBe(true);
    expect(view.orders.map((o) => o.status)).toEqual(['succeeded', 'failed', 'failed']);
    tally('partly paid', view);
  });

  it("a resumed id's U (after Antom had no record) writes no FAIL: the checkout stays open for the same key", async () => {
    const m = await merchant();
    const u = { kind: 'answer', resultStatus: 'U', resultCode: 'UNKNOWN_EXCEPTION' } as const;
    gw.nextBatchPay({ kind: 'lose', record: false }, { kind: 'lose', record: false }, u, u, u, u);
    const key = newKey();
    const post = await postCheckout(m.url, key);
    expect(post.json.outcome).toMatchObject({ code: 'TRANSPORT_ERROR' });
    const retry = await postCheckout(m.url, key);
    expect(retry.json.outcome).toMatchObject({ code: 'UNKNOWN_EXCEPTION', status: 'U', retry: 'same-request-id' });
    const stored = await m.storage.getCheckout(post.json.checkoutId);
    expect(stored?.creation).toBe('pending');
    expect(stored?.orders.every((o) => o.paymentStatus === 'PROCESSING')).toBe(true);
    const view = await getCheckout(m.url, post.json.checkoutId);
    expect(view).toMatchObject({ status: 'processing', final: false });
    // The gateway now holds a record of the batch: the next same-key retry asks, and does not send it again.
    const calls = gw.calls.batchPay;
    const third = await postCheckout(m.url, key);
    expect(third.json.outcome).toMatchObject({ code: 'PAYMENT_UNCONFIRMED' });
    expect(gw.calls.batchPay).toBe(calls);
    tally("resumed id's U", await getCheckout(m.url, post.json.checkoutId));
  });

  it('a notification is acknowledged only after it is stored: a storage failure gets no ack (Antom redelivers)', async () => {
    const m = await merchant();
    const post = await postCheckout(m.url, newKey());
    const batchId = batchIdOf(await getCheckout(m.url, post.json.checkoutId));
    gw.settle(batchId, 'SUCCESS');
    const { dbFile, port } = m;
    await m.storage.close();
    const refused = await gw.notify(batchId);
    expect(refused.status).toBe(500);
    expect(refused.body).not.toContain('"resultStatus":"S"');
    await m.stop().catch(() => {});
    merchants.pop();
    // The restarted server takes the redelivery.
    const restarted = await startMerchant({
      antom: {
        clientId,
        privateKey: merchantKeys.privateKey,
        antomPublicKey: gw.antomPublicKey,
        baseUrl: gw.url,
        now: () => nowMs,
      },
      handler: { now: () => new Date(nowMs), inquiryAfterMs: 60 * minute },
      dbFile,
      port,
    });
    merchants.push(restarted);
    expect((await gw.notify(batchId)).status).toBe(200);
    const view = await getCheckout(restarted.url, post.json.checkoutId);
    expect(view).toMatchObject({ status: 'succeeded', final: true });
    tally('ack only after commit', view);
  });

  it('a failed creation never outranks paid orders: an F answer after a SUCCESS notification', async () => {
    const m = await merchant();
    gw.nextBatchPay({ kind: 'lose', record: true }, { kind: 'lose', record: true });
    const key = newKey();
    const post = await postCheckout(m.url, key);
    const batchId = (await m.storage.getCheckout(post.json.checkoutId))?.batchPaymentRequestId ?? '';
    gw.settle(batchId, 'SUCCESS', ['ORD-SHOES-1']);
    await gw.notify(batchId, { statuses: { 'ORD-SHOES-1': 'SUCCESS', 'ORD-BOOKS-1': 'FAIL', 'ORD-CAFE-1': 'FAIL' } });
    // Even a signed F for the whole batch (a gateway bug) cannot turn the paid order into a failed one.
    await m.storage.finishCreation(post.json.checkoutId, {
      creation: 'failed',
      outcomeJson: JSON.stringify({
        kind: 'failed',
        code: 'SYSTEM_ERROR',
        status: 'F',
        retry: 'never',
        messageKey: 'result.SYSTEM_ERROR',
        message: 'x',
      }),
      paymentIds: [],
      orderStatus: 'FAIL',
      now: new Date(nowMs).toISOString(),
    });
    const view = await getCheckout(m.url, post.json.checkoutId);
    expect(view).toMatchObject({ status: 'partially_paid', final: true });
    expect(view.orders[0]?.status).toBe('succeeded');
    tally('failed creation after a paid order', view);
  });

  it('a notification delivered twice is applied once and acknowledged both times', async () => {
    const m = await merchant();
    const post = await postCheckout(m.url, newKey());
    const batchId = batchIdOf(await getCheckout(m.url, post.json.checkoutId));
    gw.settle(batchId, 'SUCCESS');
    const first = await gw.notify(batchId);
    const second = await gw.notify(batchId);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(JSON.parse(second.body)).toMatchObject({ result: { resultStatus: 'S' } });
    const accepted = m.events.filter((e) => e.type === 'notify.accepted').map((e) => e.detail);
    expect(accepted[0]).toContain('3 order(s) changed');
    expect(accepted[1]).toContain('0 order(s) changed');
    const view = await getCheckout(m.url, post.json.checkoutId);
    expect(view).toMatchObject({ status: 'succeeded', final: true });
    tally('notification twice', view);
  });

  it('a FAIL notification after SUCCESS keeps SUCCESS, raises an event and is recorded before the ack', async () => {
    const m = await merchant();
    const post = await postCheckout(m.url, newKey());
    const batchId = batchIdOf(await getCheckout(m.url, post.json.checkoutId));
    gw.settle(batchId, 'SUCCESS');
    await gw.notify(batchId);
    const contrary = await gw.notify(batchId, {
      statuses: { 'ORD-SHOES-1': 'FAIL', 'ORD-BOOKS-1': 'FAIL', 'ORD-CAFE-1': 'FAIL' },
    });
    expect(contrary.status).toBe(200);
    const stored = await m.storage.getCheckout(post.json.checkoutId);
    expect(stored).toMatchObject({ faultCode: 'contradiction', faultCount: 3 });
    expect(m.events.find((e) => e.type === 'payment.contradiction')?.detail).toContain('kept SUCCESS');
    const view = await getCheckout(m.url, post.json.checkoutId);
    expect(view).toMatchObject({ status: 'succeeded', final: true });
    tally('FAIL after SUCCESS', view);
  });

  it('a SUCCESS notification after a FAIL one shows the money that moved', async () => {
    const m = await merchant();
    const post = await postCheckout(m.url, newKey());
    const batchId = batchIdOf(await getCheckout(m.url, post.json.checkoutId));
    await gw.notify(batchId, { statuses: { 'ORD-SHOES-1': 'FAIL', 'ORD-BOOKS-1': 'FAIL', 'ORD-CAFE-1': 'FAIL' } });
    expect((await getCheckout(m.url, post.json.checkoutId)).status).toBe('failed');
    gw.settle(batchId, 'SUCCESS');
    expect((await gw.notify(batchId)).status).toBe(200);
    const view = await getCheckout(m.url, post.json.checkoutId);
    expect(view).toMatchObject({ status: 'succeeded', final: true });
    expect(m.events.find((e) => e.type === 'payment.contradiction')?.detail).toContain('kept SUCCESS');
    tally('SUCCESS after FAIL', view);
  });

  it('a notification from 1970 is refused, and a 20,000-summary notification gets a short error', async () => {
    const m = await merchant();
    const post = await postCheckout(m.url, newKey());
    const batchId = batchIdOf(await getCheckout(m.url, post.json.checkoutId));
    gw.settle(batchId, 'SUCCESS');
    const old = await gw.notify(batchId, { requestTime: '1' });
    expect(old.status).toBe(400);
    expect(JSON.parse(old.body)).toMatchObject({ error: { code: 'STALE_NOTIFICATION' } });
    const huge = await gw.notify(batchId, { summaries: Array.from({ length: 20_000 }, () => ({})) });
    expect(huge.status).toBe(400);
    expect(huge.body.length).toBeLessThan(500);
    const view = await getCheckout(m.url, post.json.checkoutId);
    expect(view).toMatchObject({ status: 'processing', final: false });
    // A notification 24 hours late (Antom's last redelivery carries the first time) is still taken.
    const late = await gw.notify(batchId, { requestTime: String(nowMs - 24 * 60 * minute) });
    expect(late.status).toBe(200);
    tally('stale and oversized notifications', await getCheckout(m.url, post.json.checkoutId));
  });
});

describe('the expiry race', () => {
  it('paid at minute 13:50, notification 2 minutes late: never expired final, succeeded after the inquiry', async () => {
    // Inquiries on schedule only every 30 minutes: only the local expiry makes the server ask here.
    const m = await merchant({ inquiryAfterMs: 30 * minute });
    const post = await postCheckout(m.url, newKey());
    expect(post.json.outcome.kind).toBe('redirect');
    const checkoutId = post.json.checkoutId;
    const batchId = batchIdOf(await getCheckout(m.url, checkoutId));
    nowMs = start + 13 * minute + 50_000;
    gw.settle(batchId, 'SUCCESS');
    const seen: Array<{ status: string; final: boolean }> = [];
    // The result page polls every 10 s from 13:50 until the notification arrives at 15:50.
    while (nowMs < start + 15 * minute + 50_000) {
      const view = await pollAfter(m, checkoutId, 10_000);
      seen.push({ status: view.status, final: view.final });
    }
    expect(seen.some((s) => s.status === 'expired')).toBe(false);
    expect(seen.filter((s) => s.final).every((s) => s.status === 'succeeded')).toBe(true);
    expect(seen.at(-1)).toEqual({ status: 'succeeded', final: true });
    expect(m.events.find((e) => e.type === 'inquiry.done')?.detail).toContain('SUCCESS');
    expect((await gw.notify(batchId)).status).toBe(200);
    const view = await getCheckout(m.url, checkoutId);
    tally('expiry race', view);
  });

  it('past the local expiry with nothing paid: processing until Antom says the batch closed', async () => {
    const m = await merchant({ inquiryAfterMs: 30 * minute });
    const post = await postCheckout(m.url, newKey());
    const batchId = batchIdOf(await getCheckout(m.url, post.json.checkoutId));
    const afterExpiry = await pollAfter(m, post.json.checkoutId, 15 * minute);
    expect(afterExpiry).toMatchObject({ status: 'processing', final: false });
    expect(gw.calls.inquiry).toBeGreaterThan(0);
    gw.settle(batchId, 'FAIL', undefined, 'ORDER_IS_CLOSED');
    await gw.notify(batchId);
    const closed = await getCheckout(m.url, post.json.checkoutId);
    expect(closed).toMatchObject({ status: 'expired', final: true });
    tally('local expiry, then Antom closes', closed);
  });
});

describe('summary over every adversarial case', () => {
  it('0 checkouts shown paid without a signed SUCCESS for this batch, and 0 paid orders shown failed or expired', () => {
    expect(results.length).toBeGreaterThanOrEqual(18);
    const table = results.map((r) => ({
      case: r.name,
      status: `${r.view.status}${r.view.final ? ' final' : ''}`,
      paidWithoutSignature: r.paidWithoutSignature,
      paidShownFailed: r.paidShownFailed,
    }));
    expect(table.filter((r) => r.paidWithoutSignature > 0)).toEqual([]);
    expect(table.filter((r) => r.paidShownFailed > 0)).toEqual([]);
  });
});
