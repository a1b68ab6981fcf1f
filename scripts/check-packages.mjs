// Package checks for every publishable package (run after `pnpm build`): publint --strict, and attw on the packed
// tarball (ESM-only profile), plus the kit's own rules on the manifest AS PACKED (pnpm applies `publishConfig`):
// "types" first and a "default" condition in every exports branch, every export target shipped in the tarball,
// our own packages as peers (never pinned dependencies), the metadata a registry page shows, and `require()` and
// `import` of every entry from a plain Node process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensurePnpm, root } from './ensure.mjs';

const pnpm = ensurePnpm();
const packagesDir = path.join(root, 'packages');
const OWN_SCOPE = '@batchpay/';
const REQUIRED_FIELDS = ['license', 'repository', 'homepage', 'bugs', 'engines'];
let failures = 0;

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** Every target path of an exports value, with the conditions that lead to it. */
function targets(value, trail = []) {
  if (typeof value === 'string') return [{ trail, target: value }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => targets(child, [...trail, key]));
}

/** The kit's rules on a manifest as it is published. */
function checkManifest(pkg, shipped) {
  const problems = [];
  if (pkg.sideEffects === undefined) problems.push('declare "sideEffects" (false, or the CSS files)');
  if (!Array.isArray(pkg.files)) problems.push('whitelist published files with "files"');
  for (const field of REQUIRED_FIELDS) if (!pkg[field]) problems.push(`add "${field}"`);
  for (const [subpath, value] of Object.entries(pkg.exports ?? {})) {
    if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      if (keys.includes('types') && keys[0] !== 'types') problems.push(`exports["${subpath}"]: put "types" first`);
      if (!keys.includes('default')) {
        problems.push(`exports["${subpath}"]: add a "default" condition (require() and other tools need it)`);
      }
    }
    for (const { trail, target } of targets(value)) {
      const file = path.posix.normalize(target);
      if (!shipped.has(file)) {
        problems.push(`exports["${subpath}"]${trail.map((t) => `.${t}`).join('')} → ${target} is not in the tarball`);
      }
    }
  }
  for (const name of Object.keys(pkg.dependencies ?? {})) {
    if (name.startsWith(OWN_SCOPE)) {
      problems.push(`"${name}" is a dependency: make it a peerDependency (one copy in the app, no version skew)`);
    }
  }
  return problems;
}

/**
 * A package built on React ships client modules: each JavaScript entry starts with 'use client', so a Next.js
 * server component can render it without a wrapper. Message catalogues (`/locales/`) are plain data and exempt.
 */
function checkUseClient(pkg, cwd) {
  if (!pkg.peerDependencies?.react) return [];
  const problems = [];
  for (const [subpath, value] of Object.entries(pkg.exports ?? {})) {
    const target = typeof value === 'string' ? value : value?.default;
    if (typeof target !== 'string' || !target.endsWith('.js') || subpath.includes('/locales/')) continue;
    const code = readFileSync(path.join(cwd, target), 'utf8');
    if (!/^['"]use client['"]/.test(code))
      problems.push(`${target} (exports["${subpath}"]) must start with 'use client'`);
  }
  return problems;
}

/** `require()` and `import()` of every JavaScript entry, by the package's own name (Node's self-reference). */
function checkLoads(pkg, cwd) {
  const problems = [];
  for (const subpath of Object.keys(pkg.exports ?? {})) {
    if (subpath.endsWith('.css') || subpath === './package.json') continue;
    const specifier = `${pkg.name}${subpath.slice(1)}`;
    const literal = JSON.stringify(specifier);
    const loads = [
      ['require()', ['-e', `const m = require(${literal}); if (!Object.keys(m).length) process.exit(3);`]],
      [
        'import',
        [
          '--input-type=module',
          '-e',
          `const m = await import(${literal}); if (!Object.keys(m).length) process.exit(3);`,
        ],
      ],
    ];
    for (const [how, args] of loads) {
      const result = run(process.execPath, args, cwd);
      if (!result.ok)
        problems.push(`${how} of ${specifier} fails from plain Node:\n    ${result.output.split('\n')[0]}`);
    }
  }
  return problems;
}

for (const dir of readdirSync(packagesDir)) {
  const cwd = path.join(packagesDir, dir);
  const manifest = path.join(cwd, 'package.json');
  if (!existsSync(manifest)) continue;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  if (pkg.private) continue;
  const problems = [];
  const publint = run(pnpm, ['exec', 'publint', '--strict'], cwd);
  if (!publint.ok) problems.push(`publint:\n${publint.output}`);
  const out = mkdtempSync(path.join(tmpdir(), 'pack-'));
  const pack = run(pnpm, ['pack', '--pack-destination', out], cwd);
  const tarball = readdirSync(out).find((f) => f.endsWith('.tgz'));
  if (!pack.ok || !tarball) problems.push(`pnpm pack failed:\n${pack.output}`);
  else {
    const tgz = path.join(out, tarball);
    const list = run('tar', ['-tzf', tgz], out);
    const shipped = new Set(list.output.split('\n').map((f) => path.posix.normalize(f.replace(/^package\//, ''))));
    run('tar', ['-xzf', tgz, 'package/package.json'], out);
    const packed = JSON.parse(readFileSync(path.join(out, 'package', 'package.json'), 'utf8'));
    problems.push(...checkManifest(packed, shipped));
    // Stylesheets have no types: leave them out of the type-resolution check.
    const cssEntries = Object.keys(packed.exports ?? {}).filter((subpath) => subpath.endsWith('.css'));
    const exclude = cssEntries.length ? ['--exclude-entrypoints', ...cssEntries] : [];
    const attw = run(
      pnpm,
      ['exec', 'attw', tgz, '--profile', 'esm-only', '--format', 'table-flipped', ...exclude],
      cwd,
    );
    if (!attw.ok) problems.push(`attw:\n${attw.output}`);
  }
  rmSync(out, { recursive: true, force: true });
  problems.push(...checkUseClient(pkg, cwd));
  problems.push(...checkLoads(pkg, cwd));
  if (problems.length) {
    failures += 1;
    console.log(`✗ ${pkg.name}\n  ${problems.join('\n  ')}`);
  } else {
    console.log(
      `✓ ${pkg.name}: publint --strict, attw (esm-only), packed exports, peers, metadata, 'use client', require + import`,
    );
  }
}
process.exit(failures ? 1 : 0);
