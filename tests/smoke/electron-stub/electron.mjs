// A recording stand-in for the parts of Electron the main process touches.
import { writeFileSync } from 'node:fs';

const report = { channels: [], windows: [], loadedFiles: [], loadedUrls: [], menu: false };
process.on('exit', () => writeFileSync(process.env.TAFELWERK_SMOKE_REPORT, JSON.stringify(report)));

const noop = () => undefined;
export const app = {
  requestSingleInstanceLock: () => true,
  on: noop,
  whenReady: () => Promise.resolve(),
  getPath: () => process.env.TAFELWERK_SMOKE_USERDATA,
  quit: noop,
};
export const ipcMain = { handle: (channel) => report.channels.push(channel) };
export class BrowserWindow {
  static getAllWindows = () => [];
  constructor(options) {
    report.windows.push(options);
    this.webContents = { on: noop, setWindowOpenHandler: noop };
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
export const Menu = {
  buildFromTemplate: (t) => t,
  setApplicationMenu: () => {
    report.menu = true;
  },
};
export const dialog = { showOpenDialog: noop, showSaveDialog: noop };
export const shell = { openExternal: noop };
export default { app, ipcMain, BrowserWindow, Menu, dialog, shell };
