import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitCashierForm } from './submitCashierForm.js';
import { callGateway, inquiryPath, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';
import { startTestSandbox, type TestSandbox } from './test-utils/startTestSandbox.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.close());

const inquire = async (body: unknown, merchant = t.merchant) =>
  readAnswer(
    await callGateway(t.server.url, merchant, body, { path: inquiryPath }),
    t.server.sandbox.publicKey,
    inquiryPath,
  );

async function create() {
  const body = sampleBatchPay();
  const answer = await readAnswer(await callGateway(t.server.url, t.merchant, body), t.server.sandbox.publicKey);
  return { body, answer, paymentIds: (answer.json.orderSummaries ?? []).map((o) => o.paymentId) };
}

describe('inquiryPayment, over real HTTP', () => {
  it('by paymentId: PROCESSING while pending, then SUCCESS with paymentTime after Pay', async () => {
    const { body, answer, paymentIds } = await create();
    const pending = await inquire({ paymentId: paymentIds[1] });
    expect(pending.json).toMatchObject({
      result: { resultCode: 'SUCCESS', resultStatus: 'S' },
      paymentStatus: 'PROCESSING',
      paymentId: paymentIds[1],
      paymentRequestId: body.batchPaymentRequestId,
      paymentAmount: { currency: 'USD', value: '2000' },
    });
    expect(pending.json.paymentTime).toBeUndefined();
    expect(pending.signatureValid).toBe(true);
    await submitCashierForm(answer.json.normalUrl ?? '', 'pay');
    const paid = await inquire({ paymentId: paymentIds[1] });
    expect(paid.json.paymentStatus).toBe('SUCCESS');
    expect(paid.json.paymentTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('by paymentRequestId = batchPaymentRequestId: the whole batch (for a merchant that lost the answer)', async () => {
    const { body } = await create();
    const answer = await inquire({ paymentRequestId: body.batchPaymentRequestId });
    expect(answer.json).toMatchObject({ paymentStatus: 'PROCESSING', paymentAmount: body.paymentAmount });
    expect(answer.json.paymentId).toBeUndefined();
  });

  it('paymentId wins when both are sent', async () => {
    const { paymentIds } = await create();
    const answer = await inquire({ paymentId: paymentIds[0], paymentRequestId: 'something-else' });
    expect(answer.json.paymentId).toBe(paymentIds[0]);
  });

  it('an unknown paymentId, or another merchant’s, is ORDER_NOT_EXIST', async () => {
    const { paymentIds } = await create();
    expect((await inquire({ paymentId: '20260101000000999' })).json.result).toMatchObject({
      resultCode: 'ORDER_NOT_EXIST',
      resultStatus: 'F',
    });
    const foreign = await inquire({ paymentId: paymentIds[0] }, t.vectorMerchant);
    expect(foreign.json.result?.resultCode).toBe('ORDER_NOT_EXIST');
  });

  it('neither id is PARAM_ILLEGAL naming both fields; signature rules apply as for batchPay', async () => {
    const none = await inquire({});
    expect(none.json.result?.resultCode).toBe('PARAM_ILLEGAL');
    expect(none.json.result?.resultMessage).toMatch(/paymentId or paymentRequestId/);
    const tampered = await readAnswer(
      await callGateway(
        t.server.url,
        t.merchant,
        { paymentId: 'x' },
        { path: inquiryPath, signedBody: '{"paymentId":"y"}' },
      ),
      t.server.sandbox.publicKey,
      inquiryPath,
    );
    expect(tampered.json.result?.resultCode).toBe('INVALID_SIGNATURE');
  });
});
