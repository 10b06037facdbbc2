import type ExcelJS from 'exceljs';
import { nu } from '../../../shared/klok';
import { sroiWerkboek } from '../excel/sroi-export';
import type { Db } from '../store/database';
import { listContracten, sroiOverzicht } from '../store/repositories/contracten';
import { listRealisaties } from '../store/repositories/realisaties';
import { getWerkgroep } from '../store/repositories/werkgroep';

/** The SROI-overzicht workbook for a period, from the same queries the SROI page uses. */
export function maakSroiWerkboek(db: Db, van: string, tot: string, gemaaktOp = nu()): ExcelJS.Workbook {
  return sroiWerkboek({
    werkgroep: getWerkgroep(db).naam,
    gemaaktOp,
    overzicht: sroiOverzicht(db, van, tot),
    contracten: listContracten(db).filter((c) => c.einddatum >= van && c.startdatum <= tot),
    realisaties: listRealisaties(db, { van, tot }),
  });
}
