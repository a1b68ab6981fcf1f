import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxBatchView } from './SandboxBatch.js';
import { submitCashierForm } from './submitCashierForm.js';
import { callGateway, readAnswer, sampleBatchPay, uniqueId } from './test-utils/gatewayClient.js';
import { startTestSandbox, type TestSandbox } from './test-utils/startTestSandbox.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.close());

const send = async (body: ReturnType<typeof sampleBatchPay>) =>
  readAnswer(await callGateway(t.server.url, t.merchant, body), t.server.sandbox.publicKey);

async function batchView(id: string): Promise<SandboxBatchView> {
  const res = await fetch(`${t.server.url}/sandbox/batches/${encodeURIComponent(id)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as SandboxBatchView;
}

describe('idempotency on batchPaymentRequestId, over real HTTP', () => {
  it('the same request again gets the same cashier URLs and paymentIds while pending', async () => {
    const body = sampleBatchPay();
    const first = await send(body);
    const second = await send(body);
    expect(second.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
    expect(second.json.normalUrl).toBe(first.json.normalUrl);
    expect(second.json.applinkUrl).toBe(first.json.applinkUrl);
    expect(second.json.schemeUrl).toBe(first.json.schemeUrl);
    expect(second.json.orderSummaries).toEqual(first.json.orderSummaries);
    expect(first.json.orderSummaries?.map((o) => o.paymentId)).toHaveLength(2);
    expect(new Set(first.json.orderSummaries?.map((o) => o.paymentId)).size).toBe(2);
  });

  it('the same id with another amount or currency is REPEAT_REQ_INCONSISTENT, and the batch is unchanged', async () => {
    const body = sampleBatchPay();
    const first = await send(body);
    const otherAmount = await send({ ...body, paymentAmount: { currency: 'USD', value: '3001' } });
    expect(otherAmount.json.result).toMatchObject({ resultCode: 'REPEAT_REQ_INCONSISTENT', resultStatus: 'F' });
    expect(otherAmount.json.result?.resultMessage).toContain('3000 USD');
    const otherCurrency = await send({ ...body, paymentAmount: { currency: 'EUR', value: '3000' } });
    expect(otherCurrency.json.result?.resultCode).toBe('REPEAT_REQ_INCONSISTENT');
    const view = await batchView(body.batchPaymentRequestId);
    expect(view.paymentAmount).toEqual({ currency: 'USD', value: '3000' });
    expect(view.normalUrl).toBe(first.json.normalUrl);
  });

  it('50 concurrent duplicates create one batch and all get the same answer', async () => {
    const body = sampleBatchPay();
    const answers = await Promise.all(Array.from({ length: 50 }, () => send(body)));
    const urls = new Set(answers.map((a) => a.json.normalUrl));
    const paymentIds = new Set(answers.map((a) => a.json.orderSummaries?.map((o) => o.paymentId).join(',')));
    expect(answers.every((a) => a.json.result?.resultCode === 'PAYMENT_IN_PROCESS' && a.signatureValid)).toBe(true);
    expect(urls.size).toBe(1);
    expect(paymentIds.size).toBe(1);
    const view = await batchView(body.batchPaymentRequestId);
    expect(view.normalUrl).toBe([...urls][0]);
    expect(view.orders.map((o) => o.paymentId).join(',')).toBe([...paymentIds][0]);
  });

  it('once paid, the same request gets SUCCESS', async () => {
    const body = sampleBatchPay();
    const first = await send(body);
    const pay = await submitCashierForm(first.json.normalUrl ?? '', 'pay');
    expect(pay.status).toBe(303);
    const again = await send(body);
    expect(again.json.result).toMatchObject({ resultCode: 'SUCCESS', resultStatus: 'S' });
    expect(again.json.orderSummaries).toEqual(first.json.orderSummaries);
  });

  it('a final F is final: the same request gets the same failure without any scenario', async () => {
    const body = sampleBatchPay();
    t.server.sandbox.setScenario({ resultCode: 'RISK_REJECT', batchPaymentRequestId: body.batchPaymentRequestId });
    expect((await send(body)).json.result?.resultCode).toBe('RISK_REJECT');
    expect((await send(body)).json.result).toMatchObject({ resultCode: 'RISK_REJECT', resultStatus: 'F' });
    expect((await batchView(body.batchPaymentRequestId)).status).toBe('FAIL');
  });

  it('two merchants may use the same id for two different batches', async () => {
    const id = uniqueId('SHARED');
    const a = await readAnswer(
      await callGateway(t.server.url, t.merchant, sampleBatchPay({ batchPaymentRequestId: id })),
      t.server.sandbox.publicKey,
    );
    const b = await readAnswer(
      await callGateway(
        t.server.url,
        t.vectorMerchant,
        sampleBatchPay({ batchPaymentRequestId: id, paymentAmount: { currency: 'KRW', value: '33000' } }),
      ),
      t.server.sandbox.publicKey,
    );
    expect(a.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
    expect(b.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
    expect(a.json.normalUrl).not.toBe(b.json.normalUrl);
  });
});
