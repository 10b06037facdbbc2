import { defineConfig } from '@playwright/test';
import type { KlokOpties } from './tests/e2e/fixtures';
import { projectNaam, VASTE_MOMENTEN, VASTE_ZONE } from './tests/vaste-momenten';

// The main side of the scenarios runs in the users' zone, like the page (timezoneId below), so a
// fixed moment means the same wall-clock time on both sides. Workers inherit this.
process.env.TZ = VASTE_ZONE;

// Debian's Chromium drives the built renderer; the Electron transport is replaced by a bridge
// to the real main-process services (see tests/e2e/fixtures.ts). Never `playwright install`.
export default defineConfig<KlokOpties>({
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
  // Every scenario runs today; the date-sensitive ones (tagged @datum) run again, in the same run,
  // on each fixed moment of tests/vaste-momenten.ts, with main's clock set to it (fixtures.ts).
  projects: [
    { name: 'vandaag' },
    ...VASTE_MOMENTEN.map((moment) => ({
      name: projectNaam(moment),
      grep: /@datum/,
      use: { vastMoment: moment },
    })),
  ],
  use: {
    locale: 'nl-NL',
    timezoneId: VASTE_ZONE,
    viewport: { width: 1280, height: 800 },
    // The scenarios run as a user with animations switched off (the app honours that, theme.ts):
    // no frames are drawn for fades and slides, which on two cores is most of a dialog's cost.
    reducedMotion: 'reduce',
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
