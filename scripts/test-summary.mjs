#!/usr/bin/env node
// Adds up the vitest JSON reports of all packages into CI's closing line "N passed, N failed".
// A test file that could not run at all counts as one failure; no report at all is a failure too, and
// so is a failed `pnpm test` (its exit status is the first argument) whose reports show no failure,
// e.g. a package whose runner died before writing its report.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packageDirs = ['spec', ...readdirSync(join(root, 'packages')).map((name) => join('packages', name))];

let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;
for (const dir of packageDirs) {
  const file = join(root, dir, 'test-results', 'vitest.json');
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  reports += 1;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  for (const suite of report.testResults) {
    if (suite.status === 'failed' && suite.assertionResults.length === 0) failed += 1;
  }
  console.log(`${dir}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
const testRunStatus = Number(process.argv[2] ?? 0);
if (reports === 0 || (testRunStatus !== 0 && failed === 0)) {
  console.log(`pnpm test exited with ${testRunStatus} and ${reports} report(s): counted as one failure`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
