import { buildSignContent, verifyContent } from '@batchpay/core/signature';
import { afterEach, describe, expect, it } from 'vitest';
import type { NotificationDelivery } from './NotificationDelivery.js';
import type { SandboxBatchView } from './SandboxBatch.js';
import { submitCashierForm } from './submitCashierForm.js';
import { callGateway, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';
import { type NotifyReceiver, startNotifyReceiver } from './test-utils/startNotifyReceiver.js';
import { startTestSandbox, type TestSandbox } from './test-utils/startTestSandbox.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(
  answer: Parameters<typeof startNotifyReceiver>[0],
  notifyTimeScale = 0.001,
): Promise<{ t: TestSandbox; receiver: NotifyReceiver }> {
  const receiver = await startNotifyReceiver(answer);
  const t = await startTestSandbox({ notifyTimeScale });
  cleanups.push(
    () => receiver.close(),
    () => t.close(),
  );
  return { t, receiver };
}

async function createAndAct(t: TestSandbox, notifyUrl: string, action: 'pay' | 'decline' | 'cancel') {
  const body = sampleBatchPay({ paymentNotifyUrl: notifyUrl });
  const answer = await readAnswer(await callGateway(t.server.url, t.merchant, body), t.server.sandbox.publicKey);
  const res = await submitCashierForm(answer.json.normalUrl ?? '', action);
  expect(res.status).toBe(303);
  return { body, answer };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('payment result notifications', () => {
  it('Pay sends one signed notification to paymentNotifyUrl; an acknowledgement stops redelivery', async () => {
    const { t, receiver } = await setup(() => 'ack');
    const { body, answer } = await createAndAct(t, receiver.url, 'pay');
    const [note] = await receiver.waitFor(1);
    if (!note) throw new Error('no notification');
    expect(note.path).toBe('/api/antom/notify?shop=s1');
    expect(note.headers['client-id']).toBe(t.merchant.clientId);
    expect(note.headers['request-time']).toMatch(/^\d{13}$/);
    const signature = String(note.headers.signature).split('signature=')[1] ?? '';
    const content = buildSignContent({
      method: 'POST',
      path: note.path,
      clientId: t.merchant.clientId,
      time: String(note.headers['request-time']),
      body: note.body,
    });
    expect(await verifyContent(content, signature, t.server.sandbox.publicKey)).toBe(true);
    // Not over the path without its query string: the signature covers what the merchant receives.
    const withoutQuery = content.replace('?shop=s1', '');
    expect(await verifyContent(withoutQuery, signature, t.server.sandbox.publicKey)).toBe(false);

    const parsed = JSON.parse(note.body);
    expect(parsed).toMatchObject({
      notifyType: 'PAYMENT_RESULT',
      result: { resultCode: 'SUCCESS', resultStatus: 'S' },
      batchPaymentRequestId: body.batchPaymentRequestId,
      paymentAmount: { currency: 'USD', value: '3000' },
    });
    expect(parsed.paymentTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(parsed.orderSummaries).toEqual(
      (answer.json.orderSummaries ?? []).map((o) => ({ ...o, paymentStatus: 'SUCCESS' })),
    );
    await sleep(400); // past the (scaled) 2-minute mark: nothing more comes
    expect(receiver.received).toHaveLength(1);
    const log = (await (await fetch(`${t.server.url}/sandbox/notifications`)).json()) as {
      deliveries: NotificationDelivery[];
    };
    expect(log.deliveries).toHaveLength(1);
    expect(log.deliveries[0]).toMatchObject({ attempt: 1, httpStatus: 200, acknowledged: true, nextAttemptInMs: null });
  });

  it('redelivers on the scaled schedule until acknowledged (F answer, then HTTP 500, then ack)', async () => {
    const { t, receiver } = await setup((n) => (n === 1 ? 'nack' : n === 2 ? 'http-500' : 'ack'));
    const { body } = await createAndAct(t, receiver.url, 'pay');
    const notes = await receiver.waitFor(3);
    expect(notes.map((n) => n.body)).toEqual([notes[0]?.body, notes[0]?.body, notes[0]?.body]);
    const gap1 = (notes[1]?.at ?? 0) - (notes[0]?.at ?? 0);
    const gap2 = (notes[2]?.at ?? 0) - (notes[1]?.at ?? 0);
    expect(gap1).toBeGreaterThanOrEqual(110); // 2 min × 0.001
    expect(gap2).toBeGreaterThanOrEqual(590); // 10 min × 0.001
    await sleep(100);
    const view = (await (
      await fetch(`${t.server.url}/sandbox/batches/${body.batchPaymentRequestId}`)
    ).json()) as SandboxBatchView;
    expect(view.notification).toEqual({ state: 'acknowledged', attempts: 3 });
    expect(view.deliveries.map((d) => [d.attempt, d.httpStatus, d.acknowledged])).toEqual([
      [1, 200, false],
      [2, 500, false],
      [3, 200, true],
    ]);
    expect(view.deliveries[0]?.nextAttemptInMs).toBe(120);
    expect(view.deliveries[0]?.error).toMatch(/not an acknowledgement/);
    expect(t.server.sandbox.notifications()).toHaveLength(3);
  });

  it('gives up after the eighth delivery when the merchant never answers', async () => {
    const { t, receiver } = await setup(() => 'ack', 0.00001);
    await receiver.close();
    const { body } = await createAndAct(t, receiver.url, 'pay');
    const deadline = Date.now() + 8000;
    let view: SandboxBatchView | undefined;
    while (Date.now() < deadline) {
      await sleep(200);
      view = (await (
        await fetch(`${t.server.url}/sandbox/batches/${body.batchPaymentRequestId}`)
      ).json()) as SandboxBatchView;
      if (view.notification.state === 'exhausted') break;
    }
    expect(view?.notification).toEqual({ state: 'exhausted', attempts: 8 });
    expect(view?.deliveries.every((d) => d.httpStatus === null && d.error?.startsWith('No answer'))).toBe(true);
    expect(view?.deliveries.at(-1)?.nextAttemptInMs).toBeNull();
  });

  it('Decline sends a FAIL notification with the decline code', async () => {
    const { t, receiver } = await setup(() => 'ack');
    await createAndAct(t, receiver.url, 'decline');
    const [note] = await receiver.waitFor(1);
    const parsed = JSON.parse(note?.body ?? '{}');
    expect(parsed.result).toMatchObject({ resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F' });
    expect(parsed.paymentTime).toBeUndefined();
    expect(parsed.orderSummaries.map((o: { paymentStatus: string }) => o.paymentStatus)).toEqual(['FAIL', 'FAIL']);
  });

  it('close() stops redelivery timers', async () => {
    const { t, receiver } = await setup(() => 'nack');
    await createAndAct(t, receiver.url, 'pay');
    await receiver.waitFor(1);
    await t.server.sandbox.close();
    await sleep(300);
    expect(receiver.received).toHaveLength(1);
  });
});
