// PostgreSQL through node-postgres: kept out of the main entry so edge runtimes never load it.
export type { PostgresStorageOptions } from './storage/createPostgresStorage.js';
export { createPostgresStorage } from './storage/createPostgresStorage.js';
