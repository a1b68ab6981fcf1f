// `pnpm lighthouse`: builds the demo, starts the sandbox, apps/server and `vite preview` on their own ports, runs
// Lighthouse 12.2.3 (mobile preset, simulated throttling) on the basket, the checkout and a result page, prints the
// scores and stops everything. Lighthouse is installed on first use into .tools/lighthouse (npm, pinned), so that
// `npm test` does not carry its 110 MB. Ports: LH_SANDBOX_PORT (8797), LH_SERVER_PORT (8798), LH_DEMO_PORT (4180).
// LH_REPORTS=<folder> keeps the JSON reports there (lh-basket.json, lh-checkout.json, lh-result.json).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureChromium, ensureDependencies, ensurePnpm, pnpmEnv, root } from './ensure.mjs';
import {
  answers,
  HOST,
  portIsFree,
  run,
  startSandboxAndServer,
  stopAll,
  stopOnSignals,
  waitFor,
} from './processes.mjs';

const LIGHTHOUSE = '12.2.3';
const ports = {
  sandbox: Number(process.env.LH_SANDBOX_PORT ?? 8797),
  server: Number(process.env.LH_SERVER_PORT ?? 8798),
  demo: Number(process.env.LH_DEMO_PORT ?? 4180),
};
const urls = Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, `http://${HOST}:${port}`]));

function log(message) {
  console.log(`[lighthouse] ${message}`);
}

function ensureLighthouse() {
  const prefix = path.join(root, '.tools', 'lighthouse');
  const cli = path.join(prefix, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const manifest = path.join(prefix, 'node_modules', 'lighthouse', 'package.json');
  if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === LIGHTHOUSE) return cli;
  log(`installing lighthouse ${LIGHTHOUSE} into .tools/lighthouse (npm)`);
  mkdirSync(prefix, { recursive: true });
  const result = spawnSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `lighthouse@${LIGHTHOUSE}`],
    { stdio: 'inherit' },
  );
  if (result.status !== 0 || !existsSync(cli)) {
    console.error(`[lighthouse] could not install lighthouse ${LIGHTHOUSE}: see the npm output above`);
    process.exit(1);
  }
  return cli;
}

stopOnSignals();
const pnpm = ensurePnpm();
ensureDependencies(pnpm);
const chromium = ensureChromium();
const lighthouse = ensureLighthouse();
for (const [name, port] of Object.entries(ports)) {
  if (!(await portIsFree(port))) {
    console.error(`[lighthouse] port ${port} (the ${name}) is in use: set LH_${name.toUpperCase()}_PORT to a free one`);
    process.exit(1);
  }
}

log('building the demo (vite build)');
const built = spawnSync(pnpm, ['--filter', '@batchpay/demo', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...pnpmEnv(), VITE_API_URL: urls.server, VITE_SANDBOX_URL: urls.sandbox, DEMO_PORT: String(ports.demo) },
});
if (built.status !== 0) {
  console.error('[lighthouse] the demo did not build: see the output above');
  process.exit(1);
}

const data = mkdtempSync(path.join(tmpdir(), 'batchpay-lighthouse-'));
const quiet = /./;
await startSandboxAndServer({
  root,
  ports,
  urls,
  sandboxDataDir: path.join(data, 'sandbox'),
  serverDataDir: path.join(data, 'server'),
  hide: quiet,
});
const vite = path.join(root, 'apps/demo/node_modules/vite/bin/vite.js');
const preview = run('preview', [vite, 'preview', '--host', HOST, '--port', String(ports.demo), '--strictPort'], {
  cwd: path.join(root, 'apps/demo'),
  env: { DEMO_PORT: String(ports.demo) },
  hide: quiet,
});
await waitFor('vite preview', preview, () => answers(`${urls.demo}/`));

// A result page needs a checkout: one desktop checkout of the demo cart, created as the demo would.
const created = await fetch(`${urls.server}/api/checkouts`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': `lighthouse-${Date.now()}` },
  body: JSON.stringify({ cartId: 'demo-cart', paymentMethodType: 'ALIPAY_CN', env: { terminalType: 'WEB' } }),
});
const { checkoutId } = await created.json();
if (!checkoutId) {
  console.error(`[lighthouse] could not create a checkout for the result page (HTTP ${created.status})`);
  await stopAll(1);
}

const pages = [
  ['/', `${urls.demo}/`, 'basket'],
  ['/checkout', `${urls.demo}/checkout`, 'checkout'],
  ['/result', `${urls.demo}/result?checkout=${checkoutId}`, 'result'],
];
const keep = process.env.LH_REPORTS ? path.resolve(process.env.LH_REPORTS) : null;
if (keep) mkdirSync(keep, { recursive: true });
const rows = [];
for (const [name, url, file] of pages) {
  log(`auditing ${name}`);
  const out = path.join(data, `lh-${rows.length}.json`);
  const result = spawnSync(
    process.execPath,
    [
      lighthouse,
      url,
      `--chrome-path=${chromium}`,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
    ],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromium } },
  );
  if (result.status !== 0 || !existsSync(out)) {
    rows.push({ name, error: `lighthouse exited ${result.status}` });
    continue;
  }
  if (keep) copyFileSync(out, path.join(keep, `lh-${file}.json`));
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id) => report.categories[id]?.score?.toFixed(2) ?? '–';
  const metric = (id) => report.audits[id]?.displayValue ?? '–';
  // What keeps a category under 1.00: the audits of that category that did not pass.
  const misses = [];
  for (const [id, category] of Object.entries(report.categories)) {
    for (const ref of category.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        misses.push(`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  rows.push({
    misses,
    name,
    performance: score('performance'),
    FCP: metric('first-contentful-paint'),
    LCP: metric('largest-contentful-paint'),
    TBT: metric('total-blocking-time'),
    CLS: metric('cumulative-layout-shift'),
    accessibility: score('accessibility'),
    'best practices': score('best-practices'),
    SEO: score('seo'),
  });
}

const columns = ['name', 'performance', 'FCP', 'LCP', 'TBT', 'CLS', 'accessibility', 'best practices', 'SEO'];
console.log(
  `\nLighthouse ${LIGHTHOUSE}, mobile preset, simulated throttling, built demo (vite build + vite preview)\n`,
);
console.log(`| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|`);
for (const row of rows) {
  console.log(row.error ? `| ${row.name} | ${row.error} |` : `| ${columns.map((c) => row[c]).join(' | ')} |`);
}
for (const row of rows) {
  if (row.misses?.length) console.log(`\n${row.name}, what is not at 1.00:\n  ${row.misses.join('\n  ')}`);
}
rmSync(data, { recursive: true, force: true });
await stopAll(rows.some((row) => row.error) ? 1 : 0);
