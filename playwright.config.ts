import { defineConfig } from '@playwright/test';

// Debian's Chromium drives the built renderer; the Electron transport is replaced by a bridge
// to the real main-process services (see tests/e2e/fixtures.ts). Never `playwright install`.
export default defineConfig({
  testDir: 'tests/e2e',
  // Two workers on two cores: the example werkgroep and the file saves make a busy machine slow, so
  // waiting for the screen gets more room than Playwright's default 5 s, and a whole scenario (which
  // opens the example, saves often and runs axe several times) gets 90 s. Guards against hangs, not
  // speed goals: those are in the benchmarks.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 2,
  fullyParallel: true,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
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
