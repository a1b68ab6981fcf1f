import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@batchpay/core/signature';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createMerchantCredentials } from './createMerchantCredentials.js';
import { createSandbox } from './createSandbox.js';
import { createSqliteStorage } from './createSqliteStorage.js';
import { importJsonState } from './importJsonState.js';
import type { SandboxBatch } from './SandboxBatch.js';
import { submitCashierForm } from './submitCashierForm.js';
import { callGateway, readAnswer, sampleBatchPay } from './test-utils/gatewayClient.js';
import { startNotifyReceiver } from './test-utils/startNotifyReceiver.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function readDatabase(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      pragmas: { journal: db.pragma('journal_mode', { simple: true }) },
      batches: (db.prepare('SELECT record FROM batches').all() as Array<{ record: string }>).map(
        (r) => JSON.parse(r.record) as SandboxBatch,
      ),
      deliveries: db.prepare('SELECT record FROM deliveries').all(),
    };
  } finally {
    db.close();
  }
}

describe('state kept in a SQLite file', () => {
  it('a restart resumes a notification that was not yet acknowledged, and keeps the delivery log', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'batchpay-sandbox-state-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, 'state.sqlite');
    const keys = await generateKeyPair();
    const merchant = await createMerchantCredentials();
    const receiver = await startNotifyReceiver((n) => (n === 1 ? 'nack' : 'ack'));
    cleanups.push(() => receiver.close());

    // 2 minutes × 0.01 = 1.2 s until the second delivery: the sandbox stops before it.
    const first = await createSandbox({
      keys,
      merchants: [merchant],
      notifyTimeScale: 0.01,
      storage: createSqliteStorage(file),
    });
    const body = sampleBatchPay({ paymentNotifyUrl: receiver.url });
    const answer = await readAnswer(await callGateway(first, merchant, body), first.publicKey);
    const pay = await submitCashierForm(answer.json.normalUrl ?? '', 'pay', {}, first);
    expect(pay.status).toBe(303);
    await receiver.waitFor(1);
    await new Promise((r) => setTimeout(r, 50));
    await first.close();
    const saved = readDatabase(file);
    expect(saved.pragmas.journal).toBe('wal');
    expect(saved.batches[0]?.notification).toEqual({ state: 'pending', attempts: 1 });
    expect(saved.deliveries).toHaveLength(1);
    expect(receiver.received).toHaveLength(1);

    const second = await createSandbox({ keys, notifyTimeScale: 0.01, storage: createSqliteStorage(file) });
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

  it('refuses a state database of another schema version with the fix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'batchpay-sandbox-state-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, 'state.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 7');
    db.close();
    expect(() => createSqliteStorage(file)).toThrow(/schema version 7; this sandbox reads version 1: move it away/);
  });

  it("an older sandbox's state.json is imported once, without the merchants' replies", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'batchpay-sandbox-state-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const keys = await generateKeyPair();
    const merchant = await createMerchantCredentials();
    const memory = await createSandbox({ keys, merchants: [merchant] });
    const body = sampleBatchPay();
    const answer = await readAnswer(await callGateway(memory, merchant, body), memory.publicKey);
    const batch = (await (
      await memory.fetch(new Request(`http://s/sandbox/batches/${body.batchPaymentRequestId}`))
    ).json()) as SandboxBatch & { deliveries?: unknown };
    await memory.close();
    const { deliveries: _log, ...record } = batch;
    record.orders = record.orders.map(
      ({ paymentStatus: _s, ...o }: SandboxBatch['orders'][number] & { paymentStatus?: string }) => o,
    );
    const json = join(dir, 'state.json');
    const delivery = {
      batchPaymentRequestId: body.batchPaymentRequestId,
      clientId: merchant.clientId,
      attempt: 1,
      url: body.paymentNotifyUrl,
      requestTime: '1',
      sentAt: '2026-01-01T00:00:00Z',
      body: '{}',
      httpStatus: 500,
      responseBody: 'internal secret',
      acknowledged: false,
      error: 'x',
      nextAttemptInMs: null,
    };
    await writeFile(
      json,
      JSON.stringify({ version: 1, merchants: [merchant], batches: [record], deliveries: [delivery] }),
    );

    const storage = createSqliteStorage(join(dir, 'state.sqlite'));
    expect(importJsonState(json, storage)).toBe(1);
    expect(importJsonState(json, storage)).toBe(0);
    const restored = await createSandbox({ keys, storage });
    cleanups.push(() => restored.close());
    const repeat = await readAnswer(await callGateway(restored, merchant, body), restored.publicKey);
    expect(repeat.json.orderSummaries).toEqual(answer.json.orderSummaries);
    expect(JSON.stringify(restored.notifications())).not.toContain('internal secret');
    expect((await restored.fetch(new Request(answer.json.normalUrl ?? ''))).status).toBe(200);
  });

  it('a stored batch whose return address cannot be a Location header is answered before anything changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'batchpay-sandbox-state-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, 'state.sqlite');
    const keys = await generateKeyPair();
    const merchant = await createMerchantCredentials();
    const receiver = await startNotifyReceiver();
    cleanups.push(() => receiver.close());
    const first = await createSandbox({ keys, merchants: [merchant], storage: createSqliteStorage(file) });
    const body = sampleBatchPay({ paymentNotifyUrl: receiver.url });
    const answer = await readAnswer(await callGateway(first, merchant, body), first.publicKey);
    await first.close();
    // A batch kept by an older sandbox that did not check the URL (CR/LF and a character above U+00FF).
    const db = new Database(file);
    const row = db.prepare('SELECT record FROM batches').get() as { record: string };
    const stored = JSON.parse(row.record) as SandboxBatch;
    stored.paymentRedirectUrl = 'https://shop.example/r\r\nX: \u20ac';
    db.prepare('UPDATE batches SET record = ?').run(JSON.stringify(stored));
    db.close();

    const second = await createSandbox({ keys, notifyTimeScale: 0.001, storage: createSqliteStorage(file) });
    cleanups.push(() => second.close());
    const res = await submitCashierForm(answer.json.normalUrl ?? '', 'pay', {}, second);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Nothing was paid, declined or cancelled');
    const view = (await (
      await second.fetch(new Request(`http://s/sandbox/batches/${body.batchPaymentRequestId}`))
    ).json()) as SandboxBatch;
    expect(view.status).toBe('PROCESSING');
    const page = await (await second.fetch(new Request(answer.json.normalUrl ?? ''))).text();
    expect(page).toContain('<h1>Pay $30.00</h1>');
    await new Promise((r) => setTimeout(r, 100));
    expect(receiver.received).toHaveLength(0);
  });
});
