import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureVectors, vectorMerchant } from '../../../fixtures/signatureVectors.js';
import { createMerchantCredentials } from './createMerchantCredentials.js';
import { createSandbox } from './createSandbox.js';
import { batchPayPath, callGateway, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';
import { startTestSandbox, type TestSandbox } from './test-utils/startTestSandbox.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(() => t.close());

describe('signatures over real HTTP', () => {
  it('accepts a correctly signed batchPay on the sandbox path and signs its answer over the same path', async () => {
    const res = await callGateway(t.server.url, t.merchant, sampleBatchPay());
    const answer = await readAnswer(res, t.server.sandbox.publicKey);
    expect(answer.status).toBe(200);
    expect(answer.json.result).toMatchObject({ resultCode: 'PAYMENT_IN_PROCESS', resultStatus: 'U' });
    expect(res.headers.get('client-id')).toBe(t.merchant.clientId);
    expect(res.headers.get('response-time')).toMatch(/^\d{13}$/);
    expect(res.headers.get('signature')).toMatch(/^algorithm=RSA256,keyVersion=1,signature=\S+$/);
    expect(answer.signatureValid).toBe(true);
  });

  it('accepts the production path too, with the signature over that path', async () => {
    const path = '/ams/api/v1/payments/batchPay';
    const res = await callGateway(t.server.url, t.vectorMerchant, sampleBatchPay(), { path });
    const copy = res.clone();
    const answer = await readAnswer(res, t.server.sandbox.publicKey, path);
    expect(answer.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
    expect(answer.signatureValid).toBe(true);
    // The same answer does not verify over the other path: the signature really covers the path.
    const other = await readAnswer(copy, t.server.sandbox.publicKey, batchPayPath);
    expect(other.signatureValid).toBe(false);
  });

  it('rejects a tampered body with INVALID_SIGNATURE (signed answer, F)', async () => {
    const body = sampleBatchPay();
    const signedBody = JSON.stringify({ ...body, paymentAmount: { currency: 'USD', value: '1' } });
    const answer = await readAnswer(
      await callGateway(t.server.url, t.merchant, body, { signedBody }),
      t.server.sandbox.publicKey,
    );
    expect(answer.json.result).toMatchObject({ resultCode: 'INVALID_SIGNATURE', resultStatus: 'F' });
    expect(answer.signatureValid).toBe(true);
  });

  it('rejects a signature made over another path', async () => {
    const answer = await readAnswer(
      await callGateway(t.server.url, t.merchant, sampleBatchPay(), { signedPath: '/ams/api/v1/payments/batchPay' }),
      t.server.sandbox.publicKey,
    );
    expect(answer.json.result?.resultCode).toBe('INVALID_SIGNATURE');
    expect(answer.json.result?.resultMessage).toContain(batchPayPath);
  });

  it('rejects a signature made with another key', async () => {
    const stranger = await createMerchantCredentials();
    const answer = await readAnswer(
      await callGateway(t.server.url, t.merchant, sampleBatchPay(), { signingKey: stranger.privateKey }),
      t.server.sandbox.publicKey,
    );
    expect(answer.json.result?.resultCode).toBe('INVALID_SIGNATURE');
  });

  it('answers KEY_NOT_FOUND, unsigned, to an unknown client', async () => {
    const stranger = await createMerchantCredentials();
    const answer = await readAnswer(
      await callGateway(t.server.url, stranger, sampleBatchPay()),
      t.server.sandbox.publicKey,
    );
    expect(answer.json.result).toMatchObject({ resultCode: 'KEY_NOT_FOUND', resultStatus: 'F' });
    expect(answer.signed).toBe(false);
  });

  it('rejects a stale request-time, even with a valid signature over it', async () => {
    const tenMinutesAgo = String(Date.now() - 10 * 60_000);
    const answer = await readAnswer(
      await callGateway(t.server.url, t.merchant, sampleBatchPay(), { time: tenMinutesAgo }),
      t.server.sandbox.publicKey,
    );
    expect(answer.json.result?.resultCode).toBe('INVALID_SIGNATURE');
    expect(answer.json.result?.resultMessage).toMatch(/request-time/);
  });

  it.each([
    ['signature', 'INVALID_SIGNATURE', /signature is missing/],
    ['request-time', 'PARAM_ILLEGAL', /request-time is missing/],
    ['client-id', 'PARAM_ILLEGAL', /client-id is missing/],
  ])('names the missing header %s', async (header, code, message) => {
    const res = await callGateway(t.server.url, t.merchant, sampleBatchPay(), { headers: { [header]: null } });
    const answer = await readAnswer(res, t.server.sandbox.publicKey);
    expect(answer.status).toBe(200);
    expect(answer.json.result?.resultCode).toBe(code);
    expect(answer.json.result?.resultStatus).toBe('F');
    expect(answer.json.result?.resultMessage).toMatch(message);
  });

  it('rejects a malformed signature header', async () => {
    const res = await callGateway(t.server.url, t.merchant, sampleBatchPay(), {
      headers: { signature: 'algorithm=RSA256,keyVersion=1,signature=%%%not-base64' },
    });
    expect((await readAnswer(res, t.server.sandbox.publicKey)).json.result?.resultCode).toBe('INVALID_SIGNATURE');
  });

  it('answers NO_INTERFACE_DEF to a path that is not an API', async () => {
    const path = '/ams/sandbox/api/v1/payments/batchPayment';
    const answer = await readAnswer(
      await callGateway(t.server.url, t.merchant, sampleBatchPay(), { path }),
      t.server.sandbox.publicKey,
      path,
    );
    expect(answer.json.result).toMatchObject({ resultCode: 'NO_INTERFACE_DEF', resultStatus: 'F' });
    expect(answer.signatureValid).toBe(true);
  });
});

describe("Antom's own signature vectors", () => {
  it.each(signatureVectors.vectors.filter((v) => v.signedWith === 'merchantPrivateKey'))(
    'accepts the SDK-signed request "$name" byte for byte',
    async (vector) => {
      const sandbox = await createSandbox({
        now: () => new Date(Number(vector.time)),
        merchants: [{ clientId: vector.clientId, publicKey: signatureVectors.keys.merchantPublicKey }],
      });
      try {
        const res = await sandbox.fetch(
          new Request(`http://sandbox.test${vector.path}`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json; charset=UTF-8',
              'client-id': vector.clientId,
              'request-time': vector.time,
              signature: vector.header,
            },
            body: vector.body,
          }),
        );
        const answer = await readAnswer(res, sandbox.publicKey, vector.path);
        expect(answer.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
        expect(answer.json.orderSummaries?.map((o) => o.referenceMerchantId)).toEqual(['SELLER_CAFE', 'SELLER_BOOKS']);
        expect(answer.signatureValid).toBe(true);
      } finally {
        await sandbox.close();
      }
    },
  );

  it('signs answers with the key it was given, so a merchant holding the matching public key verifies them', async () => {
    const sandbox = await createSandbox({
      keys: { privateKey: signatureVectors.keys.antomPrivateKey, publicKey: signatureVectors.keys.antomPublicKey },
      merchants: [vectorMerchant],
    });
    try {
      const answer = await readAnswer(
        await callGateway(sandbox, vectorMerchant, sampleBatchPay()),
        signatureVectors.keys.antomPublicKey,
      );
      expect(answer.signatureValid).toBe(true);
      expect(sandbox.publicKey).toBe(signatureVectors.keys.antomPublicKey);
    } finally {
      await sandbox.close();
    }
  });
});
