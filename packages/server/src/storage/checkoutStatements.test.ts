import { generateKeyPair } from '@batchpay/core/signature';
import { createMerchantCredentials, type SandboxServer, startSandboxServer } from '@batchpay/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCheckout, postCheckout } from '../test-utils/merchantApi.js';
import { type MerchantUnderTest, removeDbFile, startMerchant } from '../test-utils/startMerchant.js';

// What one checkout costs the database, counted on the real SQLite connection (better-sqlite3's `verbose`), so that
// a change that adds statements or commits to the hot path shows here. Not a timing: counts only.

let sandbox: SandboxServer;
let merchant: MerchantUnderTest;
let antomOptions: { clientId: string; privateKey: string; antomPublicKey: string; baseUrl: string };
/** Every statement the merchant's connection ran, and `→ antom <path>` when the merchant sent a request to Antom. */
const log: string[] = [];

beforeAll(async () => {
  const sandboxKeys = await generateKeyPair();
  const creds = await createMerchantCredentials();
  sandbox = await startSandboxServer({ port: 0, keys: sandboxKeys, notifyTimeScale: 0.001 });
  sandbox.sandbox.registerMerchant({ clientId: creds.clientId, publicKey: creds.publicKey });
  antomOptions = {
    clientId: creds.clientId,
    privateKey: creds.privateKey,
    antomPublicKey: sandboxKeys.publicKey,
    baseUrl: sandbox.url,
  };
  merchant = await startMerchant({
    antom: {
      ...antomOptions,
      fetch: (input, init) => {
        log.push(`→ antom ${new URL(String(input)).pathname}`);
        return fetch(input, init);
      },
    },
    // No lease heartbeat during the call: its renewals would be counted too.
    handler: { leaseMs: 600_000 },
    onStatement: (sql) => log.push(sql.trim().toLowerCase()),
  });
});
afterAll(async () => {
  await merchant?.stop();
  if (merchant) removeDbFile(merchant.dbFile);
  await sandbox?.close();
});

const isWrite = (sql: string) => /^(insert|update|delete|replace)\b/.test(sql);

/** Commits in a statement log: each explicit `commit`, and each write run outside a transaction (autocommit). */
function countCommits(statements: string[]): number {
  let inTransaction = false;
  let commits = 0;
  for (const sql of statements) {
    if (sql.startsWith('begin')) inTransaction = true;
    else if (sql.startsWith('commit')) {
      inTransaction = false;
      commits++;
    } else if (sql.startsWith('rollback')) inTransaction = false;
    else if (!inTransaction && isWrite(sql)) commits++;
  }
  return commits;
}

describe('database work of one checkout creation (SQLite)', () => {
  it('creates a checkout with 14 statements and 2 commits: the row before the call to Antom, the answer after', async () => {
    log.length = 0;
    const created = await postCheckout(merchant.url, `statements-${Date.now()}`);
    expect(created.status).toBe(201);
    expect(created.json.outcome.kind).toBe('redirect');
    const statements = log.filter((line) => !line.startsWith('→'));
    // 1 idempotency-key lookup, 2 cart reads, begin + checkout + orders + commit, 1 replay check of the paymentIds,
    // begin + checkout + 3 orders + commit.
    expect({ statements: statements.length, commits: countCommits(statements) }).toEqual({
      statements: 14,
      commits: 2,
    });
    const calls = log.filter((line) => line.startsWith('→'));
    expect(calls).toEqual(['→ antom /ams/sandbox/api/v1/payments/batchPay']);
    // Durability first: the checkout and its orders are committed before Antom is called.
    const callAt = log.indexOf(calls[0] ?? '');
    expect(countCommits(log.slice(0, callAt).filter((line) => !line.startsWith('→')))).toBe(1);
    expect(log.slice(0, callAt).some((sql) => /^insert into "?checkout_orders"?/.test(sql))).toBe(true);
  });

  it('keeps to at most 2 commits per checkout when 8 arrive at once, and stores every one', async () => {
    log.length = 0;
    const stamp = Date.now();
    const created = await Promise.all(
      Array.from({ length: 8 }, (_, i) => postCheckout(merchant.url, `together-${stamp}-${i}`)),
    );
    expect(created.map((c) => c.status)).toEqual(Array(8).fill(201));
    expect(countCommits(log.filter((line) => !line.startsWith('→')))).toBeLessThanOrEqual(16);
    for (const c of created) expect((await merchant.storage.getCheckout(c.json.checkoutId))?.creation).toBe('created');
  });

  it('answers a status read from the database: 2 reads, no commit, no call to Antom', async () => {
    const created = await postCheckout(merchant.url, `status-${Date.now()}`);
    log.length = 0;
    const view = await getCheckout(merchant.url, created.json.checkoutId);
    expect(view.status).toBe('processing');
    expect(log).toHaveLength(2);
    expect(log.every((sql) => sql.startsWith('select'))).toBe(true);
  });
});

describe('the status route never waits for Antom', () => {
  it('answers while a due inquiry is still out, starts one inquiry for many reads, and a later read sees it', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const m = await startMerchant({
      antom: {
        ...antomOptions,
        fetch: async (input, init) => {
          if (String(input).endsWith('/inquiryPayment')) {
            await held;
          }
          return fetch(input, init);
        },
      },
      // Every read of an open checkout finds an inquiry due.
      handler: { inquiryAfterMs: 0 },
    });
    try {
      const created = await postCheckout(m.url, `background-${Date.now()}`);
      const reads = await Promise.all([1, 2, 3].map(() => getCheckout(m.url, created.json.checkoutId)));
      // Three answers while Antom has not answered the inquiry yet.
      expect(reads.map((view) => view.status)).toEqual(['processing', 'processing', 'processing']);
      release();
      await m.handler.whenIdle();
      const stored = await m.storage.getCheckout(created.json.checkoutId);
      // One inquiry per open order (3 orders), from one background refresh, not one per read.
      expect(stored?.inquiryCount).toBe(1);
      expect(m.events.filter((e) => e.type === 'inquiry.done')).toHaveLength(1);
    } finally {
      release();
      await m.stop();
      removeDbFile(m.dbFile);
    }
  });
});
