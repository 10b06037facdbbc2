import { nuIso } from '../../../shared/klok';
import { gewijzigdOpSchijf } from './bestand-meldingen';
import type { SaveStatus } from './bestand-opties';
import type { Schijfstand } from './schijfstand';

/** The save states the window shows (services/document-info.ts), each written once. */

export const opgeslagenNu = (): SaveStatus => ({ state: 'opgeslagen', lastSavedAt: nuIso(), error: null });

/** Just opened: saved when the file on disk was last written, by whoever wrote it. */
export const opgeslagenBijOpenen = (schijf: Schijfstand): SaveStatus => ({
  state: 'opgeslagen',
  lastSavedAt: new Date(schijf.mtimeMs).toISOString(),
  error: null,
});

/** Someone else saved the file meanwhile: nothing was overwritten, the changes stay in memory. */
export const doorAnderGewijzigd = (vorig: SaveStatus, pad: string): SaveStatus => ({
  state: 'fout',
  lastSavedAt: vorig.lastSavedAt,
  error: gewijzigdOpSchijf(pad),
  gewijzigdOpSchijf: true,
});

export const opslaanMislukt = (vorig: SaveStatus, error: unknown): SaveStatus => ({
  state: 'fout',
  lastSavedAt: vorig.lastSavedAt,
  error: `Opslaan is mislukt (${(error as NodeJS.ErrnoException).code ?? 'onbekende fout'}). Uw wijzigingen staan nog in Tafelwerk; het wordt opnieuw geprobeerd bij de volgende wijziging.`,
});
