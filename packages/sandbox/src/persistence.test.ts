import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@batchpay/core/signature';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileStorage } from './createFileStorage.js';
import { createMerchantCredentials } from './createMerchantCredentials.js';
import { createSandbox } from './createSandbox.js';
import type { SandboxSnapshot } from './SandboxStorage.js';
import { callGateway, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';
import { startNotifyReceiver } from './test-utils/startNotifyReceiver.js';
import { submitCashier } from './test-utils/submitCashier.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('state kept in a JSON file', () => {
  it('a restart resumes a notification that was not yet acknowledged, and keeps the delivery log', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'batchpay-sandbox-state-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, 'state.json');
    const keys = await generateKeyPair();
    const merchant = await createMerchantCredentials();
    const receiver = await startNotifyReceiver((n) => (n === 1 ? 'nack' : 'ack'));
    cleanups.push(() => receiver.close());

    // 2 minutes × 0.01 = 1.2 s until the second delivery: the sandbox stops before it.
    const first = await createSandbox({
      keys,
      merchants: [merchant],
      notifyTimeScale: 0.01,
      storage: createFileStorage(file),
    });
    const body = sampleBatchPay({ paymentNotifyUrl: receiver.url });
    const answer = await readAnswer(await callGateway(first, merchant, body), first.publicKey);
    const pay = await submitCashier(answer.json.normalUrl ?? '', 'pay', {}, first);
    expect(pay.status).toBe(303);
    await receiver.waitFor(1);
    await new Promise((r) => setTimeout(r, 50));
    await first.close();
    const saved = JSON.parse(await readFile(file, 'utf8')) as SandboxSnapshot;
    expect(saved.batches[0]?.notification).toEqual({ state: 'pending', attempts: 1 });
    expect(saved.deliveries).toHaveLength(1);
    expect(receiver.received).toHaveLength(1);

    const second = await createSandbox({ keys, notifyTimeScale: 0.01, storage: createFileStorage(file) });
    cleanups.push(() => second.close());
    await receiver.waitFor(2, 5000);
    await new Promise((r) => setTimeout(r, 50));
    expect(second.notifications().map((d) => [d.attempt, d.acknowledged])).toEqual([
      [1, false],
      [2, true],
    ]);
    // The merchant registered in the first run is still known: the same request gets the stored batch.
    const repeat = await readAnswer(await callGateway(second, merchant, body), second.publicKey);
    expect(repeat.json.result?.resultCode).toBe('SUCCESS');
    expect(repeat.json.orderSummaries).toEqual(answer.json.orderSummaries);
  });

  it('refuses a state file of another version with the fix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'batchpay-sandbox-state-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, 'state.json');
    await createFileStorage(file).save({ version: 2 } as unknown as SandboxSnapshot);
    await expect(createSandbox({ storage: createFileStorage(file) })).rejects.toThrow(/move it away/);
  });
});
