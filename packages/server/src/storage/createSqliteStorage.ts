import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { BatchPayStorage } from './BatchPayStorage.js';
import { createKyselyStorage } from './createKyselyStorage.js';
import type { BatchPayDatabase } from './databaseSchema.js';
import { loadDriver } from './loadDriver.js';

export interface SqliteStorageOptions {
  /** Path of the database file (its folder is created). WAL mode, so readers never wait for the writer. */
  filename: string;
}

/** The default storage: one SQLite file through better-sqlite3, in WAL mode. Call `migrate()` before use. */
export function createSqliteStorage({ filename }: SqliteStorageOptions): BatchPayStorage {
  if (!filename) throw new Error('createSqliteStorage needs `filename`: a path such as ".data/batchpay.sqlite".');
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const Database = loadDriver<typeof BetterSqlite3>('better-sqlite3', 'createSqliteStorage');
  const database = new Database(filename);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  // FULL: an acknowledged notification survives an OS crash or power loss (NORMAL may roll the last commits back).
  database.pragma('synchronous = FULL');
  const db = new Kysely<BatchPayDatabase>({ dialect: new SqliteDialect({ database }) });
  return createKyselyStorage(db, 'sqlite');
}
