import { describe, expect, test } from 'vitest';
import {
  isTrustedRendererUrl,
  mainWindowOptions,
  ontwikkelServerUrl,
} from '../../electron/main/window-options';

describe('mainWindowOptions', () => {
  test('the renderer is sandboxed, isolated and without Node, also in subframes and workers', () => {
    const preload = '/opt/Tafelwerk/resources/app.asar/out/preload/index.cjs';
    const options = mainWindowOptions(preload);
    expect(options.webPreferences).toMatchObject({
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
    // Nothing that would loosen the page: no Blink feature switches, no disabled dialogs guard,
    // no extra process arguments, no popups, and dialogs guarded rather than silently disabled.
    const prefs = options.webPreferences ?? {};
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'allowpopups', 'disableDialogs']) {
      expect(prefs).not.toHaveProperty(key);
    }
    expect(prefs.safeDialogsMessage).toMatch(/^[A-Z][a-z ]+$/);
    expect(options.show).toBe(false);
    expect(options.title).toBe('Tafelwerk');
  });

  test('spellcheck is off: Chromium would fetch dictionaries from a remote CDN', () => {
    expect(mainWindowOptions('/x/preload.cjs').webPreferences?.spellcheck).toBe(false);
  });

  test('uses the preload path it is given', () => {
    expect(mainWindowOptions('C:\\Tafelwerk\\preload.cjs').webPreferences?.preload).toBe(
      'C:\\Tafelwerk\\preload.cjs',
    );
  });
});

describe('isTrustedRendererUrl', () => {
  const DEV = 'http://localhost:5173';

  const INDEX = 'file:///opt/Tafelwerk/resources/app.asar/out/renderer/index.html';
  const WIN = 'file:///C:/Program%20Files/Tafelwerk/resources/app.asar/out/renderer/index.html';

  test.each([
    [INDEX, undefined, INDEX, true],
    [`${WIN}#/instellingen`, undefined, WIN, true],
    [`${INDEX}?x=1#/kandidaten`, undefined, INDEX, true],
    // Another local file is not our renderer, however it got loaded.
    ['file:///home/gebruiker/Downloads/index.html', undefined, INDEX, false],
    ['file:///opt/Tafelwerk/resources/app.asar/out/renderer/other.html', undefined, INDEX, false],
    ['https://evil.example/', undefined, INDEX, false],
    ['http://localhost:5173/', undefined, INDEX, false],
    ['', undefined, INDEX, false],
    [undefined, undefined, INDEX, false],
    ['http://localhost:5173/', DEV, INDEX, true],
    ['http://localhost:5173/#/dashboard', DEV, INDEX, true],
    ['http://localhost:5173', DEV, INDEX, true],
    ['file:///opt/Tafelwerk/out/renderer/index.html', DEV, INDEX, false],
    ['https://evil.example/', DEV, INDEX, false],
    ['http://localhost:5174/', DEV, INDEX, false],
    ['http://localhost:51730/', DEV, INDEX, false],
    ['http://localhost:5173.evil.example/', DEV, INDEX, false],
    ['http://localhost:5173@evil.example/', DEV, INDEX, false],
    ['https://localhost:5173/', DEV, INDEX, false],
    ['niet een url', DEV, INDEX, false],
  ])('%j with dev server %j (index %j) → %s', (url, dev, index, expected) => {
    expect(isTrustedRendererUrl(url, dev, index)).toBe(expected);
  });
});

describe('ontwikkelServerUrl', () => {
  test('the installed app ignores ELECTRON_RENDERER_URL, whatever it names', () => {
    for (const url of ['http://localhost:5173/', 'https://evil.example/', 'file:///tmp/x.html'])
      expect(ontwikkelServerUrl({ ELECTRON_RENDERER_URL: url }, true)).toBeUndefined();
  });

  test.each([
    ['http://localhost:5173/', 'http://localhost:5173/'],
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173'],
    ['http://[::1]:5173/', 'http://[::1]:5173/'],
    // Even in development: no remote page, no other scheme, no credentials, no lookalike host.
    ['https://evil.example/', undefined],
    ['http://localhost.evil.example:5173/', undefined],
    ['http://user:pw@localhost:5173/', undefined],
    ['file:///tmp/index.html', undefined],
    ['javascript:alert(1)', undefined],
    ['geen url', undefined],
    ['', undefined],
  ])('in development %j → %j', (url, expected) => {
    expect(ontwikkelServerUrl({ ELECTRON_RENDERER_URL: url }, false)).toBe(expected);
  });

  test('without the variable the bundled renderer is loaded', () => {
    expect(ontwikkelServerUrl({}, false)).toBeUndefined();
  });
});
