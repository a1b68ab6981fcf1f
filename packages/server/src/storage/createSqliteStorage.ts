import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { BatchPayStorage } from './BatchPayStorage.js';
import { cacheStatements } from './cacheStatements.js';
import { createKyselyStorage } from './createKyselyStorage.js';
import type { BatchPayDatabase } from './databaseSchema.js';
import { loadDriver } from './loadDriver.js';
import { sqlitePragmas } from './sqlitePragmas.js';
import { withSqliteHotPath } from './withSqliteHotPath.js';

export interface SqliteStorageOptions {
  /** Path of the database file (its folder is created). WAL mode, so readers never wait for the writer. */
  filename: string;
  /**
   * Called with the SQL of every statement the connection runs (better-sqlite3's `verbose` option), `begin` and
   * `commit` included: for logs, and for tests that count the statements and commits of a checkout.
   */
  verbose?: ((sql: string) => void) | undefined;
}

/**
 * The default storage: one SQLite file through better-sqlite3, in WAL mode, its prepared statements kept; the
 * checkout's hot path runs on better-sqlite3 directly, its writes group-committed. Call `migrate()` before use.
 */
export function createSqliteStorage({ filename, verbose }: SqliteStorageOptions): BatchPayStorage {
  if (!filename) throw new Error('createSqliteStorage needs `filename`: a path such as ".data/batchpay.sqlite".');
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const Database = loadDriver<typeof BetterSqlite3>('better-sqlite3', 'createSqliteStorage');
  const database = new Database(filename, verbose ? { verbose: (sql) => verbose(String(sql)) } : {});
  for (const pragma of sqlitePragmas) database.pragma(pragma);
  const db = new Kysely<BatchPayDatabase>({ dialect: new SqliteDialect({ database: cacheStatements(database) }) });
  return withSqliteHotPath(createKyselyStorage(db, 'sqlite'), database);
}
