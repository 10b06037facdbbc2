import type { Dialogs } from '../../../electron/main/services/session';

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
    ...overrides,
  };
}
