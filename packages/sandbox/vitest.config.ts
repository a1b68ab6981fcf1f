import { defineProject } from 'vitest/config';
import { sourceResolve } from '../../vitest.shared.ts';

export default defineProject({
  ...sourceResolve,
  test: { name: 'sandbox', environment: 'node', include: ['src/**/*.test.ts'], testTimeout: 20_000 },
});
