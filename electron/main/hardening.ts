/**
 * The security decisions of the Electron shell, free of electron imports at runtime so they run
 * (and are tested) in plain Node. index.ts only hands the real `app`, `session` and `shell`
 * objects to `beveiligWebContents` and `beveiligSessie`; the fakes in tests/unit/hardening*.test.ts
 * and the recording stub in tests/smoke/ stand in for them.
 *
 * Tafelwerk is offline: the page is the bundled renderer, it talks to the main process only
 * over the typed IPC channels, and it never needs the network, other pages, popups or device
 * permissions. Everything else is refused.
 */

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy
// ---------------------------------------------------------------------------------------------

/**
 * One policy for the meta tag in renderer/index.html and the response header. Only our own
 * files: no remote origins, no eval, no plugins, no frames, no <base>, no form posts.
 * `style-src 'unsafe-inline'` stays because Mantine and Recharts set inline style attributes;
 * `data:` images and fonts are inline assets of the bundle.
 */
const CSP_RICHTLIJNEN: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** The policy as it appears in the meta tag of renderer/index.html (kept equal by a unit test). */
export function cspMeta(): string {
  return CSP_RICHTLIJNEN.map(([naam, waarde]) => `${naam} ${waarde}`).join('; ');
}

/** The same policy as a response header, plus `frame-ancestors`, which only works as a header. */
export function cspHeader(): string {
  return `${cspMeta()}; frame-ancestors 'none'`;
}

export type ResponseHeaders = Record<string, string | string[]>;

/** Response headers with our CSP in place of any CSP the response brought along. */
export function metCspHeader(headers: ResponseHeaders | undefined): Record<string, string[]> {
  const uit: Record<string, string[]> = {};
  for (const [naam, waarde] of Object.entries(headers ?? {})) {
    const lower = naam.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    uit[naam] = Array.isArray(waarde) ? waarde : [waarde];
  }
  uit['Content-Security-Policy'] = [cspHeader()];
  return uit;
}

// ---------------------------------------------------------------------------------------------
// Requests, navigation, external links, permissions
// ---------------------------------------------------------------------------------------------

export interface LaadOpties {
  /** file:// URL of the folder with the bundled renderer (out/renderer/), with or without a trailing slash. */
  rendererDirUrl: string;
  /** ELECTRON_RENDERER_URL in development; undefined in the installed app. */
  devServerUrl?: string | undefined;
  /** Electron's webRequest resourceType ('mainFrame', 'script', 'image', 'font', ...). */
  resourceType?: string | undefined;
}

const DATA_TYPES = new Set(['image', 'font']);

function binnenMap(url: URL, mapUrl: string): boolean {
  if (url.protocol !== 'file:' || !URL.canParse(mapUrl)) return false;
  // file://server/share/... (UNC) is never our bundle.
  if (url.host !== '') return false;
  // Encoded separators could slip past the prefix check below once Chromium decodes them.
  if (/%2f|%5c|\\/i.test(url.pathname)) return false;
  const map = new URL(mapUrl);
  if (map.protocol !== 'file:' || map.host !== '') return false;
  const prefix = map.pathname.endsWith('/') ? map.pathname : `${map.pathname}/`;
  // The URL parser has already resolved `..` and `%2e%2e` segments.
  return url.pathname.startsWith(prefix);
}

/**
 * May the page load this URL at all (webRequest.onBeforeRequest)? Only files of the bundled
 * renderer; in development also the dev server (and its HMR websocket) and DevTools; `data:`
 * only for images and fonts (the CSP allows those as inline assets). No http(s), no ws, no
 * other local files.
 */
export function magLaden(url: string, opties: LaadOpties): boolean {
  if (!URL.canParse(url)) return false;
  const u = new URL(url);
  if (u.username || u.password) return false;
  if (u.protocol === 'file:') return binnenMap(u, opties.rendererDirUrl);
  if (u.protocol === 'data:') return DATA_TYPES.has(opties.resourceType ?? '');
  const dev = opties.devServerUrl && URL.canParse(opties.devServerUrl) ? new URL(opties.devServerUrl) : null;
  if (!dev) return false;
  if (u.protocol === 'devtools:') return true;
  if (u.protocol === dev.protocol) return u.origin === dev.origin;
  const wsProtocol = dev.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.protocol === wsProtocol && u.host === dev.host;
}

