import { describe, expect, test } from 'vitest';
import { isTrustedRendererUrl, mainWindowOptions } from '../../electron/main/window-options';

describe('mainWindowOptions', () => {
  test('the renderer is sandboxed, isolated and without Node', () => {
    const preload = '/opt/Tafelwerk/resources/app.asar/out/preload/index.cjs';
    const options = mainWindowOptions(preload);
    expect(options.webPreferences).toMatchObject({
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(options.webPreferences).not.toHaveProperty('nodeIntegrationInSubFrames', true);
    expect(options.show).toBe(false);
    expect(options.title).toBe('Tafelwerk');
  });

  test('uses the preload path it is given', () => {
    expect(mainWindowOptions('C:\\Tafelwerk\\preload.cjs').webPreferences?.preload).toBe(
      'C:\\Tafelwerk\\preload.cjs',
    );
  });
});

describe('isTrustedRendererUrl', () => {
  const DEV = 'http://localhost:5173';

  test.each([
    ['file:///opt/Tafelwerk/resources/app.asar/out/renderer/index.html', undefined, true],
    [
      'file:///C:/Program%20Files/Tafelwerk/resources/app.asar/out/renderer/index.html#/instellingen',
      undefined,
      true,
    ],
    ['https://evil.example/', undefined, false],
    ['http://localhost:5173/', undefined, false],
    ['', undefined, false],
    [undefined, undefined, false],
    ['http://localhost:5173/', DEV, true],
    ['http://localhost:5173/#/dashboard', DEV, true],
    ['http://localhost:5173', DEV, true],
    ['file:///opt/Tafelwerk/out/renderer/index.html', DEV, false],
    ['https://evil.example/', DEV, false],
    ['http://localhost:5174/', DEV, false],
    ['http://localhost:51730/', DEV, false],
    ['http://localhost:5173.evil.example/', DEV, false],
    ['http://localhost:5173@evil.example/', DEV, false],
    ['https://localhost:5173/', DEV, false],
    ['niet een url', DEV, false],
  ])('%j with dev server %j → %s', (url, dev, expected) => {
    expect(isTrustedRendererUrl(url, dev)).toBe(expected);
  });
});
