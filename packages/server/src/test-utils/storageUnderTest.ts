import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { BatchPayStorage } from '../storage/BatchPayStorage.js';
import { createPostgresStorage } from '../storage/createPostgresStorage.js';
import { createSqliteStorage } from '../storage/createSqliteStorage.js';

export interface StorageUnderTest {
  kind: 'sqlite' | 'postgres';
  /** Opens (another) storage on the same database, as a restarted server or a second instance would. */
  open(): Promise<BatchPayStorage>;
  /** Deletes the database. */
  dispose(): Promise<void>;
  /** PostgreSQL only: ends every other connection to the database, as a server restart or failover does. */
  dropConnections?(): Promise<void>;
}

/**
 * The database the storage suite runs on: a fresh SQLite file, or (BATCHPAY_STORAGE_UNDER_TEST=postgres) a fresh
 * database on the PostgreSQL server of DATABASE_URL. Without DATABASE_URL the PostgreSQL run fails and says so.
 */
export async function storageUnderTest(): Promise<StorageUnderTest> {
  if (process.env.BATCHPAY_STORAGE_UNDER_TEST !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'batchpay-storage-'));
    const filename = join(dir, 'batchpay.sqlite');
    return {
      kind: 'sqlite',
      async open() {
        const storage = createSqliteStorage({ filename });
        await storage.migrate();
        return storage;
      },
      async dispose() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'PostgreSQL storage suite NOT RUN: DATABASE_URL is not set. Run it with `bash scripts/with-pg.sh pnpm exec vitest run --config packages/server/vitest.pg.config.ts`, which starts a throwaway PostgreSQL.',
    );
  }
  const name = `batchpay_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  return {
    kind: 'postgres',
    async open() {
      const storage = createPostgresStorage({ connectionString: testUrl.toString() });
      await storage.migrate();
      return storage;
    },
    async dropConnections() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      await client.end();
    },
    async dispose() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
