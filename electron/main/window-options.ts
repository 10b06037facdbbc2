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
      // Chromium on Windows and Linux downloads spellcheck dictionaries from a Google CDN: a
      // request leaving the machine. Tafelwerk is offline, so spellcheck is off (the session's
      // spellchecker too, see beveiligSessie in hardening.ts).
      spellcheck: false,
    },
  };
}

/** Hosts a development server runs on; anything else is not a development server of ours. */
const LOKALE_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The development server to load instead of the bundled renderer, or undefined. Only an app that
 * is not packaged honours ELECTRON_RENDERER_URL: in the installed app the variable could come from
 * anyone who can set the user's environment (a shortcut, a login script), and whatever page it
 * names would be loaded, allowed through the request filter and trusted by the IPC sender check,
 * i.e. handed window.api. Even in development only an http server on this computer is accepted.
 */
export function ontwikkelServerUrl(
  omgeving: Record<string, string | undefined>,
  isPackaged: boolean,
): string | undefined {
  if (isPackaged) return undefined;
  const url = omgeving.ELECTRON_RENDERER_URL;
  if (!url || !URL.canParse(url)) return undefined;
  const u = new URL(url);
  if (u.protocol !== 'http:' || u.username || u.password || !LOKALE_HOSTS.has(u.hostname)) return undefined;
  return url;
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
