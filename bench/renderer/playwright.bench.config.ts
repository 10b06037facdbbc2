import { defineConfig } from '@playwright/test';
import e2e from '../../playwright.config';

// The renderer benchmark: not part of `npm test`. Run it with `npm run bench:renderer` (which builds
// the renderer first). One worker, so nothing else competes for the two cores while it measures.
// The browser (Debian Chromium, locale, viewport) is the e2e tests' own.
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.bench\.ts$/,
  timeout: 600_000,
  expect: { timeout: 60_000 },
  workers: 1,
  reporter: [['list']],
  use: e2e.use,
});
