import { fileURLToPath } from 'node:url';

/**
 * Where the parsing worker's script is, when Tafelwerk runs from its source (the unit and browser
 * tests): beside this file. The build replaces this module by xlsx-lezer-pad.gebouwd.ts
 * (electron.vite.config.ts), which points at the worker's own bundle.
 */
export const lezerPad = (): string => fileURLToPath(new URL('./xlsx-lezer.worker.mjs', import.meta.url));
