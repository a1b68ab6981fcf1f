// Package checks for every publishable package: publint --strict, and attw on the packed tarball (ESM-only profile),
// plus the kit's own rules: "types" first in every exports branch, sideEffects declared, files whitelisted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensurePnpm, root } from './ensure.mjs';

const pnpm = ensurePnpm();
const packagesDir = path.join(root, 'packages');
let failures = 0;

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

function checkExports(pkg) {
  const problems = [];
  if (pkg.sideEffects === undefined) problems.push('declare "sideEffects" (false, or the CSS files)');
  if (!Array.isArray(pkg.files)) problems.push('whitelist published files with "files"');
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target !== 'object') continue;
    const keys = Object.keys(target).filter((k) => k !== 'source');
    if (keys.includes('types') && keys[0] !== 'types') problems.push(`exports["${subpath}"]: put "types" first`);
  }
  return problems;
}

for (const dir of readdirSync(packagesDir)) {
  const cwd = path.join(packagesDir, dir);
  const manifest = path.join(cwd, 'package.json');
  if (!existsSync(manifest)) continue;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  if (pkg.private) continue;
  const problems = checkExports(pkg);
  const publint = run(pnpm, ['exec', 'publint', '--strict'], cwd);
  if (!publint.ok) problems.push(`publint:\n${publint.output}`);
  const out = mkdtempSync(path.join(tmpdir(), 'pack-'));
  const pack = run(pnpm, ['pack', '--pack-destination', out], cwd);
  const tarball = readdirSync(out).find((f) => f.endsWith('.tgz'));
  if (!pack.ok || !tarball) problems.push(`pnpm pack failed:\n${pack.output}`);
  else {
    // Stylesheets have no types: leave them out of the type-resolution check.
    const cssEntries = Object.keys(pkg.exports ?? {}).filter((subpath) => subpath.endsWith('.css'));
    const exclude = cssEntries.length ? ['--exclude-entrypoints', ...cssEntries] : [];
    const attw = run(
      pnpm,
      ['exec', 'attw', path.join(out, tarball), '--profile', 'esm-only', '--format', 'table-flipped', ...exclude],
      cwd,
    );
    if (!attw.ok) problems.push(`attw:\n${attw.output}`);
  }
  rmSync(out, { recursive: true, force: true });
  if (problems.length) {
    failures += 1;
    console.log(`✗ ${pkg.name}\n  ${problems.join('\n  ')}`);
  } else console.log(`✓ ${pkg.name}: publint --strict, attw (esm-only), exports`);
}
process.exit(failures ? 1 : 0);
