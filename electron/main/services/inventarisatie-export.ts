import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { nu } from '../../../shared/klok';
import { inventarisatieFormulier } from '../excel/inventarisatie-formulier';
import { inventarisatieResultatenWerkboek } from '../excel/inventarisatie-resultaten';
import { schrijfWerkboek } from '../excel/werkboek';
import type { Db } from '../store/database';
import { zorgVoorFormulierSleutel } from '../store/repositories/formulier-sleutel';
import { getRonde, getSjabloon, rondeResultaten } from '../store/repositories/inventarisatie';
import { getWerkgroep } from '../store/repositories/werkgroep';
import { formulierBestandsnamen } from './formulier-bestandsnamen';

/**
 * Writes one form per organisation of the round into `map`, optionally only for the ones that have
 * not answered yet (a reminder). Returns the files written.
 */
export async function maakFormulieren(
  db: Db,
  rondeId: string,
  map: string,
  alleenOpenstaand = false,
): Promise<string[]> {
  const ronde = getRonde(db, rondeId);
  const sjabloon = getSjabloon(db, ronde.sjabloonId);
  const werkgroep = getWerkgroep(db).naam;
  // In memory if it is new: callers with an open file store it first (see formulier-sleutel.ts).
  const sleutel = zorgVoorFormulierSleutel(db);
  const paden: string[] = [];
  // Named over every organisation of the round, so a reminder gets the same name as the first form.
  const namen = formulierBestandsnamen(
    ronde.naam,
    ronde.deelnames.map((d) => d.organisatie),
  );
  for (const [i, d] of ronde.deelnames.entries()) {
    if (alleenOpenstaand && d.status !== 'uitgezet') continue;
    const wb = await inventarisatieFormulier({
      werkgroep,
      ronde,
      sjabloon,
      organisatie: { id: d.organisatieId, naam: d.organisatie },
      sleutel,
    });
    const pad = join(map, `${namen[i]}.xlsx`);
    await schrijfWerkboek(wb, pad);
    paden.push(pad);
  }
  return paden;
}

export function maakResultatenWerkboek(db: Db, rondeId: string, gemaaktOp = nu()): ExcelJS.Workbook {
  return inventarisatieResultatenWerkboek(rondeResultaten(db, rondeId), getWerkgroep(db).naam, gemaaktOp);
}
