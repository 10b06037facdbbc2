import type { Writable } from 'node:stream';
import { nu } from '../../../shared/klok';
import { schrijfKandidatenWerkboek } from '../excel/kandidaten-export';
import { schrijfStroomAtomisch } from '../excel/stroom-bestand';
import type { Db } from '../store/database';
import { listBelemmeringen } from '../store/repositories/plan';
import { getWerkgroep } from '../store/repositories/werkgroep';
import { exportKandidaten, exportStappen } from './kandidaten-export-gegevens';

export interface KandidatenExportKeuze {
  metNamen: boolean;
  metBelemmeringen: boolean;
}

/**
 * The "Kandidaten en trajecten" workbook, pseudonymised unless the user chose otherwise, streamed
 * into `uit`. Everything is read from the database before the first row is written (one
 * consistent state, also when the app saves a change while the file is being written).
 */
export async function schrijfKandidatenExport(
  db: Db,
  keuze: KandidatenExportKeuze,
  uit: Writable,
  gemaaktOp = nu(),
): Promise<void> {
  await schrijfKandidatenWerkboek(
    {
      werkgroep: getWerkgroep(db).naam,
      gemaaktOp,
      kandidaten: exportKandidaten(db, keuze.metNamen),
      stappen: exportStappen(db, keuze.metBelemmeringen),
      belemmeringen: keuze.metBelemmeringen ? listBelemmeringen(db) : null,
      metNamen: keuze.metNamen,
    },
    uit,
  );
}

/** How the audit log names this export: whether names or barriers went along is a deliberate choice. */
export const kandidatenExportNaam = (keuze: KandidatenExportKeuze) =>
  `Kandidaten en trajecten${keuze.metNamen ? ', met namen' : ''}${keuze.metBelemmeringen ? ', met belemmeringen' : ''}`;

/** The export as a file: written next to `pad` and renamed over it only when complete. */
export function bewaarKandidatenExport(
  db: Db,
  keuze: KandidatenExportKeuze,
  pad: string,
  gemaaktOp = nu(),
): Promise<void> {
  return schrijfStroomAtomisch(pad, (uit) => schrijfKandidatenExport(db, keuze, uit, gemaaktOp));
}
