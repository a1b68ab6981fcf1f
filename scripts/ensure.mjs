// Installs what `npm test` / `npm start` need and is missing: pnpm at the pinned version, the dependencies from the
// frozen lockfile, and (when asked) Debian's Chromium and PostgreSQL. Prints what it does; exits non-zero with the fix.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function log(message) {
  console.log(`[setup] ${message}`);
}

function fail(message) {
  console.error(`[setup] ${message}`);
  process.exit(1);
}

function versionOf(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * Puts the folder of the pinned pnpm first on this process's PATH, so that every child process finds it by name: npm
 * scripts that call `pnpm -r`, and tools such as publint that spawn `pnpm pack` themselves.
 */
function putOnPath(binary) {
  const dir = path.dirname(binary);
  const parts = (process.env.PATH ?? '').split(path.delimiter);
  if (parts[0] !== dir) process.env.PATH = [dir, ...parts.filter((p) => p !== dir)].join(path.delimiter);
  return binary;
}

/**
 * The pnpm binary at the pinned version: the one on PATH if it matches, else a project-local copy in .tools/ (installed
 * with npm when missing), which is then put first on PATH for every child process.
 */
export function ensurePnpm() {
  if (versionOf('pnpm') === pinned) return 'pnpm';
  const local = path.join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  if (existsSync(local) && versionOf(local) === pinned) return putOnPath(local);
  log(`installing pnpm ${pinned} into .tools/ (npm)`);
  const result = spawnSync(
    'npm',
    ['install', '--prefix', path.join(root, '.tools'), '--no-save', '--no-audit', '--no-fund', `pnpm@${pinned}`],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0 || versionOf(local) !== pinned)
    fail(`could not install pnpm ${pinned}: run "npm i -g pnpm@${pinned}"`);
  return putOnPath(local);
}

export function pnpmEnv() {
  const env = { ...process.env, pnpm_config_manage_package_manager_versions: 'false' };
  // better-sqlite3 compiles against Node's headers; Debian ships them in /usr/include/node (no download needed).
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  return env;
}

function manifestsHash() {
  const hash = createHash('sha256');
  const files = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'];
  for (const group of ['packages', 'apps']) {
    const dir = path.join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) files.push(path.join(group, name, 'package.json'));
  }
  for (const file of files) {
    const full = path.join(root, file);
    if (existsSync(full)) hash.update(file).update(readFileSync(full));
  }
  return hash.digest('hex');
}

/** `pnpm install --frozen-lockfile` unless the last install was of exactly these manifests and lockfile. */
export function ensureDependencies(pnpm) {
  const stamp = path.join(root, 'node_modules', '.batchpay-install-stamp');
  const want = manifestsHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  log('installing dependencies from the frozen lockfile (pnpm install --frozen-lockfile)');
  const result = spawnSync(pnpm, ['install', '--frozen-lockfile'], { cwd: root, stdio: 'inherit', env: pnpmEnv() });
  if (result.status !== 0) fail('pnpm install failed: see the output above');
  writeFileSync(stamp, want);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;

function aptInstall(packages, why) {
  if (!isRoot) fail(`${why} is missing: install it with "sudo apt-get install -y ${packages.join(' ')}"`);
  if (!aptUpdated) {
    log('apt-get update');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    aptUpdated = true;
  }
  log(`apt-get install ${packages.join(' ')} (${why})`);
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Debian's Chromium for Playwright and Storybook's browser tests (Playwright's own download cannot work here). */
export function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) aptInstall(['chromium'], 'Chromium for the browser tests');
  if (!existsSync(chromium)) fail(`Chromium not found at ${chromium}: set CHROMIUM_PATH`);
  return chromium;
}

/** Debian's PostgreSQL server binaries, for the storage suite on PostgreSQL. */
export function ensurePostgres() {
  const base = '/usr/lib/postgresql';
  const has = existsSync(base) && readdirSync(base).some((v) => existsSync(path.join(base, v, 'bin', 'initdb')));
  if (!has) aptInstall(['postgresql'], 'PostgreSQL for the storage suite');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pnpm = ensurePnpm();
  ensureDependencies(pnpm);
  if (process.argv.includes('--chromium')) ensureChromium();
  if (process.argv.includes('--postgres')) ensurePostgres();
  log('ready');
}
