import type ExcelJS from 'exceljs';
import { type KandidaatExportRij, kandidatenWerkboek } from '../excel/kandidaten-export';
import type { Db } from '../store/database';
import { getKandidaat, listKandidaten } from '../store/repositories/kandidaten';
import { listStappen } from '../store/repositories/leerlijn';
import { listBelemmeringen } from '../store/repositories/plan';
import { huidigeUitstroom } from '../store/repositories/voortgang';
import { getWerkgroep } from '../store/repositories/werkgroep';

export interface KandidatenExportKeuze {
  metNamen: boolean;
  metBelemmeringen: boolean;
}

/** The "Kandidaten en trajecten" workbook, pseudonymised unless the user chose otherwise. */
export function maakKandidatenWerkboek(
  db: Db,
  keuze: KandidatenExportKeuze,
  gemaaktOp = new Date(),
): ExcelJS.Workbook {
  const kandidaten: KandidaatExportRij[] = listKandidaten(db, { metNamen: keuze.metNamen }).map((r) => ({
    ...r,
    // Only the benefit is taken from the full record; its name fields are not used.
    uitkering: getKandidaat(db, r.id).uitkering,
    uitstroomDatum: r.uitstroom ? (huidigeUitstroom(db, r.id)?.datum ?? null) : null,
  }));
  return kandidatenWerkboek({
    werkgroep: getWerkgroep(db).naam,
    gemaaktOp,
    kandidaten,
    stappen: listStappen(db),
    belemmeringen: keuze.metBelemmeringen ? listBelemmeringen(db) : null,
    metNamen: keuze.metNamen,
  });
}
