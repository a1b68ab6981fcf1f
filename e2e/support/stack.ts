import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The parts the end-to-end tests run against, each on its own port with its own temporary data, so they never touch
 * what `npm start` uses (.sandbox/, data/, 8787/8788/5173). Override the ports with E2E_*_PORT.
 */
function port(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const HOST = '127.0.0.1';

export const ports = {
  sandbox: port('E2E_SANDBOX_PORT', 18787),
  server: port('E2E_SERVER_PORT', 18788),
  gate: port('E2E_GATE_PORT', 18789),
  demo: port('E2E_DEMO_PORT', 14173),
};

export const urls = {
  sandbox: `http://${HOST}:${ports.sandbox}`,
  server: `http://${HOST}:${ports.server}`,
  gate: `http://${HOST}:${ports.gate}`,
  demo: `http://${HOST}:${ports.demo}`,
};

/** Temporary data of this run's sandbox and merchant backend (wiped when the servers start). */
export const dataDirs = {
  root: path.join(os.tmpdir(), `batchpay-e2e-${ports.server}`),
  sandbox: path.join(os.tmpdir(), `batchpay-e2e-${ports.server}`, 'sandbox'),
  server: path.join(os.tmpdir(), `batchpay-e2e-${ports.server}`, 'server'),
};

/** The merchant backend's SQLite file (apps/server keeps it as DATA_DIR/batchpay.sqlite). */
export const serverDatabase = path.join(dataDirs.server, 'batchpay.sqlite');

/** How long the demo waits for a wallet app before trying the next URL (the e2e build shortens it). */
export const appOpenTimeoutMs = 2000;

/**
 * Where the tests save their screenshots: over the README's pictures in docs/screenshots only when asked
 * (`UPDATE_SCREENSHOTS=1`), else in test-results, so a test run leaves the work tree as it was.
 */
export const screenshotDir =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(repoRoot, 'docs', 'screenshots')
    : path.join(repoRoot, 'test-results', 'screenshots');
