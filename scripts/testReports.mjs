// Reads the JSON reports of vitest and Playwright for `npm test`'s summary: the counts, and each failed test by name
// with the first line of its error, so that the tail of a CI log says which test failed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const firstLine = (text) =>
  stripVTControlCharacters(String(text ?? ''))
    .trim()
    .split('\n')[0]
    .slice(0, 200);

/** @returns {{ passed: number, failed: number, skipped: number, failures: string[] } | undefined} */
export function readVitestReport(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failures = [];
  for (const suite of report.testResults ?? []) {
    const where = path.relative(root, suite.name ?? '');
    const tests = suite.assertionResults ?? [];
    for (const test of tests) {
      if (test.status === 'failed')
        failures.push(`${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
    if (suite.status === 'failed' && tests.every((test) => test.status !== 'failed')) {
      failures.push(`${where}: ${firstLine(suite.message)}`);
    }
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    failures,
  };
}

/** @returns {{ passed: number, failed: number, skipped: number, failures: string[] } | undefined} */
export function readPlaywrightReport(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failures = [];
  const dir = path.relative(root, report.config?.rootDir ?? root);
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected') {
          failures.push(
            `${path.join(dir, spec.file)}:${spec.line} › ${spec.title}: ${firstLine(test.results?.at(-1)?.error?.message)}`,
          );
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  for (const error of report.errors ?? []) failures.push(`playwright: ${firstLine(error.message)}`);
  const { stats = {} } = report;
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
    failures,
  };
}
