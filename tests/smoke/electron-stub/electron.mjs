// A recording stand-in for the parts of Electron the main process touches.
// Besides what the main process calls, it records the guards it installs (navigation, window
// open, permission and webRequest handlers) and, when the process exits, exercises them with a
// few probe inputs so the smoke test can check the wiring of the *built* bundle.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const report = {
  channels: [],
  windows: [],
  loadedFiles: [],
  loadedUrls: [],
  menu: false,
  sandboxEnabled: false,
  appEvents: [],
  webContents: [],
  session: { handlers: [], events: [] },
  openedExternally: [],
  spellChecker: [],
  probes: null,
};

const appListeners = new Map();
const contentsList = [];
const sessionHandlers = {};
const sessionListeners = new Map();
const ipcHandlers = new Map();

function createEvent() {
  const event = {
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

function emit(listeners, ...args) {
  for (const listener of listeners ?? []) listener(...args);
}

// Runs every recorded guard once with probe inputs; synchronous, so it can run on 'exit'.
function probe() {
  const rendererFile = report.loadedFiles[0];
  const rendererUrl = rendererFile ? pathToFileURL(rendererFile).href : 'file:///ontbreekt/index.html';
  const assetUrl = new URL('./assets/index.js', rendererUrl).href;
  const result = { navigation: [], windowOpen: [], requests: {}, headers: null, permissions: {} };

  for (const contents of contentsList) {
    const prevented = {};
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      const event = createEvent();
      emit(contents.listeners.get(name), event, 'https://evil.example/');
      prevented[name] = (contents.listeners.get(name)?.length ?? 0) > 0 && event.prevented;
    }
    result.navigation.push(prevented);
    const open = {};
    for (const url of ['https://evil.example/', 'http://evil.example/', 'file:///etc/passwd']) {
      open[url] = contents.windowOpenHandler ? contents.windowOpenHandler({ url }).action : 'geen handler';
    }
    result.windowOpen.push(open);
  }

  const requests = {
    [rendererUrl]: 'mainFrame',
    [assetUrl]: 'script',
    'https://evil.example/x.js': 'script',
    'http://localhost:5173/': 'mainFrame',
    'ws://localhost:5173/': 'webSocket',
    'file:///etc/passwd': 'xhr',
    'data:image/png;base64,AAAA': 'image',
    'data:text/html,<script>1</script>': 'subFrame',
  };
  for (const [url, resourceType] of Object.entries(requests)) {
    let cancel = 'geen handler';
    sessionHandlers.onBeforeRequest?.({ url, resourceType }, (response) => {
      cancel = response.cancel;
    });
    result.requests[url] = cancel;
  }
  sessionHandlers.onHeadersReceived?.(
    { url: rendererUrl, responseHeaders: { 'Content-Type': ['text/html'] } },
    (response) => {
      result.headers = response.responseHeaders;
    },
  );

  for (const permission of ['media', 'notifications', 'geolocation', 'openExternal']) {
    let granted = 'geen handler';
    sessionHandlers.setPermissionRequestHandler?.(null, permission, (value) => {
      granted = value;
    });
    result.permissions[permission] = {
      request: granted,
      check: sessionHandlers.setPermissionCheckHandler?.(null, permission) ?? 'geen handler',
    };
  }
  result.permissions.device = sessionHandlers.setDevicePermissionHandler?.({}) ?? 'geen handler';
  const download = createEvent();
  emit(sessionListeners.get('will-download'), download);
  result.download = download.prevented;
  // A call to the API from a page at a remote address: refused on the spot, or handed to a handler.
  const handler = ipcHandlers.get('app.start');
  const antwoord = handler?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, {});
  result.ipcVanBuiten =
    antwoord === undefined ? 'geen handler' : antwoord instanceof Promise ? 'aangenomen' : 'geweigerd';
  return result;
}

process.on('exit', () => {
  report.probes = probe();
  writeFileSync(process.env.TAFELWERK_SMOKE_REPORT, JSON.stringify(report));
});

const noop = () => undefined;
export const app = {
  // The installed app: electron-builder packs it into app.asar and Electron reports isPackaged.
  isPackaged: process.env.TAFELWERK_SMOKE_PACKAGED === '1',
  requestSingleInstanceLock: () => true,
  enableSandbox: () => {
    report.sandboxEnabled = true;
  },
  on: (event, listener) => {
    report.appEvents.push(event);
    appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
  },
  whenReady: () => Promise.resolve(),
  getPath: () => process.env.TAFELWERK_SMOKE_USERDATA,
  quit: noop,
};
export const ipcMain = {
  handle: (channel, handler) => {
    report.channels.push(channel);
    ipcHandlers.set(channel, handler);
  },
};

class WebContents {
  listeners = new Map();
  windowOpenHandler = null;
  constructor() {
    const record = { events: [], windowOpenHandler: false };
    this.record = record;
    report.webContents.push(record);
    contentsList.push(this);
  }
  on(event, listener) {
    this.record.events.push(event);
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler) {
    this.record.windowOpenHandler = true;
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow {
  static getAllWindows = () => [];
  constructor(options) {
    report.windows.push(options);
    this.webContents = new WebContents();
    emit(appListeners.get('web-contents-created'), createEvent(), this.webContents);
  }
  once = noop;
  on = noop;
  loadFile(path) {
    report.loadedFiles.push(path);
    return Promise.resolve();
  }
  loadURL(url) {
    report.loadedUrls.push(url);
    return Promise.resolve();
  }
}

const recordHandler = (name) => (handler) => {
  report.session.handlers.push(name);
  sessionHandlers[name] = handler;
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: recordHandler('setPermissionRequestHandler'),
    setPermissionCheckHandler: recordHandler('setPermissionCheckHandler'),
    setDevicePermissionHandler: recordHandler('setDevicePermissionHandler'),
    on: (event, listener) => {
      report.session.events.push(event);
      sessionListeners.set(event, [...(sessionListeners.get(event) ?? []), listener]);
    },
    setSpellCheckerEnabled: (aan) => report.spellChecker.push(['setSpellCheckerEnabled', aan]),
    setSpellCheckerLanguages: (talen) => report.spellChecker.push(['setSpellCheckerLanguages', talen]),
    webRequest: {
      onBeforeRequest: recordHandler('onBeforeRequest'),
      onHeadersReceived: recordHandler('onHeadersReceived'),
    },
  },
};
export const Menu = {
  buildFromTemplate: (t) => t,
  setApplicationMenu: () => {
    report.menu = true;
  },
};
export const dialog = { showOpenDialog: noop, showSaveDialog: noop };
export const shell = {
  openExternal: (url) => {
    report.openedExternally.push(url);
    return Promise.resolve();
  },
};
export const clipboard = { writeText: noop };
export default { app, ipcMain, BrowserWindow, Menu, dialog, shell, session, clipboard };
