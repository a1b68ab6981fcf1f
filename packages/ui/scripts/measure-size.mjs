// Measures what @batchpay/ui adds to a browser bundle: esbuild (minify, ESM, es2020) + gzip -9.
// React, react-dom, react-query, @batchpay/core and @batchpay/react are external (the budget excludes them);
// the opt-in QR code (@batchpay/ui/qr, lean-qr bundled) is measured on its own: the main entry holds no reference to
// it. Usage: node scripts/measure-size.mjs [--check]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const external = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  '@tanstack/react-query',
  '@batchpay/core',
  '@batchpay/react',
];
const budgets = { components: 10 * 1024, qr: 2.5 * 1024, stylesheet: 3 * 1024 };

/** Bundles an entry with code splitting; returns the entry chunk and any lazily loaded chunks separately. */
async function bundle(entry) {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    splitting: true,
    outdir: path.join(root, '.size-out'),
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    conditions: ['source'],
    external,
    jsx: 'automatic',
    write: false,
    logLevel: 'error',
  });
  const files = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const entryName = path.basename(entry).replace(/\.tsx?$/, '.js');
  const size = (f) => ({ min: f.contents.length, gzip: gzipSync(f.contents, { level: 9 }).length });
  const main = files.find((f) => path.basename(f.path) === entryName);
  const lazy = files.filter((f) => f !== main).map(size);
  return {
    ...size(main),
    lazy: lazy.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }), { min: 0, gzip: 0 }),
  };
}

const rows = [];
const components = await bundle('src/index.ts');
rows.push(['all components (main entry, English)', components]);
if (components.lazy.min > 0) rows.push(['  + lazily loaded chunks', components.lazy]);
const qr = await bundle('src/qr.ts');
rows.push(['qr (opt-in QrCode + lean-qr)', qr]);
for (const locale of ['zh-CN', 'ko', 'ja', 'zh-HK', 'zh-TW', 'th', 'id', 'ms', 'vi', 'fil'])
  rows.push([`locales/${locale}`, await bundle(`src/locales/${locale}.ts`)]);
const css = readFileSync(path.join(root, 'src/styles.css'));
const stylesheet = { min: css.length, gzip: gzipSync(css, { level: 9 }).length };
rows.push(['styles.css (unminified)', stylesheet]);

for (const [name, size] of rows)
  console.log(`${name.padEnd(40)} ${String(size.min).padStart(7)} B min  ${String(size.gzip).padStart(6)} B gzip`);
const over = [];
if (components.gzip + components.lazy.gzip > budgets.components)
  over.push(`components ${components.gzip + components.lazy.gzip} B > ${budgets.components} B`);
if (qr.gzip > budgets.qr) over.push(`qr ${qr.gzip} B > ${budgets.qr} B`);
if (stylesheet.gzip > budgets.stylesheet) over.push(`stylesheet ${stylesheet.gzip} B > ${budgets.stylesheet} B`);
if (over.length > 0) {
  console.error(`Over budget: ${over.join('; ')}`);
  if (process.argv.includes('--check')) process.exit(1);
} else {
  console.log(
    `Within budget: components ≤ ${budgets.components} B, qr ≤ ${budgets.qr} B, stylesheet ≤ ${budgets.stylesheet} B gzip.`,
  );
}
