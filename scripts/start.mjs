// `npm start`: installs what is missing, then runs the sandbox (Antom offline), apps/server (the merchant backend,
// SQLite under data/) and the demo shop (Vite), prints the one URL to open, and stops all three on Ctrl-C.
// Ports: SANDBOX_PORT (8787), SERVER_PORT (8788), DEMO_PORT (5173); all on 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { ensureDependencies, ensurePnpm, pnpmEnv, root } from './ensure.mjs';

const HOST = '127.0.0.1';
const STOP_GRACE_MS = 5_000;
const START_TIMEOUT_MS = 120_000;

function fail(message) {
  console.error(`[start] ${message}`);
  process.exit(1);
}

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

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

const children = [];
let stopping = false;

/** Runs a command in its own process group (so the whole tree can be stopped), its output prefixed by name. */
function run(name, args, options) {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { ...pnpmEnv(), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const entry = { name, child, exited: false };
  children.push(entry);
  const print = (stream, out) =>
    readline.createInterface({ input: stream }).on('line', (line) => {
      if (options.hide?.test(line)) return;
      out.write(`[${name}] ${line}\n`);
    });
  print(child.stdout, process.stdout);
  print(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    entry.exited = true;
    if (stopping) return;
    console.error(`[start] the ${name} stopped (${signal ?? `exit code ${code}`}): stopping the others.`);
    void stopAll(1);
  });
  child.on('error', (error) => {
    entry.exited = true;
    if (!stopping) {
      console.error(`[start] could not run the ${name}: ${error.message}`);
      void stopAll(1);
    }
  });
  return entry;
}

function signalGroup(entry, signal) {
  if (entry.exited || entry.child.pid === undefined) return;
  try {
    process.kill(-entry.child.pid, signal);
  } catch {
    // the group is already gone
  }
}

function waitForExit(entry, ms) {
  if (entry.exited) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    entry.child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** SIGTERM to every process group, SIGKILL to whatever is left after the grace period. */
async function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  const alive = children.filter((entry) => !entry.exited);
  if (alive.length > 0) console.log(`[start] stopping ${alive.map((entry) => entry.name).join(', ')}…`);
  for (const entry of alive.reverse()) {
    signalGroup(entry, 'SIGTERM');
    if (!(await waitForExit(entry, STOP_GRACE_MS))) {
      console.log(`[start] the ${entry.name} did not stop within ${STOP_GRACE_MS / 1000} s: killing it`);
      signalGroup(entry, 'SIGKILL');
      await waitForExit(entry, 1_000);
    }
    // A process of the group may outlive its leader (tsx starts node as a child): end the group for sure.
    signalGroup({ ...entry, exited: false }, 'SIGKILL');
  }
  console.log('[start] stopped.');
  process.exit(exitCode);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` is true; gives up when the process died or after START_TIMEOUT_MS. */
async function waitFor(what, entry, check) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (stopping) return;
    if (entry.exited) return; // the exit handler reports it and stops the others
    if (await check()) return;
    await sleep(250);
  }
  console.error(`[start] ${what} was not ready after ${START_TIMEOUT_MS / 1000} s: see its output above.`);
  await stopAll(1);
}

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
process.on('SIGHUP', () => void stopAll(0));

const pnpm = ensurePnpm();
ensureDependencies(pnpm);

for (const [name, port] of Object.entries(ports)) {
  if (!(await portIsFree(port))) {
    const variable = `${name.toUpperCase()}_PORT`;
    fail(`port ${port} on ${HOST} is in use (the ${name}): stop what uses it, or set ${variable} to a free port.`);
  }
}

// 1. The sandbox: writes .sandbox/merchant.json (keys and the merchant) on its first start, reuses them after.
// Each runs as one Node process from the TypeScript sources (tsx, "source" condition): nothing to build first.
const fromSource = ['--conditions=source', '--import', 'tsx'];
const sandbox = run(
  'sandbox',
  // --cors-origin: the demo page (and only it) may call the sandbox's control API from the browser.
  [
    ...fromSource,
    'src/cli.ts',
    '--port',
    String(ports.sandbox),
    '--host',
    HOST,
    '--data-dir',
    sandboxDataDir,
    '--cors-origin',
    urls.demo,
  ],
  { cwd: path.join(root, 'packages/sandbox'), env: {} },
);
await waitFor(
  'the sandbox',
  sandbox,
  async () => existsSync(path.join(sandboxDataDir, 'merchant.json')) && (await answers(`${urls.sandbox}/sandbox`)),
);

// 2. The merchant backend, with the keys the sandbox wrote; SQLite under data/.
const server = run('server', [...fromSource, 'src/main.ts'], {
  cwd: path.join(root, 'apps/server'),
  env: {
    PORT: String(ports.server),
    HOST,
    SANDBOX_URL: urls.sandbox,
    SANDBOX_DATA_DIR: sandboxDataDir,
    SANDBOX_AUTOSTART: '0',
    DEMO_ORIGIN: urls.demo,
    DATA_DIR: path.join(root, 'data'),
    PUBLIC_URL: urls.server,
    RETURN_URL: `${urls.demo}/result`,
  },
});
await waitFor('the demo server', server, () => answers(`${urls.server}/api/payment-methods`));

// 3. The demo shop (Vite dev server). Its own banner is hidden: the URL to open is printed once, below.
const vite = path.join(root, 'apps/demo/node_modules/vite/bin/vite.js');
const demo = run('demo', [vite, '--host', HOST, '--port', String(ports.demo), '--strictPort'], {
  cwd: path.join(root, 'apps/demo'),
  env: { VITE_API_URL: urls.server, VITE_SANDBOX_URL: urls.sandbox, DEMO_PORT: String(ports.demo) },
  hide: /VITE v|➜|press h|^\s*$/,
});
await waitFor('the demo', demo, () => answers(`${urls.demo}/`));

if (!stopping) {
  console.log(`
  BatchPay demo is running. Open:

    ${urls.demo}/

  Ctrl-C stops the sandbox, the merchant backend and the demo.
`);
}
