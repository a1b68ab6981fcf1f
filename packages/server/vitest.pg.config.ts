import '../../node20-polyfills.mjs';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { sourceResolve } from '../../vitest.shared.ts';

// The storage suite against a real PostgreSQL server: run it through `bash scripts/with-pg.sh`, which starts a
// throwaway server on a loopback port and sets DATABASE_URL. Without DATABASE_URL the suite fails loudly.
export default defineProject({
  ...sourceResolve,
  // Run from the repo root too (`vitest run --config packages/server/vitest.pg.config.ts`): tests live here.
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'server-pg',
    environment: 'node',
    include: ['src/storage/*.test.ts'],
    env: { BATCHPAY_STORAGE_UNDER_TEST: 'postgres' },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
