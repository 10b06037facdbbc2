import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = join(root, 'out/main/index.js');

interface Report {
  channels: string[];
  windows: { webPreferences: Record<string, unknown> }[];
  loadedFiles: string[];
  loadedUrls: string[];
  menu: boolean;
}

// The *built* main process, started under plain Node with `electron` replaced by a recording stub.
describe('het gebouwde hoofdproces', () => {
  let dir: string;
  let report: Report;

  beforeAll(async () => {
    if (!existsSync(bundle)) throw new Error('out/main/index.js ontbreekt: voer eerst "npm run build" uit.');
    dir = await mkdtemp(join(tmpdir(), 'tafelwerk-smoke-'));
    const reportPath = join(dir, 'report.json');
    await promisify(execFile)(
      process.execPath,
      ['--import', join(root, 'tests/smoke/electron-stub/register.mjs'), bundle],
      {
        env: {
          ...process.env,
          TAFELWERK_SMOKE_REPORT: reportPath,
          TAFELWERK_SMOKE_USERDATA: join(dir, 'userData'),
        },
      },
    );
    report = JSON.parse(await readFile(reportPath, 'utf8')) as Report;
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('registreert elk kanaal van het contract precies één keer', () => {
    expect([...report.channels].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(report.channels).size).toBe(report.channels.length);
  });

  it('opent één venster, gesandboxt, met een preload die bestaat', () => {
    expect(report.windows).toHaveLength(1);
    const prefs = report.windows[0]?.webPreferences ?? {};
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(existsSync(String(prefs.preload))).toBe(true);
    expect(String(prefs.preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
  });

  it('laadt de gebouwde renderer en zet een menu', () => {
    expect(report.loadedUrls).toEqual([]);
    expect(report.loadedFiles).toHaveLength(1);
    expect(existsSync(report.loadedFiles[0] ?? '')).toBe(true);
    expect(report.loadedFiles[0]).toMatch(/out[\\/]renderer[\\/]index\.html$/);
    expect(report.menu).toBe(true);
  });
});
