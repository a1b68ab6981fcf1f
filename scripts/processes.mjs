// Processes of `npm start` and `pnpm lighthouse`: each in its own process group, output prefixed by name, all stopped
// together (SIGTERM, then SIGKILL after a grace period) when one dies or on Ctrl-C.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { pnpmEnv } from './ensure.mjs';

export const HOST = '127.0.0.1';
const STOP_GRACE_MS = 5_000;
const START_TIMEOUT_MS = 120_000;

export function fail(message) {
  console.error(`[start] ${message}`);
  process.exit(1);
}

export function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

const children = [];
let stopping = false;

/** True once stopAll began: a caller stops its own work then. */
export const isStopping = () => stopping;

/** Runs a command in its own process group (so the whole tree can be stopped), its output prefixed by name. */
export function run(name, args, options) {
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
export async function stopAll(exitCode) {
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
export async function waitFor(what, entry, check) {
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

export async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Stops everything on Ctrl-C and on termination. */
export function stopOnSignals() {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  process.on('SIGHUP', () => void stopAll(0));
}

/**
 * The offline sandbox, then apps/server with the keys the sandbox wrote, each as one Node process from the
 * TypeScript sources (tsx, "source" condition: nothing to build first), on loopback; resolves once both answer.
 * `urls` holds the sandbox's, the server's and the demo page's origins (the demo page alone may call the sandbox's
 * control API, and is the server's CORS origin and return page).
 */
export async function startSandboxAndServer({ root, ports, urls, sandboxDataDir, serverDataDir, hide }) {
  const fromSource = ['--conditions=source', '--import', 'tsx'];
  const sandbox = run(
    'sandbox',
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
    { cwd: path.join(root, 'packages/sandbox'), env: {}, hide },
  );
  await waitFor(
    'the sandbox',
    sandbox,
    async () => existsSync(path.join(sandboxDataDir, 'merchant.json')) && (await answers(`${urls.sandbox}/sandbox`)),
  );
  const server = run('server', [...fromSource, 'src/main.ts'], {
    cwd: path.join(root, 'apps/server'),
    env: {
      PORT: String(ports.server),
      HOST,
      SANDBOX_URL: urls.sandbox,
      SANDBOX_DATA_DIR: sandboxDataDir,
      SANDBOX_AUTOSTART: '0',
      DEMO_ORIGIN: urls.demo,
      DATA_DIR: serverDataDir,
      PUBLIC_URL: urls.server,
      RETURN_URL: `${urls.demo}/result`,
    },
    hide,
  });
  await waitFor('the demo server', server, () => answers(`${urls.server}/api/payment-methods`));
}
