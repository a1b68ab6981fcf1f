// `npm test`: installs what is missing, then runs every check of the kit. See README "Checks".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium, ensureDependencies, ensurePnpm, ensurePostgres, pnpmEnv, root } from './ensure.mjs';
import { readPlaywrightReport, readVitestReport } from './testReports.mjs';

const pnpm = ensurePnpm();
ensureDependencies(pnpm);
ensureChromium();
ensurePostgres();

const results = path.join(root, 'test-results');
mkdirSync(results, { recursive: true });
const has = (file) => existsSync(path.join(root, file));
const env = {
  ...pnpmEnv(),
  CHROMIUM_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  STORYBOOK_DISABLE_TELEMETRY: '1',
};

/** Tests counted from the runners' JSON reports, for the closing line; the failed ones by name, for the summary. */
const counts = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const add = (read) => (file) => {
  const report = read(file);
  if (!report) return;
  for (const key of Object.keys(counts)) counts[key] += report[key];
  failures.push(...report.failures);
};
const countVitest = add(readVitestReport);
const countPlaywright = add(readPlaywrightReport);

const steps = [
  { name: 'lint (biome)', cmd: [pnpm, 'exec', 'biome', 'check', '.'] },
  { name: 'build packages', cmd: [pnpm, '-r', '--filter', './packages/*', 'build'] },
  // After the build: apps/next-example is typechecked against the built packages, as a merchant's app would be.
  { name: 'typecheck', cmd: [pnpm, 'run', 'typecheck'] },
  {
    name: 'unit, hook, component and story tests (vitest)',
    report: path.join(results, 'vitest.json'),
    cmd: [
      pnpm,
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.join(results, 'vitest.json')}`,
    ],
    count: countVitest,
  },
  has('packages/server/vitest.pg.config.ts') && {
    name: 'storage suite on PostgreSQL',
    report: path.join(results, 'vitest-pg.json'),
    cmd: [
      'bash',
      'scripts/with-pg.sh',
      pnpm,
      'exec',
      'vitest',
      'run',
      '--config',
      'packages/server/vitest.pg.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.join(results, 'vitest-pg.json')}`,
    ],
    count: countVitest,
  },
  { name: 'package checks (publint, attw)', cmd: ['node', 'scripts/check-packages.mjs'] },
  { name: 'size budgets (size-limit)', cmd: [pnpm, 'exec', 'size-limit'] },
  has('.storybook/main.ts') && {
    name: 'storybook build',
    cmd: [pnpm, 'exec', 'storybook', 'build', '-o', 'storybook-static', '--quiet'],
  },
  has('playwright.config.ts') && {
    name: 'end-to-end tests (playwright)',
    report: path.join(results, 'playwright.json'),
    cmd: [pnpm, 'exec', 'playwright', 'test', '--reporter=list,json'],
    extraEnv: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(results, 'playwright.json') },
    count: countPlaywright,
  },
  // A Next.js App Router shop from the built packages (about 35 s cold, 9 s with Turbopack's cache; e2e about 6 s).
  has('apps/next-example/package.json') && {
    name: 'Next.js example: next build',
    cmd: [pnpm, '--filter', '@batchpay/next-example', 'run', 'build'],
    extraEnv: { NEXT_TELEMETRY_DISABLED: '1' },
  },
  has('apps/next-example/playwright.config.ts') && {
    name: 'Next.js example: paid end to end (playwright)',
    cmd: [pnpm, '--filter', '@batchpay/next-example', 'run', 'e2e'],
  },
].filter(Boolean);

const summary = [];
for (const step of steps) {
  console.log(`\n━━━ ${step.name} ━━━`);
  if (step.report) rmSync(step.report, { force: true });
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...step.extraEnv },
  });
  const ok = run.status === 0;
  step.count?.(step.report);
  if (!ok && !step.count) counts.failed += 1;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

console.log(`\n━━━ summary ━━━\n${summary.join('\n')}`);
if (failures.length) console.log(`failed tests:\n${failures.map((line) => `  ${line}`).join('\n')}`);
const failedSteps = summary.filter((line) => line.startsWith('FAIL')).length;
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps > 0 ? 1 : 0);
