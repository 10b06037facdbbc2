import type { Vergaderstukken } from '../../../shared/domain/vergaderstukken';
import { vergaderstukkenWerkboek } from '../excel/vergaderstukken-export';
import type { Db } from '../store/database';
import { getBijeenkomst, listActies, listBesluiten } from '../store/repositories/bijeenkomsten';
import { getWerkgroep } from '../store/repositories/werkgroep';
import { vergaderstukkenDocument } from '../word/vergaderstukken-document';

/** The one gathering of what the vergaderstukken show, from the same data the screen shows. */
function gegevens(db: Db, bijeenkomstId: string): Vergaderstukken {
  return {
    bijeenkomst: getBijeenkomst(db, bijeenkomstId),
    acties: listActies(db),
    besluiten: listBesluiten(db),
  };
}

/** Vergaderstukken for one meeting as an Excel workbook (one sheet per piece). */
export function vergaderstukken(db: Db, bijeenkomstId: string, vandaag: string) {
  return vergaderstukkenWerkboek(gegevens(db, bijeenkomstId), getWerkgroep(db).naam, vandaag);
}

/** The same vergaderstukken as one Word document. */
export function vergaderstukkenWord(db: Db, bijeenkomstId: string, vandaag: string) {
  return vergaderstukkenDocument(gegevens(db, bijeenkomstId), getWerkgroep(db).naam, vandaag);
}
