import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMerchantCredentials } from './createMerchantCredentials.js';
import { createSandbox, type Sandbox } from './createSandbox.js';
import { callGateway, type Merchant, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';
import { startTestSandbox, type TestSandbox } from './test-utils/startTestSandbox.js';

let t: TestSandbox;
let sandbox: Sandbox;
let merchant: Merchant;
beforeAll(async () => {
  t = await startTestSandbox();
  merchant = await createMerchantCredentials();
  sandbox = await createSandbox({ merchants: [merchant] });
});
afterAll(async () => {
  await t.close();
  await sandbox.close();
});

async function answerTo(body: unknown, options: Parameters<typeof callGateway>[3] = {}) {
  return readAnswer(await callGateway(sandbox, merchant, body, options), sandbox.publicKey);
}

describe('bad input gets a clean, signed PARAM_ILLEGAL (never a crash or a 500)', () => {
  it('a body that is not JSON', async () => {
    const answer = await answerTo('{"productCode": "CASHIER_PAYMENT",');
    expect(answer.status).toBe(200);
    expect(answer.json.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultStatus: 'F' });
    expect(answer.json.result?.resultMessage).toMatch(/not valid JSON/);
    expect(answer.signatureValid).toBe(true);
  });

  it.each([
    ['30 minutes ahead for a wallet', 'ALIPAY_CN', 30 * 60_000, /less than 10 minutes/],
    ['49 hours ahead for a bank transfer', 'BANK_TRANSFER', 49 * 3_600_000, /less than 48 hours/],
    ['in the past', 'ALIPAY_CN', -60_000, /in the past/],
  ])('a paymentExpiryTime %s is refused, naming the field and the limit', async (_label, method, offsetMs, why) => {
    const paymentExpiryTime = `${new Date(Date.now() + offsetMs).toISOString().slice(0, 19)}Z`;
    const answer = await answerTo(sampleBatchPay({ paymentExpiryTime, paymentMethod: { paymentMethodType: method } }));
    expect(answer.json.result?.resultCode).toBe('PARAM_ILLEGAL');
    expect(answer.json.result?.resultMessage).toMatch(/^paymentExpiryTime /);
    expect(answer.json.result?.resultMessage).toMatch(why);
  });

  it('a paymentExpiryTime within the limit is accepted', async () => {
    const paymentExpiryTime = `${new Date(Date.now() + 5 * 60_000).toISOString().slice(0, 19)}Z`;
    const answer = await answerTo(sampleBatchPay({ paymentExpiryTime }));
    expect(answer.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
  });

  it('a wrong content type', async () => {
    const answer = await answerTo(sampleBatchPay(), { headers: { 'content-type': 'text/plain' } });
    expect(answer.json.result?.resultCode).toBe('PARAM_ILLEGAL');
    expect(answer.json.result?.resultMessage).toMatch(/content-type.*application\/json/);
  });

  it('a body over 1 MB, over real HTTP', async () => {
    const big = sampleBatchPay({ orderList: [] });
    const padded = { ...big, orderList: [], padding: 'x'.repeat(1024 * 1024) };
    const res = await callGateway(t.server.url, t.merchant, padded);
    const answer = await readAnswer(res, t.server.sandbox.publicKey);
    expect(answer.status).toBe(200);
    expect(answer.json.result?.resultCode).toBe('PARAM_ILLEGAL');
    expect(answer.json.result?.resultMessage).toMatch(/1 MB/);
  });

  it.each([
    ['a number where Antom wants a string', { paymentAmount: { currency: 'USD', value: 3000 } }, 'paymentAmount.value'],
    ['a missing required field', { paymentNotifyUrl: undefined }, 'paymentNotifyUrl'],
    ['a wrong product code', { productCode: 'AGREEMENT_PAYMENT' }, 'productCode'],
    ['an unknown terminal type', { env: { terminalType: 'TV' } }, 'env.terminalType'],
    ['a non-array orderList', { orderList: { referenceOrderId: 'A' } }, 'orderList'],
    ['an id over 64 characters', { batchPaymentRequestId: 'x'.repeat(65) }, 'batchPaymentRequestId'],
  ])('%s names the field', async (_label, override, field) => {
    const answer = await answerTo({ ...sampleBatchPay(), ...override });
    expect(answer.json.result?.resultCode).toBe('PARAM_ILLEGAL');
    expect(answer.json.result?.resultMessage).toContain(field);
  });

  it('an order with a bad amount names the order by index', async () => {
    const body = sampleBatchPay();
    const second = body.orderList[1];
    if (!second) throw new Error('sample has two orders');
    second.orderAmount = { currency: 'USD', value: '12.50' };
    const answer = await answerTo(body);
    expect(answer.json.result?.resultMessage).toContain('orderList[1].orderAmount.value');
  });

  it('unknown fields, at any depth', async () => {
    const body = { ...sampleBatchPay(), discountCode: 'FREE' };
    const top = await answerTo(body);
    expect(top.json.result?.resultCode).toBe('PARAM_ILLEGAL');
    expect(top.json.result?.resultMessage).toContain('discountCode');
    const nested = sampleBatchPay();
    const first = nested.orderList[0];
    if (!first) throw new Error('sample has orders');
    const withNickname = { ...nested, orderList: [{ ...first, merchant: { ...first.merchant, nickname: 'A' } }] };
    const deep = await answerTo(withNickname);
    expect(deep.json.result?.resultMessage).toContain('orderList[0].merchant.nickname');
  });

  it.each([['[]'], ['null'], ['"text"'], ['42'], ['']])('the JSON value %s', async (text) => {
    const answer = await answerTo(text);
    expect(answer.status).toBe(200);
    expect(answer.json.result?.resultCode).toBe('PARAM_ILLEGAL');
  });

  it('accepts orders that do not add up to paymentAmount, as Antom does (its API reference says it does not check)', async () => {
    const answer = await answerTo(sampleBatchPay({ paymentAmount: { currency: 'USD', value: '1' } }));
    expect(answer.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
  });

  it('a GET on the API answers NO_INTERFACE_DEF, not a crash', async () => {
    const res = await sandbox.fetch(new Request('http://sandbox.test/ams/sandbox/api/v1/payments/batchPay'));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { result: { resultCode: string } }).result.resultCode).toBe('NO_INTERFACE_DEF');
  });

  it('garbage on the control endpoint gets a 400 that names the fix', async () => {
    const res = await sandbox.fetch(
      new Request('http://sandbox.test/sandbox/scenarios', { method: 'POST', body: '{"resultCode":"NOPE"}' }),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/resultCode "NOPE" is not a code/);
  });
});
