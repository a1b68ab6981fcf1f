import { resultCodeList } from '@batchpay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMerchantCredentials } from './createMerchantCredentials.js';
import { createSandbox, type Sandbox } from './createSandbox.js';
import { magicAmounts } from './magicAmounts.js';
import {
  callGateway,
  inquiryPath,
  type Merchant,
  readAnswer,
  sampleBatchPay,
  uniqueId,
} from './test-utils/gatewayClient.js';
import { startTestSandbox, type TestSandbox } from './test-utils/startTestSandbox.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.close());

async function control(method: string, body?: unknown): Promise<Response> {
  return fetch(`${t.server.url}/sandbox/scenarios`, {
    method,
    headers: { 'content-type': 'application/json', origin: 'http://localhost:5173' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe("every code of Antom's result-code table can be produced on demand", () => {
  it.each(resultCodeList.map((info) => [info.code, info.status]))(
    '%s (%s) through POST /sandbox/scenarios, over HTTP',
    async (code, status) => {
      const set = await control('POST', { resultCode: code });
      expect(set.status).toBe(201);
      const answer = await readAnswer(
        await callGateway(t.server.url, t.merchant, sampleBatchPay()),
        t.server.sandbox.publicKey,
      );
      expect(answer.json.result).toMatchObject({ resultCode: code, resultStatus: status });
      expect(answer.signatureValid).toBe(true);
      if (code === 'PAYMENT_IN_PROCESS') expect(answer.json.normalUrl).toMatch(/\/sandbox\/cashier\//);
      // Used once: the next call is ordinary again.
      const next = await readAnswer(
        await callGateway(t.server.url, t.merchant, sampleBatchPay()),
        t.server.sandbox.publicKey,
      );
      expect(next.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
    },
  );

  it('has a magic amount for every code of the catalogue', () => {
    expect(
      resultCodeList.map((info) => info.code).filter((code) => !magicAmounts.some((m) => m.code === code)),
    ).toEqual([]);
  });

  it.each(magicAmounts.map((m) => [m.value, m.code]))('magic amount %s gives %s', async (value, code) => {
    const body = sampleBatchPay({ paymentAmount: { currency: 'USD', value } });
    const answer = await readAnswer(await callGateway(t.server.url, t.merchant, body), t.server.sandbox.publicKey);
    expect(answer.json.result?.resultCode).toBe(code);
  });
});

describe('scenarios', () => {
  let sandbox: Sandbox;
  let merchant: Merchant;
  beforeAll(async () => {
    merchant = await createMerchantCredentials();
    sandbox = await createSandbox({ merchants: [merchant] });
  });
  afterAll(() => sandbox.close());
  const call = async (body = sampleBatchPay()) =>
    readAnswer(await callGateway(sandbox, merchant, body), sandbox.publicKey);

  it('a scenario for one request id leaves other ids alone, and `times` repeats it', async () => {
    const id = uniqueId('ONLY');
    sandbox.setScenario({ resultCode: 'UNKNOWN_EXCEPTION', batchPaymentRequestId: id, times: 2 });
    expect((await call()).json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
    expect((await call(sampleBatchPay({ batchPaymentRequestId: id }))).json.result?.resultCode).toBe(
      'UNKNOWN_EXCEPTION',
    );
    expect((await call(sampleBatchPay({ batchPaymentRequestId: id }))).json.result?.resultCode).toBe(
      'UNKNOWN_EXCEPTION',
    );
    // A transient U is never recorded: the third call with the same id creates the payment.
    expect((await call(sampleBatchPay({ batchPaymentRequestId: id }))).json.result?.resultCode).toBe(
      'PAYMENT_IN_PROCESS',
    );
  });

  it('fault http-500 answers an HTML error page with status 500', async () => {
    sandbox.setScenario({ fault: 'http-500' });
    const res = await callGateway(sandbox, merchant, sampleBatchPay());
    expect(res.status).toBe(500);
    expect(res.headers.get('signature')).toBeNull();
  });

  it('fault malformed-json answers 200 with a body that does not parse', async () => {
    sandbox.setScenario({ fault: 'malformed-json' });
    const res = await callGateway(sandbox, merchant, sampleBatchPay());
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('fault unsigned-success answers S without any signature headers', async () => {
    sandbox.setScenario({ fault: 'unsigned-success' });
    const answer = await call();
    expect(answer.json.result?.resultStatus).toBe('S');
    expect(answer.signed).toBe(false);
  });

  it('fault delay waits before answering', async () => {
    sandbox.setScenario({ fault: 'delay', delayMs: 300 });
    const started = Date.now();
    const answer = await call();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(answer.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
  });

  it('cashierUrls chooses the URLs; [] plays a failed creation that is not recorded', async () => {
    sandbox.setScenario({ cashierUrls: ['schemeUrl'] });
    const onlyScheme = await call();
    expect(onlyScheme.json.schemeUrl).toMatch(/^batchpay-sandbox:\/\/pay\?/);
    expect(onlyScheme.json.normalUrl).toBeUndefined();
    expect(onlyScheme.json.applinkUrl).toBeUndefined();
    const id = uniqueId('NOURL');
    sandbox.setScenario({ cashierUrls: [], batchPaymentRequestId: id });
    const none = await call(sampleBatchPay({ batchPaymentRequestId: id }));
    expect(none.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
    expect([none.json.normalUrl, none.json.applinkUrl, none.json.schemeUrl]).toEqual([undefined, undefined, undefined]);
    const again = await call(sampleBatchPay({ batchPaymentRequestId: id }));
    expect(again.json.normalUrl).toMatch(/\/sandbox\/cashier\//);
  });

  it('a scenario can target inquiryPayment', async () => {
    const created = await call();
    const paymentId = created.json.orderSummaries?.[0]?.paymentId;
    sandbox.setScenario({ api: 'inquiryPayment', resultCode: 'UNKNOWN_EXCEPTION' });
    const inquiry = await readAnswer(
      await callGateway(sandbox, merchant, { paymentId }, { path: inquiryPath }),
      sandbox.publicKey,
      inquiryPath,
    );
    expect(inquiry.json.result).toMatchObject({ resultCode: 'UNKNOWN_EXCEPTION', resultStatus: 'U' });
  });

  it('setScenario refuses a malformed scenario with the reason', () => {
    expect(() => sandbox.setScenario({ fault: 'explode' as 'delay' })).toThrow(/fault must be one of/);
  });
});

describe('codes that happen for real', () => {
  it('REQUEST_TRAFFIC_EXCEED_LIMIT when a client goes over its rate, per client', async () => {
    const merchant = await createMerchantCredentials();
    const other = await createMerchantCredentials();
    const sandbox = await createSandbox({ merchants: [merchant, other], rateLimit: { requests: 3, perMs: 60_000 } });
    try {
      const codes: string[] = [];
      for (let i = 0; i < 4; i++) {
        const answer = await readAnswer(await callGateway(sandbox, merchant, sampleBatchPay()), sandbox.publicKey);
        codes.push(answer.json.result?.resultCode ?? '');
      }
      expect(codes).toEqual([
        'PAYMENT_IN_PROCESS',
        'PAYMENT_IN_PROCESS',
        'PAYMENT_IN_PROCESS',
        'REQUEST_TRAFFIC_EXCEED_LIMIT',
      ]);
      const otherAnswer = await readAnswer(await callGateway(sandbox, other, sampleBatchPay()), sandbox.publicKey);
      expect(otherAnswer.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
    } finally {
      await sandbox.close();
    }
  });

  it('SUCCESS with card-style paymentResultInfo for a CARD payment', async () => {
    const answer = await readAnswer(
      await callGateway(
        t.server.url,
        t.merchant,
        sampleBatchPay({
          paymentMethod: {
            paymentMethodType: 'CARD',
            paymentMethodMetaData: { cardNo: '4242424242424242', expiryMonth: '12', expiryYear: '2030', cvv: '123' },
          },
          paymentFactor: { isAuthorization: 'true' },
        }),
      ),
      t.server.sandbox.publicKey,
    );
    expect(answer.json.result).toMatchObject({ resultCode: 'SUCCESS', resultStatus: 'S' });
    expect(answer.json.paymentResultInfo).toMatchObject({ cardBrand: 'VISA', lastFour: '4242', cardBin: '424242' });
    expect(answer.text).not.toContain('4242424242424242');
    expect(answer.json.orderSummaries).toHaveLength(2);
  });

  it("the control endpoints are CORS-open for the demo's origin", async () => {
    const res = await fetch(`${t.server.url}/sandbox/scenarios`, {
      method: 'DELETE',
      headers: { origin: 'http://localhost:5173' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const preflight = await fetch(`${t.server.url}/sandbox/scenarios`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
  });
});
