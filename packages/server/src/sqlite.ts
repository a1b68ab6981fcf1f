// Node only (better-sqlite3 is native): kept out of the main entry so edge runtimes never load it.
export type { SqliteStorageOptions } from './storage/createSqliteStorage.js';
export { createSqliteStorage } from './storage/createSqliteStorage.js';
