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
  spellChecker: [string, unknown][];
  probes: {
    ipcVanBuiten: string;
    navigation: Record<string, boolean>[];
    windowOpen: Record<string, string>[];
    requests: Record<string, boolean | string>;
    headers: Record<string, string[]> | null;
    permissions: Record<string, unknown>;
    download: boolean;
  };
}

/** Starts the *built* main process under plain Node with `electron` replaced by a recording stub. */
async function startBundel(env: Record<string, string>): Promise<{ dir: string; report: Report }> {
  if (!existsSync(bundle)) throw new Error('out/main/index.js ontbreekt: voer eerst "npm run build" uit.');
  const dir = await mkdtemp(join(tmpdir(), 'tafelwerk-smoke-'));
  const reportPath = join(dir, 'report.json');
  const { ELECTRON_RENDERER_URL: _niet, ...omgeving } = process.env;
  await promisify(execFile)(
    process.execPath,
    ['--import', join(root, 'tests/smoke/electron-stub/register.mjs'), bundle],
    {
      env: {
        ...omgeving,
        TAFELWERK_SMOKE_REPORT: reportPath,
        TAFELWERK_SMOKE_USERDATA: join(dir, 'userData'),
        ...env,
      },
    },
  );
  return { dir, report: JSON.parse(await readFile(reportPath, 'utf8')) as Report };
}

/** Starts the bundle once for the enclosing describe block and removes its folder afterwards. */
function startBundelVoorAlle(env: Record<string, string>, ontvang: (report: Report) => void): void {
  let dir = '';
  beforeAll(async () => {
    const start = await startBundel(env);
    dir = start.dir;
    ontvang(start.report);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
}

describe('het gebouwde hoofdproces', () => {
  let report: Report;
  startBundelVoorAlle({}, (r) => {
    report = r;
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

  // Chromium on Windows and Linux downloads Hunspell dictionaries from a Google CDN: a request
  // leaving the machine that no user asked for. Spellcheck is off, in the window and the session.
  it('zet de spellingcontrole uit in het venster en de sessie: geen woordenboek van internet', () => {
    expect(report.windows[0]?.webPreferences.spellcheck).toBe(false);
    expect(report.spellChecker).toContainEqual(['setSpellCheckerEnabled', false]);
    expect(report.spellChecker).toContainEqual(['setSpellCheckerLanguages', []]);
  });
});

// The attack: ELECTRON_RENDERER_URL set on an installed app (a shortcut, a login script, a
// variable left in the user's environment). Before, the window loaded that address and the
// request filter and the IPC sender check trusted its origin, so a remote page got window.api.
describe('het geïnstalleerde hoofdproces negeert ELECTRON_RENDERER_URL', () => {
  let report: Report;
  startBundelVoorAlle(
    { TAFELWERK_SMOKE_PACKAGED: '1', ELECTRON_RENDERER_URL: 'https://evil.example/' },
    (r) => {
      report = r;
    },
  );

  it('laadt de eigen renderer, niet het adres uit de omgeving', () => {
    expect(report.loadedUrls).toEqual([]);
    expect(report.loadedFiles).toHaveLength(1);
    expect(report.loadedFiles[0]).toMatch(/out[\\/]renderer[\\/]index\.html$/);
  });

  it('laat de pagina op dat adres niets laden en geeft haar geen toegang tot de API', () => {
    expect(report.probes.requests['https://evil.example/x.js']).toBe(true);
    expect(report.probes.ipcVanBuiten).toBe('geweigerd');
  });
});
