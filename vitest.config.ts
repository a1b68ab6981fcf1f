import './node20-polyfills.mjs';
import { defineConfig } from 'vitest/config';

// Each package owns its vitest project (packages/*/vitest.config.ts); see README "Checks".
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'packages/react/vitest.react18.config.ts',
      'packages/ui/vitest.react18.config.ts',
      'apps/*/vitest.config.ts',
      '.storybook/vitest.config.ts',
    ],
  },
});
