import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMerchantCredentials } from './createMerchantCredentials.js';
import { createSandbox } from './createSandbox.js';
import { defaultServerTimeouts } from './startSandboxServer.js';
import { batchPayPath, callGateway, inquiryPath, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';
import { startTestSandbox, type TestSandbox } from './test-utils/startTestSandbox.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ timeouts: { headersMs: 300, requestMs: 600, keepAliveMs: 200 } });
});
afterAll(async () => {
  await t.close();
});

describe('the rate limit counts only authenticated requests', () => {
  it("unsigned or forged calls under a merchant's client id spend none of its quota", async () => {
    const merchant = await createMerchantCredentials();
    const stranger = await createMerchantCredentials();
    const sandbox = await createSandbox({ merchants: [merchant], rateLimit: { requests: 3, perMs: 60_000 } });
    try {
      const junk: string[] = [];
      for (let i = 0; i < 8; i++) {
        const forged = await callGateway(sandbox, merchant, sampleBatchPay(), { signingKey: stranger.privateKey });
        junk.push((await readAnswer(forged, sandbox.publicKey)).json.result?.resultCode ?? '');
        const unsigned = await callGateway(sandbox, merchant, sampleBatchPay(), { headers: { signature: null } });
        junk.push((await readAnswer(unsigned, sandbox.publicKey)).json.result?.resultCode ?? '');
      }
      expect(new Set(junk)).toEqual(new Set(['INVALID_SIGNATURE']));
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
      // inquiryPayment shares the quota, and also counts only signed calls.
      const inquiry = await readAnswer(
        await callGateway(sandbox, merchant, { paymentId: 'x' }, { path: inquiryPath }),
        sandbox.publicKey,
        inquiryPath,
      );
      expect(inquiry.json.result?.resultCode).toBe('REQUEST_TRAFFIC_EXCEED_LIMIT');
      expect(inquiry.json.result?.resultMessage).toMatch(/More than 3 requests in 60000 ms/);
    } finally {
      await sandbox.close();
    }
  });
});

describe('sizes are checked before the items', () => {
  it('a signed 900 KB batchPay of 300,000 empty orders is refused by its count, with a small answer', async () => {
    const body = JSON.stringify({ ...sampleBatchPay(), orderList: Array.from({ length: 300_000 }, () => ({})) });
    expect(body.length).toBeGreaterThan(900_000);
    const answer = await readAnswer(await callGateway(t.server.url, t.merchant, body), t.server.sandbox.publicKey);
    expect(answer.signatureValid).toBe(true);
    expect(answer.json.result).toEqual({
      resultCode: 'PARAM_ILLEGAL',
      resultStatus: 'F',
      resultMessage: 'orderList must hold at most 10 orders, not 300000: split the payment',
    });
    expect(answer.text.length).toBeLessThan(300);
    // Meanwhile, and after, the sandbox serves others as usual.
    const next = await readAnswer(
      await callGateway(t.server.url, t.merchant, sampleBatchPay()),
      t.server.sandbox.publicKey,
    );
    expect(next.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
  });

  it('an order with 50,000 goods is refused by its count', async () => {
    const sample = sampleBatchPay();
    const [first, ...rest] = sample.orderList;
    const goods = Array.from({ length: 50_000 }, () => ({}));
    const body = JSON.stringify({ ...sample, orderList: [{ ...first, goods }, ...rest] });
    const answer = await readAnswer(await callGateway(t.server.url, t.merchant, body), t.server.sandbox.publicKey);
    expect(answer.json.result?.resultMessage).toBe('orderList[0].goods must hold at most 100 goods, not 50000');
  });
});

describe('a wrong type says so', () => {
  it.each([
    [
      'paymentAmount.value as a number',
      { paymentAmount: { currency: 'USD', value: 3000 } },
      'paymentAmount.value must be a string, not a number: the amount in minor units as a string, such as "1234" for 12.34 USD',
    ],
    [
      'batchPaymentRequestId as a number',
      { batchPaymentRequestId: 42 },
      'batchPaymentRequestId must be a string, not a number',
    ],
    ['paymentRedirectUrl as null', { paymentRedirectUrl: null }, 'paymentRedirectUrl must be a string, not null'],
    ['orderList as a string', { orderList: 'A-1,B-1' }, 'orderList must be an array of orders, not "A-1,B-1"'],
  ])('%s', async (_label, change, message) => {
    const body = { ...sampleBatchPay(), ...change };
    const answer = await readAnswer(await callGateway(t.server.url, t.merchant, body), t.server.sandbox.publicKey);
    expect(answer.json.result?.resultCode).toBe('PARAM_ILLEGAL');
    expect(answer.json.result?.resultMessage).toBe(message);
  });
});

/** Opens a raw connection, writes `chunks`, and answers with everything the server sent before it closed. */
function slowClient(port: number, chunks: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      for (const chunk of chunks) socket.write(chunk);
    });
    let received = '';
    socket.on('data', (data) => {
      received += data.toString();
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
  });
}

describe('slow clients do not hold connections', () => {
  const port = () => Number(new URL(t.server.url).port);

  it('headers that never finish get 408 and a closed connection', async () => {
    const answer = await slowClient(port(), [`POST ${batchPayPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nclient-id: x`]);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('a body that never finishes gets 408 and a closed connection', async () => {
    const answer = await slowClient(port(), [
      `POST ${batchPayPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nclient-id: ${t.merchant.clientId}\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n{"productCode":`,
    ]);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('by default headers get 10 s, a whole request 30 s, an idle connection 5 s', () => {
    expect(defaultServerTimeouts).toEqual({ headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 });
  });
});
