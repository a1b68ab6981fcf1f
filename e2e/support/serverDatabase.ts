import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot, serverDatabase } from './stack';

/** The columns of apps/server's `checkouts` table the tests look at. */
export interface CheckoutRow {
  checkout_id: string;
  idempotency_key: string;
  batch_payment_request_id: string;
  payment_method_type: string;
  antom_calls: number;
}

interface Statement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
}
interface Database {
  prepare(sql: string): Statement;
  close(): void;
}
type DatabaseConstructor = new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => Database;

// better-sqlite3 is a dependency of @batchpay/server (the root has none): load the same module the server uses.
const requireFromServer = createRequire(path.join(repoRoot, 'packages/server/package.json'));
const BetterSqlite3 = requireFromServer('better-sqlite3') as DatabaseConstructor;

/** Reads the merchant backend's own database (read-only, while it runs): what the server really stored. */
function withDatabase<T>(read: (db: Database) => T): T {
  const db = new BetterSqlite3(serverDatabase, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function checkoutRows(): CheckoutRow[] {
  return withDatabase(
    (db) =>
      db
        .prepare(
          'SELECT checkout_id, idempotency_key, batch_payment_request_id, payment_method_type, antom_calls FROM checkouts ORDER BY created_at',
        )
        .all() as CheckoutRow[],
  );
}
