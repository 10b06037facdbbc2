import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { tempDir } from './helpers/temp';

// Electronegativity, the static Electron linter, via scripts/lint-electron.mjs (`npm run lint:electron`).
// It runs offline; without network it only warns that it could not fetch release data.
const root = fileURLToPath(new URL('../../', import.meta.url));
const lint = (input?: string) =>
  spawnSync(process.execPath, [join(root, 'scripts/lint-electron.mjs'), ...(input ? [input] : [])], {
    cwd: root,
    encoding: 'utf8',
    timeout: 110_000,
  });

const findings = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => /^(warning|note|error)\s/.test(line))
    .map((line) => line.split(/\s+/));

describe('Electronegativity on electron/', () => {
  test('finds no definite issue beyond the commented allow-list', { timeout: 120_000 }, () => {
    const run = lint();
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const definitief = findings(run.stdout).filter(([level]) => level === 'warning');
    // Only the ones the linter cannot see through (options built by mainWindowOptions()).
    expect(definitief.map(([, check, where]) => `${check} ${where?.replace(/:.*/, '')}`).sort()).toEqual([
      'AUXCLICK_JS_CHECK main/index.ts',
      'CONTEXT_ISOLATION_JS_CHECK main/index.ts',
      'SANDBOX_JS_CHECK main/index.ts',
    ]);
    // The guards it looks for globally are found: navigation limited, permission handler set.
    const checks = findings(run.stdout).map(([, check]) => check);
    expect(checks).not.toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
    expect(checks).not.toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK');
  });

  test('fails on a window that turns the protections off', { timeout: 120_000 }, async () => {
    const dir = await tempDir('tafelwerk-eneg-fixture-');
    writeFileSync(
      join(dir, 'main.js'),
      [
        "const { BrowserWindow } = require('electron');",
        'const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });',
        "win.loadURL('http://example.com');",
      ].join('\n'),
    );
    const run = lint(dir);
    expect(run.status, run.stderr + run.stdout).toBe(1);
    const checks = findings(run.stdout)
      .filter(([level]) => level === 'warning')
      .map(([, check]) => check);
    expect(checks).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
    );
  });
});
