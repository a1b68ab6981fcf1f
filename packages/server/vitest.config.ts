import '../../node20-polyfills.mjs';
import { defineProject } from 'vitest/config';
import { sourceResolve } from '../../vitest.shared.ts';

// The SQLite run of every server test (storage suite included). The PostgreSQL run is vitest.pg.config.ts.
export default defineProject({
  ...sourceResolve,
  test: {
    name: 'server',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
