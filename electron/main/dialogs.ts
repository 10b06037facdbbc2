import { join } from 'node:path';
import { app, type BrowserWindow, clipboard, dialog, shell } from 'electron';
import type { Dialogs } from './services/session';

const filters = [{ name: 'Tafelwerk-werkgroep', extensions: ['tafelwerk'] }];
const excel = [{ name: 'Excel-werkmap', extensions: ['xlsx'] }];
const word = [{ name: 'Word-document', extensions: ['docx'] }];

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
    async chooseSpreadsheetToOpen() {
      const win = getWindow();
      const options = { title: 'Excel-bestand inlezen', filters: excel, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSpreadsheetSaveLocation(suggestedName) {
      const win = getWindow();
      const defaultPath = join(app.getPath('documents'), suggestedName);
      // The suggested name says the format: a Word export offers .docx, every other one .xlsx.
      const alsWord = suggestedName.toLowerCase().endsWith('.docx');
      const options = {
        title: alsWord ? 'Word-document opslaan' : 'Excel-bestand opslaan',
        defaultPath,
        filters: alsWord ? word : excel,
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async chooseSpreadsheetsToOpen() {
      const win = getWindow();
      const options = {
        title: 'Ingevulde formulieren inlezen',
        filters: excel,
        properties: ['openFile' as const, 'multiSelections' as const],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async vraagBijOpslagfout(vraag) {
      const keuzes = ['elders', 'opnieuw', 'toch_sluiten'] as const;
      const options = {
        type: 'warning' as const,
        title: vraag.titel,
        message: vraag.melding,
        detail: vraag.toelichting,
        buttons: keuzes.map((k) => vraag.knoppen[k]),
        defaultId: 0,
        // Escape or closing the box must not drop the change: it tries again.
        cancelId: 1,
        noLink: true,
      };
      const win = getWindow();
      const { response } = win
        ? await dialog.showMessageBox(win, options)
        : await dialog.showMessageBox(options);
      return keuzes[response] ?? 'opnieuw';
    },
    async chooseFolder(title) {
      const win = getWindow();
      const options = {
        title,
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // Only ever given the path of a file this app just exported (services/laatste-export.ts).
    verkenner: {
      openBestand: (pad) => shell.openPath(pad),
      toonInMap: (pad) => shell.showItemInFolder(pad),
      // Only mailto: URLs, built in main from organisation ids (services/herinneren.ts).
      openMail: async (url) => {
        if (!url.startsWith('mailto:')) throw new Error('Alleen een mailto:-adres kan hier worden geopend.');
        await shell.openExternal(url);
      },
      kopieer: (tekst) => clipboard.writeText(tekst),
    },
  };
}
