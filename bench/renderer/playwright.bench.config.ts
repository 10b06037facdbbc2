import { defineConfig } from '@playwright/test';

// The renderer benchmark: not part of `npm test`. Run it with `npm run bench:renderer` (which builds
// the renderer first). One worker, so nothing else competes for the two cores while it measures.
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.bench\.ts$/,
  timeout: 600_000,
  expect: { timeout: 60_000 },
  workers: 1,
  reporter: [['list']],
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
