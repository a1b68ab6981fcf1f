import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { NotificationDelivery } from './NotificationDelivery.js';
import type { SandboxBatch } from './SandboxBatch.js';
import type { SandboxSnapshot, SandboxStorage } from './SandboxStorage.js';

const schemaVersion = 1;

/**
 * Keeps the sandbox's state in a SQLite file (better-sqlite3): one row per merchant, batch and delivery, written
 * synchronously with WAL and `synchronous = FULL`, so a batch is on disk before the sandbox answers for it and
 * survives `kill -9` (and an OS crash) of the process.
 */
export function createSqliteStorage(file: string): SandboxStorage {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    chmodSync(file, 0o600);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== 0 && version !== schemaVersion) {
      throw new Error(
        `${file} is a sandbox state database of schema version ${version}; this sandbox reads version ${schemaVersion}: move it away to start afresh.`,
      );
    }
    db.exec(`
      CREATE TABLE IF NOT EXISTS merchants (
        client_id TEXT PRIMARY KEY,
        public_key TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS batches (
        client_id TEXT NOT NULL,
        batch_payment_request_id TEXT NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (client_id, batch_payment_request_id)
      );
      CREATE TABLE IF NOT EXISTS deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record TEXT NOT NULL
      );
    `);
    db.pragma(`user_version = ${schemaVersion}`);
  } catch (error) {
    db.close();
    throw error;
  }

  const insertMerchant = db.prepare('INSERT OR IGNORE INTO merchants (client_id, public_key) VALUES (?, ?)');
  const upsertBatch = db.prepare(
    'INSERT OR REPLACE INTO batches (client_id, batch_payment_request_id, record) VALUES (?, ?, ?)',
  );
  const insertDelivery = db.prepare('INSERT INTO deliveries (record) VALUES (?)');
  const saveBatch = (batch: SandboxBatch) =>
    upsertBatch.run(batch.clientId, batch.batchPaymentRequestId, JSON.stringify(batch));
  const saveDelivery = db.transaction((delivery: NotificationDelivery, batch: SandboxBatch) => {
    insertDelivery.run(JSON.stringify(delivery));
    saveBatch(batch);
  });

  return {
    load(): SandboxSnapshot {
      const merchants = db.prepare('SELECT client_id, public_key FROM merchants').all() as Array<{
        client_id: string;
        public_key: string;
      }>;
      const records = (table: 'batches' | 'deliveries') =>
        (db.prepare(`SELECT record FROM ${table} ORDER BY rowid`).all() as Array<{ record: string }>).map(
          (row) => JSON.parse(row.record) as unknown,
        );
      return {
        merchants: merchants.map((m) => ({ clientId: m.client_id, publicKey: m.public_key })),
        batches: records('batches') as SandboxBatch[],
        deliveries: records('deliveries') as NotificationDelivery[],
      };
    },
    saveMerchant(merchant) {
      insertMerchant.run(merchant.clientId, merchant.publicKey);
    },
    saveBatch(batch) {
      saveBatch(batch);
    },
    saveDelivery(delivery, batch) {
      saveDelivery(delivery, batch);
    },
    close() {
      if (db.open) db.close();
    },
  };
}
