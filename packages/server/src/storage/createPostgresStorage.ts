import { Kysely, PostgresDialect } from 'kysely';
import type Pg from 'pg';
import type { BatchPayStorage } from './BatchPayStorage.js';
import { createKyselyStorage } from './createKyselyStorage.js';
import type { BatchPayDatabase } from './databaseSchema.js';
import { loadDriver } from './loadDriver.js';
import { withPostgresHotPath } from './withPostgresHotPath.js';

export interface PostgresStorageOptions {
  /** `postgres://user@host:port/database`, usually from `DATABASE_URL`. */
  connectionString: string;
  /** Connections in the pool (default 10). */
  maxConnections?: number;
  /**
   * Called when an idle pooled connection fails (PostgreSQL restarted, a failover, an administrator's command).
   * The pool drops that connection and opens a new one for the next query; without a listener `pg` would throw the
   * error out of the process. Default: one line on stderr.
   */
  onIdleConnectionError?: (error: Error) => void;
}

/** Storage on PostgreSQL, for merchants who run several server instances on one database. Call `migrate()`. */
export function createPostgresStorage({
  connectionString,
  maxConnections = 10,
  onIdleConnectionError = (error) =>
    console.error(`@batchpay/server: idle PostgreSQL connection lost: ${error.message}`),
}: PostgresStorageOptions): BatchPayStorage {
  if (!/^postgres(ql)?:\/\//.test(connectionString)) {
    throw new Error(
      'createPostgresStorage needs `connectionString` like "postgres://user@127.0.0.1:5432/db" (DATABASE_URL).',
    );
  }
  const pg = loadDriver<typeof Pg>('pg', 'createPostgresStorage');
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  pool.on('error', onIdleConnectionError);
  const db = new Kysely<BatchPayDatabase>({ dialect: new PostgresDialect({ pool }) });
  return withPostgresHotPath(createKyselyStorage(db, 'postgres'), db);
}
