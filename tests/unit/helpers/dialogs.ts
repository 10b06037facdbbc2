import type { Dialogs } from '../../../electron/main/services/session';

/** Opens nothing: a unit test never starts the file manager or another program. */
export const geenVerkenner: Dialogs['verkenner'] = {
  openBestand: async () => 'niet in een test',
  toonInMap: () => {},
  openMail: async () => {},
  kopieer: () => {},
};

/** Dialogs that are all cancelled, with the ones a test needs filled in. */
export function dialogen(overrides: Partial<Dialogs> = {}): Dialogs {
  return {
    chooseFileToOpen: async () => null,
    chooseSaveLocation: async () => null,
    chooseSpreadsheetToOpen: async () => null,
    chooseSpreadsheetSaveLocation: async () => null,
    chooseSpreadsheetsToOpen: async () => [],
    chooseFolder: async () => null,
    // As before the question existed: a test that does not script it closes anyway.
    vraagBijOpslagfout: async () => 'toch_sluiten',
    verkenner: geenVerkenner,
    ...overrides,
  };
}
