import type { SaveState } from '../../../shared/domain/types';
import type { WissenRegister } from './wissen-register';

/** How an open werkgroep file keeps backups and its lock (werkgroep-file.ts). */
export interface FileOptions {
  /** How many backups to keep per file. */
  keepBackups?: number;
  /** Minimum time between backups taken while saving. */
  backupIntervalMs?: number;
  /** Where an erasure is recorded until it is complete on disk (the app's own data); none: not recorded. */
  wissenRegister?: WissenRegister | null;
  /** How often the lock of an open file is refreshed (lock.ts). */
  lockVerversMs?: number;
}

export const STANDAARD_BESTAND_OPTIES: Required<FileOptions> = {
  keepBackups: 10,
  backupIntervalMs: 10 * 60 * 1000,
  wissenRegister: null,
  lockVerversMs: 60_000,
};

export interface SaveStatus {
  state: SaveState;
  lastSavedAt: string | null;
  error: string | null;
  /** The last save was refused because someone else changed the file on disk (see `saveNow`). */
  gewijzigdOpSchijf?: boolean;
}
