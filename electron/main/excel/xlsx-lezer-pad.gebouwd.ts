/// <reference types="electron-vite/node" />
import pad from './xlsx-lezer.worker.mjs?modulePath';

/**
 * Where the parsing worker's script is in the built app and command line: electron-vite bundles
 * the worker into a file of its own and gives its path (`?modulePath`). Replaces
 * xlsx-lezer-pad.ts in the build only (electron.vite.config.ts).
 */
export const lezerPad = (): string => pad;
