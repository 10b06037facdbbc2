import type { WerkgroepInvoer } from '../../../shared/api/schemas';
import { findRegionPreset } from '../../../shared/domain/regions';
import type { Db } from '../store/database';

/** Fills a fresh file: the werkgroep row and, for a known region, its gemeenten. */
export function initialiseerWerkgroep(db: Db, input: WerkgroepInvoer): void {
  db.insert('werkgroep', { naam: input.naam, regio: input.regio });
  const preset = findRegionPreset(input.regio);
  for (const gemeente of preset?.gemeenten ?? []) {
    db.insert('organisatie', { naam: `Gemeente ${gemeente}`, soort: 'gemeente' });
  }
}
