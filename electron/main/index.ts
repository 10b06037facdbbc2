import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, session as electronSession, ipcMain, Menu, shell } from 'electron';
import { klokUitOmgeving } from '../../shared/klok';
import { OPDRACHT_KANAAL, type OpdrachtId } from '../../shared/opdrachten';
import { electronDialogs } from './dialogs';
import { beveiligSessie, beveiligWebContents } from './hardening';
import { createHandlers } from './ipc/handlers';
import { menuVolgtDocument } from './ipc/menu-volgt-document';
import { registerIpc } from './ipc/registry';
import { menuSjabloon, menuStaatVan } from './menu-sjabloon';
import { Session } from './services/session';
import { isTrustedRendererUrl, mainWindowOptions, ontwikkelServerUrl } from './window-options';

// The thin Electron edge: app lifecycle, the window and the IPC wiring. All behaviour lives
// in services/ and store/, which run (and are tested) in plain Node.

const here = fileURLToPath(new URL('.', import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererIndex = join(here, '../renderer/index.html');
const rendererDirUrl = pathToFileURL(join(here, '../renderer/')).href;
// Honoured only when not packaged (see ontwikkelServerUrl): in the installed app it would hand
// window.api to whatever page the variable names.
const devServerUrl = ontwikkelServerUrl(process.env, app.isPackaged);
// A fixed "today" (TAFELWERK_NU) is for development and tests; a packaged app runs on the real clock.
if (!app.isPackaged) klokUitOmgeving(process.env);

// Sandbox every renderer, whatever its webPreferences say (must happen before 'ready').
app.enableSandbox();
// Every webContents (the window, and anything a page might try to create) is guarded from
// birth: no navigation, no webviews, no new windows (see hardening.ts).
app.on('web-contents-created', (_event, contents) =>
  beveiligWebContents(contents, (url) => shell.openExternal(url)),
);

let mainWindow: BrowserWindow | null = null;
let session: Session | null = null;

function createWindow(): void {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  // Navigation, popups and webviews are refused by the 'web-contents-created' guard above.
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(rendererIndex);
}

// One instance per user: a second launch focuses the first window instead of opening the file twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(async () => {
    // No permissions, no downloads, no remote requests, the CSP header on every response.
    beveiligSessie(electronSession.defaultSession, { rendererDirUrl, devServerUrl });
    session = await Session.create({
      userData: app.getPath('userData'),
      dialogs: electronDialogs(() => mainWindow),
    });
    const open = session;
    // The menu shows the Bestand commands for the current file and recent list: built now, and
    // again after every call that can change them. A click only sends a command id to the page.
    const stuur = (id: OpdrachtId) => mainWindow?.webContents.send(OPDRACHT_KANAAL, id);
    const bouwMenu = async () =>
      Menu.setApplicationMenu(Menu.buildFromTemplate(menuSjabloon(await menuStaatVan(open), stuur)));
    await bouwMenu();
    const handlers = menuVolgtDocument(createHandlers(session), () => void bouwMenu());
    registerIpc(ipcMain, handlers, (url) =>
      isTrustedRendererUrl(url, devServerUrl, pathToFileURL(rendererIndex).href),
    );
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  let quitting = false;
  let quitAsked = false;
  app.on('before-quit', (event) => {
    if (quitting || !session) return;
    event.preventDefault();
    // The window closes first: its page sends text still being typed (holding the close until main
    // has it), and once it is closed 'window-all-closed' quits again.
    if (mainWindow) {
      quitAsked = true;
      mainWindow.close();
      return;
    }
    // Let pending saves finish and release the file lock before the process ends.
    quitting = true;
    void session.shutdown().finally(() => app.quit());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitAsked) app.quit();
  });
}
