import { type BrowserWindow, dialog } from 'electron';
import type { Dialogs } from './services/session';

const filters = [{ name: 'Tafelwerk-werkgroep', extensions: ['tafelwerk'] }];

/** Native open/save dialogs. Paths chosen here never come from the renderer. */
export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseFileToOpen() {
      const win = getWindow();
      const options = { title: 'Werkgroep openen', filters, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveLocation(suggestedPath) {
      const win = getWindow();
      const options = { title: 'Werkgroep opslaan als', defaultPath: suggestedPath, filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
