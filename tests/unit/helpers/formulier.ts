import ExcelJS from 'exceljs';
import type { SqlJsStatic } from 'sql.js';
import { maakFormulieren } from '../../../electron/main/services/inventarisatie-export';
import {
  listSjablonen,
  saveRonde,
  slaSjabloonOp,
} from '../../../electron/main/store/repositories/inventarisatie';
import type { Sectie } from '../../../shared/domain/inventarisatie';
import { aanbieder } from './sroi';
import { tempDir } from './temp';
import { regioDb } from './werkgroep-db';

/**
 * Inventarisatie forms as an organisation gets them and sends them back: a round with its forms
 * written by the product, and a way to fill one in with exceljs the way a person types in Excel.
 */

/** A werkgroep with a round for the given organisations (standard form, or `secties`), forms written. */
export async function rondeMetFormulieren(
  SQL: SqlJsStatic,
  opties: { ronde?: string; organisaties?: string[]; secties?: Sectie[] } = {},
) {
  const db = regioDb(SQL);
  const organisaties = (opties.organisaties ?? ['Zorggroep Aap', 'Zorggroep Beer']).map((n) =>
    aanbieder(db, n),
  );
  const sjabloonId = opties.secties
    ? slaSjabloonOp(db, { naam: 'Eigen formulier', secties: opties.secties })
    : (listSjablonen(db)[0]?.id as string);
  const ronde = saveRonde(db, {
    naam: opties.ronde ?? 'Voorjaar',
    sjabloonId,
    deadline: '2026-02-28',
    organisatieIds: organisaties,
  });
  const map = await tempDir();
  const paden = await maakFormulieren(db, ronde, map);
  const [aap = '', beer = ''] = organisaties;
  return { db, aap, beer, organisaties, ronde, map, paden };
}

/** The row of the Formulier sheet whose column A starts with `begin` (a question or an option). */
export function zoek(blad: ExcelJS.Worksheet, begin: string): number {
  for (let r = 1; r <= blad.rowCount; r++) {
    const v = blad.getCell(r, 1).value;
    if (typeof v === 'string' && v.trim().startsWith(begin)) return r;
  }
  throw new Error(`Rij "${begin}" niet gevonden`);
}

/** Opens a written form, lets `invullen` type into its Formulier sheet, and saves it as `uit`. */
export async function vulFormulier(
  pad: string,
  uit: string,
  invullen: (blad: ExcelJS.Worksheet, cel: (begin: string, kolom?: 2 | 3) => ExcelJS.Cell) => void,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const blad = wb.getWorksheet('Formulier') as ExcelJS.Worksheet;
  invullen(blad, (begin, kolom = 2) => blad.getCell(zoek(blad, begin), kolom));
  await wb.xlsx.writeFile(uit);
  return uit;
}

/** Fills the standard form the way a person might (messy but valid), then applies `extra`. */
export function vulIn(pad: string, uit: string, extra?: (blad: ExcelJS.Worksheet) => void): Promise<string> {
  return vulFormulier(pad, uit, (blad, cel) => {
    cel('Werken er bij u').value = '  Drie mensen via de gemeente ';
    cel('Heeft u bij andere').value = 'JA';
    cel('Werkervaringsplaats').value = 'x';
    cel('Werkervaringsplaats', 3).value = ' 3 ';
    cel('BBL-plaats').value = 'nee';
    cel('Persoonlijk begeleider', 3).value = 2;
    cel('Wie is bij u').value = 'P. Proef';
    extra?.(blad);
  });
}
