#!/usr/bin/env node
// `npm test`: typecheck, lint, build, then unit (Vitest) and end-to-end (Playwright) tests.
// Both suites always run, so one report shows everything; the closing line combines their
// JSON reports as `N passed, N failed, N skipped`. Exits non-zero on any failure or on zero tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
delete env.TAFELWERK_NU;
const run = (label, args, extra = {}) => {
  process.stdout.write(`\n=== ${label} ===\n`);
  return (
    spawnSync('npx', ['--no-install', ...args], { stdio: 'inherit', env: { ...env, ...extra } }).status === 0
  );
};

rmSync('reports', { recursive: true, force: true });
const checks = [
  ['Typecontrole', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['Typecontrole renderer', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['Lint', ['biome', 'check', 'electron', 'renderer', 'shared', 'tests', 'scripts', 'bin']],
  ['Bouwen', ['electron-vite', 'build']],
];
let ok = true;
for (const [label, args] of checks) {
  if (!run(label, args)) {
    ok = false;
    // Without a build the tests cannot run; type and lint failures still let them run.
    if (label === 'Bouwen') break;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
// Each suite runs once: the date-sensitive tests run again on fixed moments as extra projects of
// the same run (tests/vaste-momenten.ts), so there are two reports.
const rapporten = { unit: ['reports/unit.json'], e2e: ['reports/e2e.json'] };
if (existsSync('out/renderer/index.html')) {
  ok = run('Unit-tests (Vitest)', ['vitest', 'run']) && ok;
  ok = run('End-to-end-tests (Playwright + Chromium)', ['playwright', 'test']) && ok;
}
for (const pad of rapporten.unit) {
  if (!existsSync(pad)) {
    ok = false;
    continue;
  }
  const unit = JSON.parse(readFileSync(pad, 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  if (!unit.success) ok = false;
}
for (const pad of rapporten.e2e) {
  if (!existsSync(pad)) {
    ok = false;
    continue;
  }
  const stats = JSON.parse(readFileSync(pad, 'utf8')).stats;
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
  if (stats.unexpected > 0) ok = false;
}

if (passed + failed === 0) ok = false;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok && failed === 0 ? 0 : 1);
