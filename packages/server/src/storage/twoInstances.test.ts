import { generateKeyPair } from '@batchpay/core/signature';
import { createMerchantCredentials, type SandboxServer, startSandboxServer } from '@batchpay/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAntomClient } from '../antom/createAntomClient.js';
import type { BatchPayEvent } from '../BatchPayHandlerOptions.js';
import { createBatchPayHandler } from '../createBatchPayHandler.js';
import { testCart } from '../test-utils/demoCart.js';
import { postCheckout } from '../test-utils/merchantApi.js';
import { serveHandler } from '../test-utils/serveHandler.js';
import { type StorageUnderTest, storageUnderTest } from '../test-utils/storageUnderTest.js';
import type { BatchPayStorage } from './BatchPayStorage.js';

// Two server instances on one database (PostgreSQL in the server-pg run, one SQLite file in the server run).
describe(`two server instances on one ${process.env.BATCHPAY_STORAGE_UNDER_TEST === 'postgres' ? 'PostgreSQL' : 'SQLite'} database`, () => {
  let db: StorageUnderTest;
  let sandbox: SandboxServer;
  const storages: BatchPayStorage[] = [];
  const servers: Array<{ url: string; close: () => Promise<void> }> = [];
  const events: BatchPayEvent[] = [];

  beforeAll(async () => {
    db = await storageUnderTest();
    const keys = await generateKeyPair();
    const creds = await createMerchantCredentials();
    sandbox = await startSandboxServer({ port: 0, keys, notifyTimeScale: 0.001 });
    sandbox.sandbox.registerMerchant({ clientId: creds.clientId, publicKey: creds.publicKey });
    for (let i = 0; i < 2; i++) {
      const storage = await db.open();
      storages.push(storage);
      if (i === 0) await storage.saveCart(testCart);
      const handler = createBatchPayHandler({
        storage,
        antom: createAntomClient({
          clientId: creds.clientId,
          privateKey: creds.privateKey,
          antomPublicKey: keys.publicKey,
          baseUrl: sandbox.url,
        }),
        paymentMethods: ['KAKAOPAY'],
        returnUrl: 'http://127.0.0.1:5173/result',
        notifyUrl: 'http://127.0.0.1:9/api/antom/notify',
        rateLimit: false,
        onEvent: (e) => events.push(e),
      });
      servers.push(await serveHandler(handler));
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await sandbox?.close();
    for (const s of storages) await s.close();
    await db?.dispose();
  });

  it('100 concurrent identical posts spread over both instances create one batch and one Antom call', async () => {
    const key = `two-instances-${Date.now()}`;
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => postCheckout(servers[i % 2]?.url ?? '', key)),
    );
    expect(answers.map((a) => a.status).filter((s) => s !== 200 && s !== 201)).toEqual([]);
    expect(new Set(answers.map((a) => a.json.checkoutId)).size).toBe(1);
    expect(answers.every((a) => a.json.outcome.kind === 'redirect')).toBe(true);
    const stored = await storages[1]?.getCheckoutByIdempotencyKey(key);
    expect(stored?.antomCalls).toBe(1);
    expect(events.filter((e) => e.type === 'antom.batchPay')).toHaveLength(1);
  });
});
