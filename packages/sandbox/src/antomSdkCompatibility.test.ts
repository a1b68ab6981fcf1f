import { createPrivateKey, createPublicKey, createSign, createVerify } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSignContent, formatSignatureHeader, signContent, verifyContent } from '@batchpay/core/signature';
import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxBatchView } from './SandboxBatch.js';
import { type MerchantFile, startSandboxCli } from './startSandboxCli.js';
import { submitCashierForm } from './submitCashierForm.js';
import { batchPayPath, callGateway, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';
import { startNotifyReceiver } from './test-utils/startNotifyReceiver.js';
import { startTestSandbox, type TestSandbox } from './test-utils/startTestSandbox.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function sandbox(options: Parameters<typeof startTestSandbox>[0] = {}): Promise<TestSandbox> {
  const t = await startTestSandbox({ notifyTimeScale: 0.001, ...options });
  cleanups.push(() => t.close());
  return t;
}

describe('signature headers as strict as Antom and its SDKs', () => {
  it('keyVersion must be the registered one (default 1)', async () => {
    const t = await sandbox();
    const wrong = await callGateway(t.server.url, t.merchant, sampleBatchPay(), {
      headers: { signature: 'algorithm=RSA256,keyVersion=2,signature=abc' },
    });
    const answer = await readAnswer(wrong, t.server.sandbox.publicKey);
    expect(answer.json.result?.resultCode).toBe('INVALID_SIGNATURE');
    expect(answer.json.result?.resultMessage).toMatch(/keyVersion=2.*version 1: send keyVersion=1/);

    const v2 = await sandbox({ keyVersion: 2 });
    const body = sampleBatchPay();
    const text = JSON.stringify(body);
    const time = String(Date.now());
    const signature = await signContent(
      buildSignContent({ method: 'POST', path: batchPayPath, clientId: v2.merchant.clientId, time, body: text }),
      v2.merchant.privateKey,
    );
    const accepted = await callGateway(v2.server.url, v2.merchant, text, {
      time,
      headers: { signature: formatSignatureHeader(signature, 2) },
    });
    expect((await readAnswer(accepted, v2.server.sandbox.publicKey)).json.result?.resultCode).toBe(
      'PAYMENT_IN_PROCESS',
    );
    const v1 = await readAnswer(
      await callGateway(v2.server.url, v2.merchant, sampleBatchPay()),
      v2.server.sandbox.publicKey,
    );
    expect(v1.json.result?.resultCode).toBe('INVALID_SIGNATURE');
  });

  it('a raw, not URL-encoded "+" in the signature is refused, as the SDKs (unquote_plus) would', async () => {
    const t = await sandbox();
    // Find a body whose Base64 signature holds a "+" (most do).
    for (let i = 0; i < 20; i++) {
      const text = JSON.stringify(sampleBatchPay());
      const time = String(Date.now());
      const encoded = await signContent(
        buildSignContent({ method: 'POST', path: batchPayPath, clientId: t.merchant.clientId, time, body: text }),
        t.merchant.privateKey,
      );
      const raw = decodeURIComponent(encoded);
      if (!raw.includes('+')) continue;
      const refused = await readAnswer(
        await callGateway(t.server.url, t.merchant, text, { time, headers: { signature: formatSignatureHeader(raw) } }),
        t.server.sandbox.publicKey,
      );
      expect(refused.json.result?.resultCode).toBe('INVALID_SIGNATURE');
      expect(refused.json.result?.resultMessage).toMatch(/raw "\+".*%2B/);
      const accepted = await readAnswer(
        await callGateway(t.server.url, t.merchant, text, {
          time,
          headers: { signature: formatSignatureHeader(encoded) },
        }),
        t.server.sandbox.publicKey,
      );
      expect(accepted.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
      return;
    }
    throw new Error('no signature with a "+" in 20 tries');
  });

  it('request-time may be ISO 8601 with an offset (Antom Python SDK) or epoch ms (Java SDK), nothing else', async () => {
    const t = await sandbox();
    const iso = new Date().toISOString().replace(/\.\d+Z$/, '+00:00');
    const python = await readAnswer(
      await callGateway(t.server.url, t.merchant, sampleBatchPay(), { time: iso }),
      t.server.sandbox.publicKey,
    );
    expect(python.json.result?.resultCode).toBe('PAYMENT_IN_PROCESS');
    const loose = await readAnswer(
      await callGateway(t.server.url, t.merchant, sampleBatchPay(), { time: new Date().toUTCString() }),
      t.server.sandbox.publicKey,
    );
    expect(loose.json.result?.resultCode).toBe('PARAM_ILLEGAL');
    expect(loose.json.result?.resultMessage).toMatch(/epoch milliseconds.*or ISO 8601 with an offset/);
  });

  it('header names are case-insensitive; answers carry them in lowercase (the Python SDK matches them exactly)', async () => {
    const t = await sandbox();
    const text = JSON.stringify(sampleBatchPay());
    const time = String(Date.now());
    const signature = await signContent(
      buildSignContent({ method: 'POST', path: batchPayPath, clientId: t.merchant.clientId, time, body: text }),
      t.merchant.privateKey,
    );
    const { status, rawHeaders, body } = await new Promise<{ status: number; rawHeaders: string[]; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          `${t.server.url}${batchPayPath}`,
          {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json; charset=UTF-8',
              'Client-Id': t.merchant.clientId,
              'Request-Time': time,
              Signature: formatSignatureHeader(signature),
            },
          },
          (res) => {
            let data = '';
            res.on('data', (chunk: Buffer) => {
              data += chunk.toString();
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, rawHeaders: res.rawHeaders, body: data }));
          },
        );
        req.on('error', reject);
        req.end(text);
      },
    );
    expect(status).toBe(200);
    expect(JSON.parse(body).result.resultCode).toBe('PAYMENT_IN_PROCESS');
    const names = rawHeaders.filter((_, i) => i % 2 === 0);
    expect(names).toEqual(expect.arrayContaining(['client-id', 'response-time', 'signature']));
  });
});

