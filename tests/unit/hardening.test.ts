import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import {
  beveiligSessie,
  beveiligWebContents,
  cspHeader,
  cspMeta,
  EXTERNE_HOSTS,
  magExternOpenen,
  magLaden,
  magToestemming,
  metCspHeader,
  type SessionLike,
  type WebContentsLike,
} from '../../electron/main/hardening';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Parses a policy into directive → sources. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('Content-Security-Policy', () => {
  test.each([
    ['header', cspHeader()],
    ['meta', cspMeta()],
  ])('the %s policy is strict: only self, no eval, no plugins, frames, base or forms', (_, policy) => {
    const d = directives(policy);
    expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
    // No remote origins, schemes or wildcards anywhere.
    expect(policy).not.toMatch(/https?:|wss?:|blob:|filesystem:|\*/);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('frame-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    // data: only for images and fonts; inline styles for Mantine, never inline scripts.
    for (const [name, sources] of d) {
      if (sources.includes('data:')) expect(['img-src', 'font-src']).toContain(name);
      if (sources.includes("'unsafe-inline'")) expect(name).toBe('style-src');
    }
  });

  test("frame-ancestors 'none' is in the header only (browsers ignore it in a meta tag)", () => {
    expect(directives(cspHeader()).get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives(cspMeta()).has('frame-ancestors')).toBe(false);
    expect(cspHeader().startsWith(cspMeta())).toBe(true);
  });

  test('renderer/index.html carries exactly the same policy in its meta tag', () => {
    const html = readFileSync(`${root}renderer/index.html`, 'utf8');
    const metas = [...html.matchAll(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)];
    expect(metas).toHaveLength(1);
    expect(metas[0]?.[1]).toBe(cspMeta());
    // No inline scripts or event handlers the policy would (rightly) block.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  test('metCspHeader replaces any CSP the response brought and keeps the other headers', () => {
    expect(
      metCspHeader({
        'content-type': 'text/html',
        'Content-Security-Policy': ["default-src *; script-src 'unsafe-eval'"],
        'content-security-policy-report-only': 'default-src *',
        'X-Other': ['a', 'b'],
      }),
    ).toEqual({
      'content-type': ['text/html'],
      'X-Other': ['a', 'b'],
      'Content-Security-Policy': [cspHeader()],
    });
    expect(metCspHeader(undefined)).toEqual({ 'Content-Security-Policy': [cspHeader()] });
  });
});

describe('magLaden (webRequest.onBeforeRequest)', () => {
  const DIR = 'file:///opt/Tafelwerk/resources/app.asar/out/renderer/';
  const WINDIR = 'file:///C:/Program%20Files/Tafelwerk/resources/app.asar/out/renderer';
  const DEV = 'http://localhost:5173';

  test.each([
    // The bundled renderer and its assets.
    [`${DIR}index.html`, undefined, 'mainFrame', true],
    [`${DIR}index.html#/kandidaten`, undefined, 'mainFrame', true],
    [`${DIR}assets/index-abc.js`, undefined, 'script', true],
    [`${WINDIR}/assets/index-abc.css`, undefined, 'stylesheet', true],
    // Other local files, also by way of .., encoded separators or UNC hosts.
    ['file:///etc/passwd', undefined, 'xhr', false],
    ['file:///home/gebruiker/Downloads/index.html', undefined, 'mainFrame', false],
    [`${DIR}../main/index.js`, undefined, 'script', false],
    [`${DIR}%2e%2e/%2e%2e/secret.txt`, undefined, 'xhr', false],
    [`${DIR}assets%2F..%2F..%2Fsecret.txt`, undefined, 'xhr', false],
    [`${DIR}assets%5c..%5c..%5csecret.txt`, undefined, 'xhr', false],
    ['file:///opt/Tafelwerk/resources/app.asar/out/renderer-evil/index.html', undefined, 'mainFrame', false],
    [
      'file://fileserver/share/opt/Tafelwerk/resources/app.asar/out/renderer/x.js',
      undefined,
      'script',
      false,
    ],
    // Nothing from the network.
    ['https://evil.example/x.js', undefined, 'script', false],
    ['http://localhost:5173/', undefined, 'mainFrame', false],
    ['ws://localhost:5173/', undefined, 'webSocket', false],
    ['wss://evil.example/', undefined, 'webSocket', false],
    ['ftp://evil.example/', undefined, 'other', false],
    ['blob:https://evil.example/1234', undefined, 'xhr', false],
    ['devtools://devtools/bundled/inspector.html', undefined, 'mainFrame', false],
    ['javascript:alert(1)', undefined, 'mainFrame', false],
    ['niet een url', undefined, 'other', false],
    // data: only as images and fonts.
    ['data:image/png;base64,AAAA', undefined, 'image', true],
    ['data:font/woff2;base64,AAAA', undefined, 'font', true],
    ['data:text/html,<script>alert(1)</script>', undefined, 'subFrame', false],
    ['data:text/javascript,alert(1)', undefined, 'script', false],
    ['data:image/png;base64,AAAA', undefined, undefined, false],
    // In development: the dev server, its HMR websocket and DevTools, nothing else.
    ['http://localhost:5173/', DEV, 'mainFrame', true],
    ['http://localhost:5173/@vite/client', DEV, 'script', true],
    ['ws://localhost:5173/?token=abc', DEV, 'webSocket', true],
    ['devtools://devtools/bundled/inspector.html', DEV, 'mainFrame', true],
    [`${DIR}assets/index-abc.js`, DEV, 'script', true],
    ['http://localhost:5174/', DEV, 'mainFrame', false],
    ['https://localhost:5173/', DEV, 'mainFrame', false],
    ['wss://localhost:5173/', DEV, 'webSocket', false],
    ['ws://localhost:5174/', DEV, 'webSocket', false],
    ['http://localhost:5173.evil.example/', DEV, 'mainFrame', false],
    ['http://localhost:5173@evil.example/', DEV, 'mainFrame', false],
    ['http://user:pw@localhost:5173/', DEV, 'mainFrame', false],
    ['ws://localhost:5173@evil.example/', DEV, 'webSocket', false],
    ['https://evil.example/', DEV, 'script', false],
  ])('%s (dev %s, %s) → %s', (url, devServerUrl, resourceType, expected) => {
    const dir = url.startsWith('file:///C:') ? WINDIR : DIR;
    expect(magLaden(url, { rendererDirUrl: dir, devServerUrl, resourceType })).toBe(expected);
  });

  test('a malformed renderer folder or dev server URL allows nothing extra', () => {
    expect(magLaden(`${DIR}index.html`, { rendererDirUrl: 'geen url' })).toBe(false);
    expect(magLaden(`${DIR}index.html`, { rendererDirUrl: 'https://evil.example/' })).toBe(false);
    expect(magLaden('http://localhost:5173/', { rendererDirUrl: DIR, devServerUrl: 'geen url' })).toBe(false);
  });
});

describe('magExternOpenen (shell.openExternal)', () => {
  test('the allow-list is empty today: nothing is opened outside the app', () => {
    expect(EXTERNE_HOSTS).toEqual([]);
    for (const url of [
      'https://www.tafelwerk.nl/',
      'https://example.org/',
      'https://www.rijksoverheid.nl/',
    ]) {
      expect(magExternOpenen(url)).toBe(false);
    }
  });

  const HOSTS = ['www.tafelwerk.nl'];
  test.each([
    ['https://www.tafelwerk.nl/', true],
    ['https://www.tafelwerk.nl/handleiding?x=1#deel-2', true],
    ['https://WWW.TAFELWERK.NL/', true],
    // Other schemes.
    ['http://www.tafelwerk.nl/', false],
    ['file:///C:/Windows/System32/calc.exe', false],
    ['file://www.tafelwerk.nl/share/x.exe', false],
    ['javascript:alert(1)', false],
    ['javascript://www.tafelwerk.nl/%0aalert(1)', false],
    ['data:text/html,<h1>x</h1>', false],
    ['smb://www.tafelwerk.nl/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['mailto:info@www.tafelwerk.nl', false],
    // Userinfo and host tricks.
    ['https://www.tafelwerk.nl@evil.example/', false],
    ['https://www.tafelwerk.nl:pw@evil.example/', false],
    ['https://user@www.tafelwerk.nl/', false],
    ['https://evil.example/@www.tafelwerk.nl', false],
    ['https://evil.example#@www.tafelwerk.nl', false],
    ['https://www.tafelwerk.nl.evil.example/', false],
    ['https://evil-www.tafelwerk.nl/', false],
    ['https://tafelwerk.nl/', false],
    ['https://www.tafelwerk.nl./', false],
    ['https://www.tafelwerk.nl:8443/', false],
    // IDN lookalikes: Cyrillic а, Greek ο, and a dotless ı; the parser turns them into punycode.
    ['https://www.t\u0430felwerk.nl/', false],
    ['https://www.tafelwerk.n\u006c/', true],
    ['https://www.tafelw\u03bfrk.nl/', false],
    ['https://www.tafelwerk.n\u0131/', false],
    ['https://www.xn--tfelwerk-8nf.nl/', false],
    ['', false],
    ['niet een url', false],
  ])('%s → %s', (url, expected) => {
    expect(magExternOpenen(url, HOSTS)).toBe(expected);
  });

  test('rejects anything that is not a string', () => {
    expect(magExternOpenen(undefined as unknown as string, HOSTS)).toBe(false);
    expect(magExternOpenen({ toString: () => 'https://www.tafelwerk.nl/' } as unknown as string, HOSTS)).toBe(
      false,
    );
  });
});

describe('magToestemming', () => {
  test.each([
    'media',
    'notifications',
    'geolocation',
    'clipboard-read',
    'openExternal',
    'hid',
    'usb',
    'serial',
    'fileSystem',
    'unknown',
    undefined,
  ])('%s → refused', (permission) => {
    expect(magToestemming(permission)).toBe(false);
  });
});

/** A fake webContents that records its listeners, like the smoke stub but in-process. */
function fakeContents() {
  const listeners = new Map<string, ((event: { preventDefault(): void }) => void)[]>();
  let windowOpen: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: WebContentsLike = {
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener as never]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      windowOpen = handler;
    },
  };
  const fire = (event: string) => {
    const e = { preventDefault: vi.fn() };
    for (const listener of listeners.get(event) ?? []) listener(e);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents, listeners, fire, open: (url: string) => windowOpen?.({ url }) };
}

