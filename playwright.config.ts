import { defineConfig } from '@playwright/test';
import { appOpenTimeoutMs, dataDirs, ports, repoRoot, urls } from './e2e/support/stack';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './vitest.shared.ts';

// Node runs every server from the TypeScript sources: nothing needs building first.
const fromSource = 'node --conditions=source --import tsx';

/*
 * End-to-end tests of the demo in Debian's Chromium (`CHROMIUM_PATH`), against the real sandbox, apps/server on
 * SQLite, and the demo built by Vite and served by `vite preview`, each on its own port with temporary data.
 * Tests share the sandbox's "next answer" scenarios, so they run one at a time.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: urls.demo,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      name: 'sandbox',
      cwd: `${repoRoot}/packages/sandbox`,
      command: `rm -rf ${dataDirs.root} && ${fromSource} src/cli.ts --port ${ports.sandbox} --host 127.0.0.1 --data-dir ${dataDirs.sandbox} --rate-limit off --cors-origin ${urls.demo}`,
      url: `${urls.sandbox}/sandbox`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      name: 'notify gate',
      cwd: repoRoot,
      command: `node e2e/support/notifyGate.mjs ${ports.gate} ${urls.server}`,
      url: `${urls.gate}/gate`,
      reuseExistingServer: false,
      timeout: 10_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      name: 'merchant backend',
      cwd: `${repoRoot}/apps/server`,
      command: `${fromSource} src/main.ts`,
      url: `${urls.server}/api/payment-methods`,
      env: {
        PORT: String(ports.server),
        HOST: '127.0.0.1',
        SANDBOX_URL: urls.sandbox,
        SANDBOX_DATA_DIR: dataDirs.sandbox,
        SANDBOX_AUTOSTART: '0',
        DATA_DIR: dataDirs.server,
        DEMO_ORIGIN: urls.demo,
        // Antom's notifications pass the gate, so a test can hold one back.
        PUBLIC_URL: urls.gate,
        RETURN_URL: `${urls.demo}/result`,
        // Status changes come from notifications in these tests; inquiry only after a long silence.
        INQUIRY_AFTER_MS: '60000',
        // Payments expire after 20 s instead of 14 minutes, so a test can watch one expire (e2e/cashier-outcomes).
        PAYMENT_EXPIRY_SECONDS: '20',
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      name: 'demo',
      cwd: `${repoRoot}/apps/demo`,
      command:
        'node node_modules/vite/bin/vite.js build --outDir dist/e2e --emptyOutDir --logLevel warn && node node_modules/vite/bin/vite.js preview --outDir dist/e2e --strictPort',
      url: `${urls.demo}/`,
      env: {
        DEMO_PORT: String(ports.demo),
        VITE_API_URL: urls.server,
        VITE_SANDBOX_URL: urls.sandbox,
        VITE_APP_OPEN_TIMEOUT_MS: String(appOpenTimeoutMs),
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
