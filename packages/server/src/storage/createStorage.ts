import type { BatchPayStorage } from './BatchPayStorage.js';
import { createPostgresStorage } from './createPostgresStorage.js';
import { createSqliteStorage } from './createSqliteStorage.js';

export interface StorageOptions {
  /** When set (PostgreSQL URL), PostgreSQL is used; otherwise SQLite at `sqliteFile`. */
  databaseUrl?: string | undefined;
  sqliteFile: string;
}

/** Picks the storage the way the demo and most merchants want: PostgreSQL when DATABASE_URL is set, else SQLite. */
export async function createStorage({ databaseUrl, sqliteFile }: StorageOptions): Promise<BatchPayStorage> {
  const storage = databaseUrl
    ? createPostgresStorage({ connectionString: databaseUrl })
    : createSqliteStorage({ filename: sqliteFile });
  await storage.migrate();
  return storage;
}
