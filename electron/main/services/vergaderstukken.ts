import { vergaderstukkenWerkboek } from '../excel/vergaderstukken-export';
import type { Db } from '../store/database';
import { getBijeenkomst, listActies, listBesluiten } from '../store/repositories/bijeenkomsten';
import { getWerkgroep } from '../store/repositories/werkgroep';

/** Vergaderstukken for one meeting, from the same data the screen shows. */
export function vergaderstukken(db: Db, bijeenkomstId: string, vandaag: string) {
  return vergaderstukkenWerkboek(
    { bijeenkomst: getBijeenkomst(db, bijeenkomstId), acties: listActies(db), besluiten: listBesluiten(db) },
    getWerkgroep(db).naam,
    vandaag,
  );
}
