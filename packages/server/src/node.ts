// Node: picks PostgreSQL when a DATABASE_URL is given, SQLite otherwise; signs with node:crypto.
export { nodeCryptoSigner } from './antom/nodeCryptoSigner.js';
export { nodeHttpFetch } from './antom/nodeHttpFetch.js';
export type { PostgresStorageOptions } from './storage/createPostgresStorage.js';
export { createPostgresStorage } from './storage/createPostgresStorage.js';
export type { SqliteStorageOptions } from './storage/createSqliteStorage.js';
export { createSqliteStorage } from './storage/createSqliteStorage.js';
export type { StorageOptions } from './storage/createStorage.js';
export { createStorage } from './storage/createStorage.js';
