import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options, kept free of electron imports at runtime so tests can check the
 * security settings: sandboxed renderer, context isolation, no Node in the page, its subframes
 * or its workers, no webviews, no experimental web platform features, and a page that cannot
 * lock the user in with endless alert() dialogs.
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
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      safeDialogsMessage: 'Geen verdere meldingen tonen',
      spellcheck: true,
    },
  };
}

/**
 * Only our own renderer may call the API: the dev server in development, otherwise exactly the
 * bundled index.html (any other local file, e.g. an HTML file a user opened, is not trusted).
 */
export function isTrustedRendererUrl(
  url: string | undefined,
  devServerUrl: string | undefined,
  rendererIndexUrl: string,
): boolean {
  if (!url || !URL.canParse(url)) return false;
  // Compare origins, not prefixes: `http://localhost:5173.evil.example` starts with `http://localhost:5173`.
  if (devServerUrl) return new URL(url).origin === new URL(devServerUrl).origin;
  const pagina = new URL(url);
  pagina.hash = '';
  pagina.search = '';
  return pagina.href === new URL(rendererIndexUrl).href;
}
