import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { serveRenderer } from '../e2e/host';

/**
 * Builds this folder's page (harnas.tsx and the scenarios) the way the renderer is built: Vite,
 * React, minified, served with the app's Content-Security-Policy. Nothing of it ships in the app.
 */
async function bouw(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    // Vite's cache stays in the temp folder: node_modules may be shared with other checkouts.
    cacheDir: join(outDir, '.vite'),
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
    },
  });
}

interface Fixtures {
  /** Opens the page with one building block mounted, by its scenario name (see harnas.tsx). */
  toon: (scenario: string) => Promise<void>;
}

/** Playwright's `test` with the building blocks' page, built once per worker. */
export const test = base.extend<Fixtures, { bouwstenenUrl: string }>({
  bouwstenenUrl: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their dependencies.
    async ({}, use) => {
      const map = await mkdtemp(join(tmpdir(), 'tafelwerk-bouwstenen-'));
      await bouw(map);
      const server = await serveRenderer(map);
      await use(server.url);
      await server.close();
      await rm(map, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  toon: async ({ page, bouwstenenUrl }, use) => {
    await use(async (scenario) => {
      // A fresh page for each block: a change of address only in its #part would keep the last one.
      await page.goto('about:blank');
      await page.goto(`${bouwstenenUrl}#${scenario}`);
      await expect(page.locator(`[data-scenario="${scenario}"]`)).toBeAttached();
      await expect(page.getByText('Onbekend scenario')).toHaveCount(0);
    });
  },
});

export { expect };
