import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import {
  buildSignContent,
  formatSignatureHeader,
  pkcs8ToPkcs1,
  RsaKeyError,
  signContent,
  toPem,
} from '@batchpay/core/signature';
import { afterEach, describe, expect, it } from 'vitest';
import { signatureVectors, vector } from '../../../../fixtures/signatureVectors.js';
import { startRawGateway } from '../test-utils/startRawGateway.js';
import { createAntomClient } from './createAntomClient.js';

/*
 * Keys as merchants hold them: every format parses when the client is created (and signs exactly what Antom's SDK
 * signs), and every unusable key fails then, naming the option, the format found and the fix.
 */

const { keys } = signatureVectors;
const merchantPkcs1 = pkcs8ToPkcs1(keys.merchantPrivateKey);
const antomPkcs1Public = String(
  createPublicKey({ key: Buffer.from(keys.antomPublicKey, 'base64'), format: 'der', type: 'spki' }).export({
    type: 'pkcs1',
    format: 'pem',
  }),
);
const base = { clientId: 'SANDBOX_5Y0566SG25J004124', baseUrl: 'http://127.0.0.1:9' };
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

const privateForms = {
  'PKCS#8 Base64': keys.merchantPrivateKey,
  'PKCS#8 PEM': toPem(keys.merchantPrivateKey, 'PRIVATE KEY'),
  'PKCS#1 PEM': toPem(merchantPkcs1, 'RSA PRIVATE KEY'),
  'PKCS#1 Base64': merchantPkcs1,
};
const publicForms = {
  'SPKI Base64': keys.antomPublicKey,
  'SPKI PEM': toPem(keys.antomPublicKey, 'PUBLIC KEY'),
  'PKCS#1 public PEM': antomPkcs1Public,
};

