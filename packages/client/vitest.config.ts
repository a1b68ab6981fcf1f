import { defineProject } from 'vitest/config';
import { sourceResolve } from '../../vitest.shared.ts';

export default defineProject({
  ...sourceResolve,
  test: {
    name: 'client',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    setupFiles: ['./src/test-utils/setup.ts'],
  },
});
