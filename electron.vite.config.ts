import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { KANAALNAMEN } from './shared/api/contract';

// Three bundles: the main process (plus the `tafelwerk` command line, which runs the
// very same services under plain Node), the sandboxed preload (CommonJS, as a sandboxed
// preload requires) and the React renderer.
export default defineConfig({
  main: {
    // The built app and command line find the Excel parsing worker in its own bundle; run from
    // source (the tests), it sits beside the module that starts it (see xlsx-lezer-pad.ts).
    resolve: {
      alias: [
        {
          find: /^\.\/xlsx-lezer-pad$/,
          replacement: resolve('electron/main/excel/xlsx-lezer-pad.gebouwd.ts'),
        },
      ],
    },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          cli: resolve('electron/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    // The channel names come from the contract, written once there; the preload gets the list as a
    // constant, not the contract (whose zod schemas do not belong in the sandboxed bundle).
    define: { __KANAALNAMEN__: JSON.stringify(KANAALNAMEN) },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves bundles unminified by default; the renderer is parsed at every start.
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