/**
 * Hosts whose https pages may be opened in the user's browser. Tafelwerk has no external links
 * today, so the list is empty and every request to open something outside the app is refused.
 * Add a host only with a reason, as lowercase ASCII (punycode for IDN), without port.
 */
export const EXTERNE_HOSTS: readonly string[] = [];

/**
 * May this URL be handed to shell.openExternal? Only https, no user:password@ part, no
 * explicit port, and a host exactly on the list. The URL parser turns IDN into punycode, so
 * lookalike hosts (Cyrillic 'а' for 'a') never equal a listed ASCII host.
 */
export function magExternOpenen(url: string, hosts: readonly string[] = EXTERNE_HOSTS): boolean {
  if (typeof url !== 'string' || !URL.canParse(url)) return false;
  const u = new URL(url);
  if (u.protocol !== 'https:') return false;
  if (u.username || u.password || u.port) return false;
  return hosts.includes(u.hostname);
}

/** Every permission a page can ask for (camera, notifications, clipboard, HID, ...) is refused. */
export function magToestemming(_permission?: string): false {
  return false;
}

/** Navigation events by which a page could leave the bundled renderer; all are cancelled. */
export const NAVIGATIE_EVENTS = ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const;

// ---------------------------------------------------------------------------------------------
// Wiring, against the minimal shapes of Electron's objects that we use
// ---------------------------------------------------------------------------------------------

interface Annuleerbaar {
  preventDefault(): void;
}

/** The part of Electron's WebContents we guard. */
export interface WebContentsLike {
  on(event: string, listener: (event: Annuleerbaar, ...args: never[]) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Guards one webContents (every one the app creates, via app's 'web-contents-created'):
 * no navigation away, no webviews, no new windows; an allowed https link opens in the browser.
 */
export function beveiligWebContents(
  contents: WebContentsLike,
  openExternal: (url: string) => unknown,
  hosts: readonly string[] = EXTERNE_HOSTS,
): void {
  for (const naam of NAVIGATIE_EVENTS) contents.on(naam, (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (magExternOpenen(url, hosts)) void openExternal(new URL(url).href);
    return { action: 'deny' };
  });
}

interface BeforeRequestDetails {
  url: string;
  resourceType?: string;
}
interface HeadersReceivedDetails {
  url: string;
  responseHeaders?: ResponseHeaders;
}

/** The part of Electron's Session we configure. */
export interface SessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler?(handler: (details: unknown) => boolean): void;
  on(event: 'will-download', listener: (event: Annuleerbaar) => void): unknown;
  setSpellCheckerEnabled?(enabled: boolean): void;
  setSpellCheckerLanguages?(languages: string[]): void;
  webRequest: {
    onBeforeRequest(
      listener: (details: BeforeRequestDetails, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
    onHeadersReceived(
      listener: (
        details: HeadersReceivedDetails,
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
}

/**
 * Configures the session the window uses: permissions refused, downloads refused, spellcheck off
 * (no dictionary download), only local requests (magLaden), and the CSP header on every response.
 */
export function beveiligSessie(ses: SessionLike, opties: Omit<LaadOpties, 'resourceType'>): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(magToestemming(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => magToestemming(permission));
  ses.setDevicePermissionHandler?.(() => magToestemming());
  ses.on('will-download', (event) => event.preventDefault());
  // Chromium on Windows and Linux fetches Hunspell dictionaries from a Google CDN for every
  // spellcheck language, outside the webRequest filter below. No spellchecker, no languages: no
  // request. (The window's webPreferences turn spellcheck off as well, see window-options.ts.)
  ses.setSpellCheckerEnabled?.(false);
  ses.setSpellCheckerLanguages?.([]);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const mag = magLaden(details.url, { ...opties, resourceType: details.resourceType });
    if (!mag) console.warn(`[tafelwerk] verzoek geblokkeerd (${details.resourceType ?? 'onbekend'})`);
    callback({ cancel: !mag });
  });
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: metCspHeader(details.responseHeaders) }),
  );
}