describe('beveiligWebContents', () => {
  test('cancels every navigation event and every webview', () => {
    const fake = fakeContents();
    beveiligWebContents(fake.contents, vi.fn());
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      expect({ event, prevented: fake.fire(event) }).toEqual({ event, prevented: true });
    }
  });

  test('denies every new window and opens nothing while the allow-list is empty', () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    beveiligWebContents(fake.contents, openExternal);
    for (const url of [
      'https://www.tafelwerk.nl/',
      'http://evil.example/',
      'file:///etc/passwd',
      'about:blank',
    ]) {
      expect(fake.open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  test('with a listed host, opens only that host in the browser, canonicalised, and still denies the window', () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    beveiligWebContents(fake.contents, openExternal, ['www.tafelwerk.nl']);
    expect(fake.open('https://WWW.tafelwerk.nl/handleiding')).toEqual({ action: 'deny' });
    expect(fake.open('https://www.tafelwerk.nl@evil.example/')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.tafelwerk.nl/handleiding']]);
  });
});

describe('beveiligSessie', () => {
  const DIR = 'file:///opt/Tafelwerk/out/renderer/';

  function fakeSession(withDeviceHandler = true) {
    const h: Record<string, (...args: never[]) => unknown> = {};
    const events = new Map<string, (event: { preventDefault(): void }) => void>();
    const ses: SessionLike = {
      setPermissionRequestHandler: (handler) => {
        h.request = handler;
      },
      setPermissionCheckHandler: (handler) => {
        h.check = handler;
      },
      on: (event, listener) => {
        events.set(event, listener);
        return ses;
      },
      webRequest: {
        onBeforeRequest: (listener) => {
          h.before = listener;
        },
        onHeadersReceived: (listener) => {
          h.headers = listener;
        },
      },
    };
    if (withDeviceHandler)
      ses.setDevicePermissionHandler = (handler) => {
        h.device = handler;
      };
    return { ses, h: h as Record<string, (...args: unknown[]) => unknown>, events };
  }

  test('refuses permission requests, permission checks, devices and downloads', () => {
    const { ses, h, events } = fakeSession();
    beveiligSessie(ses, { rendererDirUrl: DIR });
    for (const permission of ['media', 'notifications', 'clipboard-sanitized-write', 'openExternal']) {
      const callback = vi.fn();
      h.request?.(null, permission, callback);
      expect(callback.mock.calls).toEqual([[false]]);
      expect(h.check?.(null, permission)).toBe(false);
    }
    expect(h.device?.({ deviceType: 'usb' })).toBe(false);
    const download = { preventDefault: vi.fn() };
    events.get('will-download')?.(download);
    expect(download.preventDefault).toHaveBeenCalled();
  });

  test('works on an Electron without setDevicePermissionHandler', () => {
    const { ses, h } = fakeSession(false);
    expect(() => beveiligSessie(ses, { rendererDirUrl: DIR })).not.toThrow();
    expect(h.request).toBeTypeOf('function');
  });

  test('cancels remote requests, lets the bundle through, and puts the CSP header on responses', () => {
    const { ses, h } = fakeSession();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    beveiligSessie(ses, { rendererDirUrl: DIR, devServerUrl: undefined });
    const cancel = (url: string, resourceType: string) => {
      const callback = vi.fn();
      h.before?.({ url, resourceType }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean } | undefined)?.cancel;
    };
    expect(cancel(`${DIR}index.html`, 'mainFrame')).toBe(false);
    expect(cancel(`${DIR}assets/a.js`, 'script')).toBe(false);
    expect(cancel('https://evil.example/a.js', 'script')).toBe(true);
    expect(cancel('http://localhost:5173/', 'mainFrame')).toBe(true);
    // The log line says what kind of request was blocked, never the URL (it could hold data).
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/evil|localhost/);
    warn.mockRestore();

    const callback = vi.fn();
    h.headers?.({ url: `${DIR}index.html`, responseHeaders: { 'content-type': ['text/html'] } }, callback);
    expect(callback.mock.calls).toEqual([
      [{ responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [cspHeader()] } }],
    ]);
  });
});
