#!/usr/bin/env node
// Launcher for the `tafelwerk` command: runs the built command line (same services as the app).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('Tafelwerk is nog niet gebouwd. Voer eerst "npm run build" uit.\n');
  process.exit(2);
}
await import(pathToFileURL(built).href);
