import type { NieuweWerkgroepInvoer } from '../../../shared/api/schemas';
import { zoekBekendeRegio } from '../../../shared/domain/regios';
import { TABEL_PER_SLEUTEL } from '../../../shared/domain/waarderingstabellen';
import type { Db } from '../store/database';
import { slaTabelOpAlsNieuweVersie } from '../store/repositories/waardering';

/**
 * Fills a fresh file: the werkgroep row, for a known region its gemeenten, and the valuation table
 * its maker chose (none when left out, as the example werkgroep, which brings its own, does).
 */
export function initialiseerWerkgroep(db: Db, input: NieuweWerkgroepInvoer): void {
  db.insert('werkgroep', { naam: input.naam, regio: input.regio });
  const preset = zoekBekendeRegio(input.regio);
  for (const gemeente of preset?.gemeenten ?? []) {
    db.insert('organisatie', { naam: `Gemeente ${gemeente}`, soort: 'gemeente' });
  }
  if (input.waarderingstabel) slaTabelOpAlsNieuweVersie(db, TABEL_PER_SLEUTEL[input.waarderingstabel]);
}
