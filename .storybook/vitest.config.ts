import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH, sourceResolve } from '../vitest.shared.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Every story of packages/*/src/**/*.stories.tsx runs as a test in Debian's Chromium, with its play function and
// the a11y addon (test: 'error' in preview.tsx, so an axe violation fails the run).
export default defineProject({
  ...sourceResolve,
  plugins: [storybookTest({ configDir: dirname, storybookScript: 'pnpm storybook --ci' })],
  optimizeDeps: {
    include: ['react', 'react-dom', 'react-dom/client', '@tanstack/react-query', 'msw', 'msw/browser', 'jsqr'],
  },
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      instances: [{ browser: 'chromium' }],
      provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
    },
  },
});
