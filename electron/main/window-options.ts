import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options, kept free of electron imports at runtime so tests can check the
 * security settings: sandboxed renderer, context isolation, no Node in the page.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Tafelwerk',
    show: false,
    backgroundColor: '#f8f9fa',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}

/** Only our own renderer may call the API: the dev server in development, the bundled file otherwise. */
export function isTrustedRendererUrl(url: string | undefined, devServerUrl: string | undefined): boolean {
  if (!url) return false;
  // Compare origins, not prefixes: `http://localhost:5173.evil.example` starts with `http://localhost:5173`.
  if (devServerUrl) return URL.canParse(url) && new URL(url).origin === new URL(devServerUrl).origin;
  return url.startsWith('file://');
}
