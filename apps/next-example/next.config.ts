import path from 'node:path';
import type { NextConfig } from 'next';

// The kit's packages resolve to their built files (`pnpm build` first): what a merchant installs from npm.
const config: NextConfig = {
  // The server side (signing, SQLite, the in-process sandbox) runs on Node as it is, not bundled.
  serverExternalPackages: ['@batchpay/server', '@batchpay/sandbox', 'better-sqlite3'],
  turbopack: { root: path.join(import.meta.dirname, '../..') },
};

export default config;
