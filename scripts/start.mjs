// `npm start`: installs what is missing, then runs the sandbox (Antom offline), apps/server (the merchant backend,
// SQLite under data/) and the demo shop (Vite), prints the one URL to open, and stops all three on Ctrl-C.
// Ports: SANDBOX_PORT (8787), SERVER_PORT (8788), DEMO_PORT (5173); all on 127.0.0.1.
import path from 'node:path';
import { ensureDependencies, ensurePnpm, root } from './ensure.mjs';
import {
  answers,
  fail,
  HOST,
  isStopping,
  portIsFree,
  run,
  startSandboxAndServer,
  stopOnSignals,
  waitFor,
} from './processes.mjs';

function portFrom(name, fallback) {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`${name} is "${raw}": use a port from 1 to 65535.`);
  return port;
}

const ports = {
  sandbox: portFrom('SANDBOX_PORT', 8787),
  server: portFrom('SERVER_PORT', 8788),
  demo: portFrom('DEMO_PORT', 5173),
};
const urls = {
  sandbox: `http://${HOST}:${ports.sandbox}`,
  server: `http://${HOST}:${ports.server}`,
  demo: `http://${HOST}:${ports.demo}`,
};
const sandboxDataDir = path.join(root, '.sandbox');

stopOnSignals();

const pnpm = ensurePnpm();
ensureDependencies(pnpm);

for (const [name, port] of Object.entries(ports)) {
  if (!(await portIsFree(port))) {
    const variable = `${name.toUpperCase()}_PORT`;
    fail(`port ${port} on ${HOST} is in use (the ${name}): stop what uses it, or set ${variable} to a free port.`);
  }
}

// 1. The sandbox: writes .sandbox/merchant.json (keys and the merchant) on its first start, reuses them after.
// 2. The merchant backend, with the keys the sandbox wrote; SQLite under data/.
await startSandboxAndServer({ root, ports, urls, sandboxDataDir, serverDataDir: path.join(root, 'data') });

// 3. The demo shop (Vite dev server). Its own banner is hidden: the URL to open is printed once, below.
const vite = path.join(root, 'apps/demo/node_modules/vite/bin/vite.js');
const demo = run('demo', [vite, '--host', HOST, '--port', String(ports.demo), '--strictPort'], {
  cwd: path.join(root, 'apps/demo'),
  env: { VITE_API_URL: urls.server, VITE_SANDBOX_URL: urls.sandbox, DEMO_PORT: String(ports.demo) },
  hide: /VITE v|➜|press h|^\s*$/,
});
await waitFor('the demo', demo, () => answers(`${urls.demo}/`));

if (!isStopping()) {
  console.log(`
  BatchPay demo is running. Open:

    ${urls.demo}/

  Ctrl-C stops the sandbox, the merchant backend and the demo.
`);
}
