#!/usr/bin/env node
// `npm run lint:electron`: Electronegativity (static checks for Electron misconfigurations) on
// the main process and preload sources in electron/, read from its SARIF output (one JSON file).
// Prints every finding and exits 1 on any definite finding that is not on the allow-list below.
// Works offline (it only warns that it could not fetch translations and Electron release data).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Definite findings (SARIF level "warning"; "note" is Electronegativity's "review by hand") we have
 * checked and accept, by check and file. Each needs a reason. Electronegativity's SARIF has no
 * severity, so every definite finding blocks unless it is listed here: stricter than HIGH only.
 */
export const ALLOWED = [
  ...['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK'].map((check) => ({
    check,
    file: 'main/index.ts',
    // The linter cannot see options built by a function: `new BrowserWindow(mainWindowOptions(...))`.
    // contextIsolation, sandbox and the rest are asserted in tests/unit/window-options.test.ts and,
    // on the built bundle, in tests/smoke/main-bundle.test.ts.
    reason: 'webPreferences come from mainWindowOptions(); they are tested there',
  })),
];

/** One finding from Electronegativity's SARIF file: check, level, file and line. */
function bevindingen(sarif) {
  return (sarif.runs?.[0]?.results ?? []).map((r) => {
    const plek = r.locations?.[0]?.physicalLocation;
    return {
      issue: r.ruleId,
      level: r.level,
      filename: plek?.artifactLocation?.uri ?? '',
      location: String(plek?.region?.startLine ?? ''),
    };
  });
}

export function runElectronegativity(input = 'electron') {
  const dir = mkdtempSync(join(tmpdir(), 'tafelwerk-eneg-'));
  try {
    const out = join(dir, 'findings.sarif');
    const bin = require.resolve('@doyensec/electronegativity/dist/index.js');
    const electronVersion = require('electron/package.json').version;
    const run = spawnSync(
      process.execPath,
      [
        '-r',
        join(root, 'scripts/lint-electron-hook.cjs'),
        bin,
        '-i',
        input,
        '-o',
        out,
        '-r',
        '-v',
        'false',
        '-e',
        electronVersion,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    if (run.status !== 0)
      throw new Error(`Electronegativity faalde (${run.status}):\n${run.stderr}${run.stdout}`);
    return bevindingen(JSON.parse(readFileSync(out, 'utf8')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function blockingFindings(findings) {
  return findings.filter(
    (f) => f.level !== 'note' && !ALLOWED.some((a) => a.check === f.issue && a.file === f.filename),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const findings = runElectronegativity(process.argv[2] ?? 'electron');
  for (const f of findings) console.log(`${f.level.padEnd(8)} ${f.issue}  ${f.filename}:${f.location}`);
  const blocking = blockingFindings(findings);
  if (blocking.length > 0) {
    console.error(
      `\n${blocking.length} bevinding(en) niet op de toegestane lijst in scripts/lint-electron.mjs.`,
    );
    process.exit(1);
  }
  console.log(`\n${findings.length} bevinding(en), geen onverwachte.`);
}
