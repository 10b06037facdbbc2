import { defineConfig } from '@playwright/test';

// Debian's Chromium drives the built renderer; the Electron transport is replaced by a bridge
// to the real main-process services (see tests/e2e/fixtures.ts). Never `playwright install`.
export default defineConfig({
  testDir: 'tests/e2e',
  // Two workers on two cores. A scenario's work is bounded by what it does, not by the clock: the
  // limits below only catch a hang. A loaded 2-core machine (a benchmark or a second suite beside
  // this one) made a 47 s scenario pass 90 s, which is slowness, not a failure. Speed goals live in
  // the benchmarks.
  timeout: 300_000,
  expect: { timeout: 15_000 },
  workers: 2,
  fullyParallel: true,
  reporter: [['list'], ['json', { outputFile: process.env.TAFELWERK_RAPPORT ?? 'reports/e2e.json' }]],
  // On a fixed date (TAFELWERK_NU, see scripts/test-all.mjs) only the date-sensitive scenarios run.
  grep: process.env.TAFELWERK_NU ? /@datum/ : undefined,
  use: {
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
