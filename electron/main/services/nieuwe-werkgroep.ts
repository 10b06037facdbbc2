import type { WerkgroepInvoer } from '../../../shared/api/schemas';
import { zoekBekendeRegio } from '../../../shared/domain/regios';
import type { Db } from '../store/database';

/** Fills a fresh file: the werkgroep row and, for a known region, its gemeenten. */
export function initialiseerWerkgroep(db: Db, input: WerkgroepInvoer): void {
  db.insert('werkgroep', { naam: input.naam, regio: input.regio });
  const preset = zoekBekendeRegio(input.regio);
  for (const gemeente of preset?.gemeenten ?? []) {
    db.insert('organisatie', { naam: `Gemeente ${gemeente}`, soort: 'gemeente' });
  }
}
