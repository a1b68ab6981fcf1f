import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BatchPayOutcome } from '@batchpay/core';
import { type MerchantFile, parseCliArgs, type SandboxServer, startSandboxCli } from '@batchpay/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAntomClient } from './antom/createAntomClient.js';
import { actOnCashier, getCheckout, postCheckout, waitForCheckout } from './test-utils/merchantApi.js';
import { type MerchantUnderTest, removeDbFile, startMerchant } from './test-utils/startMerchant.js';

/*
 * The whole flow over real HTTP against the sandbox as `batchpay-sandbox --notify-shape payment` starts it (its own
 * argument parser and start-up: keys, merchant.json and the PEM files it writes): create → the buyer acts on the
 * hosted cashier (CSRF form) → one signed per-payment notifyPayment per order → the checkout is final. The merchant
 * uses the PEM files as a merchant holding Antom's keys would: the PKCS#1 private key, SPKI public keys.
 */

let dataDir: string;
let sandbox: SandboxServer & { merchantFile: string };
let antom: { clientId: string; privateKey: string; antomPublicKey: string; merchantPublicKey: string; baseUrl: string };
const merchants: MerchantUnderTest[] = [];
let keyCounter = 0;
const newKey = () => `per-payment-${Date.now()}-${++keyCounter}`;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sandbox-payment-shape-'));
  sandbox = await startSandboxCli(
    parseCliArgs([
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--notify-shape',
      'payment',
      '--notify-time-scale',
      '0.001',
      '--rate-limit',
      'off',
    ]),
  );
  const file = JSON.parse(readFileSync(sandbox.merchantFile, 'utf8')) as MerchantFile;
  const pem = file.pemFiles;
  if (!pem) throw new Error('merchant.json lists no PEM files');
  antom = {
    clientId: file.clientId,
    privateKey: readFileSync(pem.merchantPrivateKeyPkcs1, 'utf8'),
    antomPublicKey: readFileSync(pem.sandboxPublicKey, 'utf8'),
    merchantPublicKey: readFileSync(pem.merchantPublicKey, 'utf8'),
    baseUrl: file.baseUrl,
  };
});
afterAll(async () => {
  for (const m of merchants) {
    await m.stop().catch(() => {});
    removeDbFile(m.dbFile);
  }
  await sandbox?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function normalUrlOf(outcome: BatchPayOutcome): string {
  if (outcome.kind !== 'redirect' || !outcome.urls.normalUrl)
    throw new Error(`no redirect: ${JSON.stringify(outcome)}`);
  return outcome.urls.normalUrl;
}

async function merchant(options: { dbFile?: string; port?: number } = {}) {
  const m = await startMerchant({ antom, ...options });
  merchants.push(m);
  return m;
}

describe('the sandbox with --notify-shape payment', () => {
  it('its PEM files parse and match (PKCS#1 private key, SPKI public keys)', async () => {
    expect(antom.privateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    await expect(createAntomClient(antom).checkKeys()).resolves.toBeUndefined();
  });

  it('pay: one acknowledged notifyPayment per order, matched by paymentId, and the checkout succeeds', async () => {
    const m = await merchant();
    const post = await postCheckout(m.url, newKey());
    expect(await actOnCashier(normalUrlOf(post.json.outcome), 'pay')).toBe(303);
    const view = await waitForCheckout(m.url, post.json.checkoutId, (v) => v.final);
    expect(view).toMatchObject({ status: 'succeeded', final: true });
    expect(view.orders.map((o) => o.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);

    const deliveries = sandbox.sandbox
      .notifications()
      .filter((d) => d.batchPaymentRequestId === view.batchPaymentRequestId);
    expect(deliveries.map((d) => d.paymentId).sort()).toEqual(view.orders.map((o) => o.paymentId).sort());
    expect(deliveries.every((d) => d.acknowledged && d.httpStatus === 200)).toBe(true);
    for (const d of deliveries) {
      const body = JSON.parse(d.body) as Record<string, unknown>;
      expect(body).toMatchObject({ notifyType: 'PAYMENT_RESULT', paymentId: d.paymentId });
      expect(body).not.toHaveProperty('orderSummaries');
    }
    const accepted = m.events.filter((e) => e.type === 'notify.accepted' && e.checkoutId === post.json.checkoutId);
    expect(accepted).toHaveLength(3);
    expect(accepted.every((e) => /matched by paymentId.*1 order\(s\) changed/.test(e.detail))).toBe(true);
  });

  it('decline: each order FAIL by its own notification, the checkout failed and final', async () => {
    const m = await merchant();
    const post = await postCheckout(m.url, newKey());
    expect(await actOnCashier(normalUrlOf(post.json.outcome), 'decline')).toBe(303);
    const view = await waitForCheckout(m.url, post.json.checkoutId, (v) => v.final);
    expect(view).toMatchObject({ status: 'failed', final: true });
    expect(view.orders.every((o) => o.status === 'failed')).toBe(true);
  });

  it('the merchant is down when the buyer pays: the per-payment notifications are delivered again and recorded after the restart', async () => {
    const first = await merchant();
    const post = await postCheckout(first.url, newKey());
    const batchId = (await getCheckout(first.url, post.json.checkoutId)).batchPaymentRequestId;
    await first.stop();
    expect(await actOnCashier(normalUrlOf(post.json.outcome), 'pay')).toBe(303);
    // Wait for the sandbox's first delivery attempt to fail against the stopped server.
    for (let i = 0; i < 200; i++) {
      if (sandbox.sandbox.notifications().some((d) => d.batchPaymentRequestId === batchId && !d.acknowledged)) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const restarted = await merchant({ dbFile: first.dbFile, port: first.port });
    const view = await waitForCheckout(restarted.url, post.json.checkoutId, (v) => v.final, 15_000);
    expect(view).toMatchObject({ status: 'succeeded', final: true });
    const deliveries = sandbox.sandbox.notifications().filter((d) => d.batchPaymentRequestId === batchId);
    expect(deliveries.some((d) => !d.acknowledged)).toBe(true);
    expect(new Set(deliveries.filter((d) => d.acknowledged).map((d) => d.paymentId)).size).toBe(3);
  });
});
