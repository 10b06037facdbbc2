import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHeader } from '../../electron/main/hardening';
import { contract } from '../../shared/api/contract';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = join(root, 'out/main/index.js');

interface Report {
  channels: string[];
  windows: { webPreferences: Record<string, unknown> }[];
  loadedFiles: string[];
  loadedUrls: string[];
  menu: boolean;
  sandboxEnabled: boolean;
  appEvents: string[];
  webContents: { events: string[]; windowOpenHandler: boolean }[];
  session: { handlers: string[]; events: string[] };
  openedExternally: string[];
  probes: {
    navigation: Record<string, boolean>[];
    windowOpen: Record<string, string>[];
    requests: Record<string, boolean | string>;
    headers: Record<string, string[]> | null;
    permissions: Record<string, unknown>;
    download: boolean;
  };
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
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.safeDialogs).toBe(true);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(report.sandboxEnabled).toBe(true);
    expect(existsSync(String(prefs.preload))).toBe(true);
    expect(String(prefs.preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
  });

  it('de preload kent elk kanaal van het contract, zonder het contract zelf (geen zod)', async () => {
    const preload = await readFile(String(report.windows[0]?.webPreferences?.preload), 'utf8');
    for (const naam of Object.keys(contract)) expect(preload).toContain(`"${naam}"`);
    expect(preload).not.toMatch(/zod|safeParse/);
    expect(preload.length).toBeLessThan(20_000);
  });

  it('laadt de gebouwde renderer en zet een menu', () => {
    expect(report.loadedUrls).toEqual([]);
    expect(report.loadedFiles).toHaveLength(1);
    expect(existsSync(report.loadedFiles[0] ?? '')).toBe(true);
    expect(report.loadedFiles[0]).toMatch(/out[\\/]renderer[\\/]index\.html$/);
    expect(report.menu).toBe(true);
  });

  it('bewaakt elk webContents: geen navigatie, geen webview, geen nieuwe vensters', () => {
    expect(report.appEvents).toContain('web-contents-created');
    expect(report.webContents).toHaveLength(1);
    expect(report.webContents[0]?.windowOpenHandler).toBe(true);
    expect(report.probes.navigation).toEqual([
      {
        'will-navigate': true,
        'will-redirect': true,
        'will-frame-navigate': true,
        'will-attach-webview': true,
      },
    ]);
    expect(report.probes.windowOpen).toEqual([
      { 'https://evil.example/': 'deny', 'http://evil.example/': 'deny', 'file:///etc/passwd': 'deny' },
    ]);
    // The allow-list is empty today: nothing is handed to the browser.
    expect(report.openedExternally).toEqual([]);
  });

  it('weigert toestemmingen en downloads, laadt alleen de eigen bestanden, zet de CSP-header', () => {
    expect([...report.session.handlers].sort()).toEqual(
      [
        'onBeforeRequest',
        'onHeadersReceived',
        'setDevicePermissionHandler',
        'setPermissionCheckHandler',
        'setPermissionRequestHandler',
      ].sort(),
    );
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal']) {
      expect(report.probes.permissions[permission]).toEqual({ request: false, check: false });
    }
    expect(report.probes.permissions.device).toBe(false);
    expect(report.probes.download).toBe(true);

    const cancelled = Object.entries(report.probes.requests).map(([url, cancel]) => [
      url.startsWith('file:') && !url.includes('/etc/') ? 'renderer' : url,
      cancel,
    ]);
    expect(cancelled).toEqual([
      ['renderer', false],
      ['renderer', false],
      ['https://evil.example/x.js', true],
      ['http://localhost:5173/', true],
      ['ws://localhost:5173/', true],
      ['file:///etc/passwd', true],
      ['data:image/png;base64,AAAA', false],
      ['data:text/html,<script>1</script>', true],
    ]);
    expect(report.probes.headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [cspHeader()],
    });
  });
});