describe("merchant.json's PEM files, for Antom's own SDKs", () => {
  it('writes PKCS#8 and PKCS#1 private keys and SPKI public keys that sign and verify against the sandbox', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'batchpay-sandbox-pem-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const server = await startSandboxCli({ port: 0, host: '127.0.0.1', dataDir, notifyTimeScale: 1 });
    cleanups.push(() => server.close());
    const file = JSON.parse(await readFile(join(dataDir, 'merchant.json'), 'utf8')) as MerchantFile;
    const pem = file.pemFiles;
    if (!pem) throw new Error('merchant.json has no pemFiles');
    const pkcs1 = await readFile(pem.merchantPrivateKeyPkcs1, 'utf8');
    expect(pkcs1.startsWith('-----BEGIN RSA PRIVATE KEY-----\n')).toBe(true);
    expect((await readFile(pem.merchantPrivateKeyPkcs8, 'utf8')).startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(
      true,
    );
    expect(((await stat(pem.merchantPrivateKeyPkcs1)).mode & 0o777).toString(8)).toBe('600');
    const sandboxPem = await readFile(pem.sandboxPublicKey, 'utf8');
    expect(createPublicKey(sandboxPem).export({ format: 'der', type: 'spki' }).toString('base64')).toBe(
      file.sandboxPublicKey,
    );
    expect(
      createPublicKey(await readFile(pem.merchantPublicKey, 'utf8'))
        .export({ format: 'der', type: 'spki' })
        .toString('base64'),
    ).toBe(file.merchantPublicKey);

    // What an SDK does with the PKCS#1 file: RSA-SHA256 over the sign content, Base64, URL-encoded.
    const text = JSON.stringify(sampleBatchPay());
    const time = String(Date.now());
    const content = buildSignContent({ method: 'POST', path: batchPayPath, clientId: file.clientId, time, body: text });
    const signed = createSign('RSA-SHA256').update(content).sign(createPrivateKey(pkcs1), 'base64');
    const response = await callGateway(
      file.baseUrl,
      { clientId: file.clientId, privateKey: file.merchantPrivateKey, publicKey: file.merchantPublicKey },
      text,
      { time, headers: { signature: formatSignatureHeader(encodeURIComponent(signed)) } },
    );
    const answerText = await response.text();
    expect(JSON.parse(answerText).result.resultCode).toBe('PAYMENT_IN_PROCESS');
    const answerSignature = decodeURIComponent(response.headers.get('signature')?.split('signature=')[1] ?? '');
    const answerContent = buildSignContent({
      method: 'POST',
      path: batchPayPath,
      clientId: file.clientId,
      time: response.headers.get('response-time') ?? '',
      body: answerText,
    });
    expect(createVerify('RSA-SHA256').update(answerContent).verify(sandboxPem, answerSignature, 'base64')).toBe(true);
  });
});

describe("notifications in Antom's per-payment shape (notifyShape: 'payment')", () => {
  it('one signed notifyPayment per order; only the unacknowledged one is redelivered', async () => {
    // The second notification is refused once, everything else acknowledged.
    const receiver = await startNotifyReceiver((n) => (n === 2 ? 'nack' : 'ack'));
    cleanups.push(() => receiver.close());
    const t = await sandbox({ notifyShape: 'payment' });
    const body = sampleBatchPay({ paymentNotifyUrl: receiver.url });
    const answer = await readAnswer(await callGateway(t.server.url, t.merchant, body), t.server.sandbox.publicKey);
    expect((await submitCashierForm(answer.json.normalUrl ?? '', 'pay')).status).toBe(303);
    const notes = await receiver.waitFor(3);
    const summaries = answer.json.orderSummaries ?? [];
    const bodies = notes.map((n) => JSON.parse(n.body) as Record<string, unknown>);
    expect(bodies.slice(0, 2)).toEqual(
      summaries.map((o) => ({
        notifyType: 'PAYMENT_RESULT',
        result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'Success' },
        paymentRequestId: body.batchPaymentRequestId,
        paymentId: o.paymentId,
        paymentAmount: o.orderAmount,
        paymentCreateTime: expect.any(String),
        paymentTime: expect.any(String),
        paymentMethodType: 'ALIPAY_CN',
      })),
    );
    expect(bodies[2]?.paymentId).toBe(summaries[1]?.paymentId);
    for (const note of notes) {
      const signature = String(note.headers.signature).split('signature=')[1] ?? '';
      const content = buildSignContent({
        method: 'POST',
        path: note.path,
        clientId: t.merchant.clientId,
        time: String(note.headers['request-time']),
        body: note.body,
      });
      expect(await verifyContent(content, signature, t.server.sandbox.publicKey)).toBe(true);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received).toHaveLength(3);
    const view = (await (
      await fetch(`${t.server.url}/sandbox/batches/${body.batchPaymentRequestId}`)
    ).json()) as SandboxBatchView;
    expect(view.notification.state).toBe('acknowledged');
    expect(view.deliveries.map((d) => [d.attempt, d.paymentId, d.acknowledged])).toEqual([
      [1, summaries[0]?.paymentId, true],
      [1, summaries[1]?.paymentId, false],
      [2, summaries[1]?.paymentId, true],
    ]);
  });
});
