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

/**
 * Besides today, the date-sensitive tests run on fixed moments, late in the evening in Amsterdam:
 * the last evening of a year, the first night of the next, and a leap day. The product's clock
 * (shared/klok.ts) reads TAFELWERK_NU; vitest.config.ts and playwright.config.ts then select the
 * date-sensitive unit files and the scenarios tagged @datum.
 */
const VASTE_MOMENTEN = ['2026-12-31T23:30', '2027-01-01T00:30', '2028-02-29T23:30'];

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
const rapporten = { unit: ['reports/unit.json'], e2e: ['reports/e2e.json'] };
if (existsSync('out/renderer/index.html')) {
  ok = run('Unit-tests (Vitest)', ['vitest', 'run']) && ok;
  ok = run('End-to-end-tests (Playwright + Chromium)', ['playwright', 'test']) && ok;
  for (const moment of VASTE_MOMENTEN) {
    const naam = moment.replace(/[^0-9]/g, '');
    const vast = { TZ: 'Europe/Amsterdam', TAFELWERK_NU: moment };
    rapporten.unit.push(`reports/unit-${naam}.json`);
    rapporten.e2e.push(`reports/e2e-${naam}.json`);
    ok =
      run(`Datumgevoelige unit-tests op ${moment} (Amsterdam)`, ['vitest', 'run'], {
        ...vast,
        TAFELWERK_RAPPORT: `reports/unit-${naam}.json`,
      }) && ok;
    ok =
      run(`Datumgevoelige end-to-end-tests op ${moment} (Amsterdam)`, ['playwright', 'test'], {
        ...vast,
        TAFELWERK_RAPPORT: `reports/e2e-${naam}.json`,
      }) && ok;
  }
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
