import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../vitest.shared.ts';

const port = Number(process.env.NEXT_EXAMPLE_PORT ?? 3100);
const url = `http://127.0.0.1:${port}`;

// The built app (`pnpm build` of the packages, then `next build`), served by `next start`, paid in Chromium.
export default defineConfig({
  testDir: 'e2e',
  outputDir: '../../test-results/next-example',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: url,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    locale: 'en-US',
  },
  webServer: {
    command: `rm -rf .data-e2e && BATCHPAY_DATA_DIR=.data-e2e PUBLIC_URL=${url} SANDBOX_PORT=${port + 1} pnpm exec next start --port ${port} --hostname 127.0.0.1`,
    url,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