describe('createAntomClient keys', () => {
  for (const [privateName, privateKey] of Object.entries(privateForms)) {
    for (const [publicName, antomPublicKey] of Object.entries(publicForms)) {
      it(`a ${privateName} private key and a ${publicName} Antom key: signs like Antom's SDK, verifies Antom's answer`, async () => {
        const request = vector('request, sandbox');
        const response = vector('response, signed');
        let received: import('node:http').IncomingHttpHeaders = {};
        const g = await startRawGateway((req, res) => {
          received = req.headers;
          res.writeHead(200, {
            'content-type': 'application/json',
            'Client-Id': response.clientId,
            'Response-Time': response.time,
            Signature: response.header,
          });
          res.end(response.body);
        });
        closers.push(g.close);
        const client = createAntomClient({
          ...base,
          privateKey,
          antomPublicKey,
          merchantPublicKey: keys.merchantPublicKey,
          baseUrl: g.url,
          now: () => Number(request.time),
        });
        await expect(client.checkKeys()).resolves.toBeUndefined();
        const answer = await client.batchPay(request.body);
        expect(received.signature).toBe(request.header);
        expect(answer).toMatchObject({ ok: true, signed: true });
      });
    }
  }

  it('a mismatched pair: checkKeys rejects naming merchantPublicKey and the fix', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' });
    const client = createAntomClient({
      ...base,
      privateKey: keys.merchantPrivateKey,
      antomPublicKey: keys.antomPublicKey,
      merchantPublicKey: String(other),
    });
    await expect(client.checkKeys()).rejects.toThrow(
      /privateKey does not match merchantPublicKey.*Upload the public key/,
    );
  });

  it("Antom's public key swapped for your own: checkKeys rejects naming antomPublicKey", async () => {
    const client = createAntomClient({
      ...base,
      privateKey: keys.merchantPrivateKey,
      antomPublicKey: keys.merchantPublicKey,
    });
    await expect(client.checkKeys()).rejects.toThrow(/antomPublicKey is the public key of your own privateKey/);
  });

  it.each([
    [
      'privateKey',
      { privateKey: keys.antomPublicKey },
      /privateKey is a public key \(SPKI Base64\), not an RSA private key/,
    ],
    ['privateKey', { privateKey: 'hello, world!' }, /privateKey is neither PEM nor Base64/],
    [
      'privateKey',
      { privateKey: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----' },
      /privateKey is an encrypted private key: decrypt it/,
    ],
    [
      'antomPublicKey',
      { antomPublicKey: toPem(keys.antomPrivateKey, 'PRIVATE KEY') },
      /antomPublicKey is a private key \(PKCS#8 PEM\), not an RSA public key: copy the public key from Antom's Dashboard/,
    ],
    ['antomPublicKey', { antomPublicKey: 'bm90IGEga2V5' }, /antomPublicKey is not an RSA key/],
    ['merchantPublicKey', { merchantPublicKey: 'garbage!' }, /merchantPublicKey is neither PEM nor Base64/],
  ])('%s that cannot be used fails when the client is created: %j', (field, override, message) => {
    const create = () =>
      createAntomClient({
        ...base,
        privateKey: keys.merchantPrivateKey,
        antomPublicKey: keys.antomPublicKey,
        ...override,
      });
    expect(create).toThrow(RsaKeyError);
    expect(create).toThrow(message);
    try {
      create();
    } catch (error) {
      expect((error as RsaKeyError).field).toBe(field);
      expect((error as Error).message).toMatch(/^createAntomClient: /);
    }
  });
});

describe('createAntomClient endpoints', () => {
  const keyed = { clientId: '2025LIVE0001', privateKey: keys.merchantPrivateKey, antomPublicKey: keys.antomPublicKey };

  it.each([
    ['north-america', 'https://open-na-global.alipay.com', '/ams/api/v1/payments/batchPay'],
    ['asia', 'https://open-sea-global.alipay.com', '/ams/api/v1/payments/batchPay'],
    ['europe', 'https://open-de-global.alipay.com', '/ams/api/v1/payments/batchPay'],
  ] as const)('region %s calls %s', (region, host, path) => {
    const client = createAntomClient({ ...keyed, region });
    expect(client.baseUrl).toBe(host);
    expect(client.pathFor('/v1/payments/batchPay')).toBe(path);
  });

  it('a SANDBOX_ client id on a region takes the sandbox path on the same host', () => {
    const client = createAntomClient({ ...keyed, clientId: 'SANDBOX_2025TEST', region: 'asia' });
    expect(client.baseUrl).toBe('https://open-sea-global.alipay.com');
    expect(client.pathFor('/v1/payments/batchPay')).toBe('/ams/sandbox/api/v1/payments/batchPay');
  });

  it('an unknown region, both region and baseUrl, or neither: an error naming the option and the choices', () => {
    expect(() => createAntomClient({ ...keyed, region: 'mars' as 'asia' })).toThrow(
      /region "mars" is not one of north-america, asia, europe/,
    );
    expect(() =>
      createAntomClient({ ...keyed, region: 'asia', baseUrl: 'https://open-sea-global.alipay.com' }),
    ).toThrow(/pass region \("asia"\) or baseUrl/);
    expect(() => createAntomClient(keyed)).toThrow(/`region` or `baseUrl` is missing/);
  });

  it('antomKeyVersion defaults to 1 and takes a number or a string', () => {
    expect(createAntomClient({ ...keyed, region: 'asia' }).antomKeyVersion).toBe('1');
    expect(createAntomClient({ ...keyed, region: 'asia', antomKeyVersion: 2 }).antomKeyVersion).toBe('2');
    expect(() => createAntomClient({ ...keyed, region: 'asia', antomKeyVersion: 'two, three' })).toThrow(
      /antomKeyVersion "two, three" is not a key version/,
    );
  });
});

describe('answer headers as either SDK writes them', () => {
  it('a response-time in ISO 8601 (Python SDK) and capitalized header names verify; the window still applies', async () => {
    const body =
      '{"result":{"resultCode":"PAYMENT_IN_PROCESS","resultStatus":"U","resultMessage":"payment in process"},"normalUrl":"https://cashier.example/p/1"}';
    const at = Date.parse('2026-12-03T11:54:48+00:00');
    const path = '/ams/sandbox/api/v1/payments/batchPay';
    let time = '2026-12-03T11:54:48+00:00';
    const g = await startRawGateway(async (_req, res) => {
      const signature = await signContent(
        buildSignContent({ path, clientId: base.clientId, time, body }),
        keys.antomPrivateKey,
      );
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Client-Id': base.clientId,
        'Response-Time': time,
        Signature: formatSignatureHeader(signature),
      });
      res.end(body);
    });
    closers.push(g.close);
    const client = createAntomClient({
      ...base,
      privateKey: keys.merchantPrivateKey,
      antomPublicKey: keys.antomPublicKey,
      baseUrl: g.url,
      now: () => at + 1_000,
      maxAttempts: 1,
    });
    const request = '{"batchPaymentRequestId":"bp_1","orderList":[]}';
    expect(await client.batchPay(request)).toMatchObject({ ok: true, signed: true });
    time = '2026-12-03T11:40:00+00:00';
    expect(await client.batchPay(request)).toMatchObject({ ok: false, failure: 'unbound' });
  });
});
