import type { RealisatieGegevens } from '../../../shared/domain/realisaties';
import { waardeerRealisatie } from '../../../shared/domain/realisaties-waarderen';
import { AppFault } from '../errors';
import type { Db } from '../store/database';
import {
  controleerRealisatieKoppelingen,
  getRealisatie,
  type RealisatieBron,
  schrijfRealisatie,
} from '../store/repositories/realisaties';
import { actieveTabel, getMenukaartOptie } from '../store/repositories/waardering';

/**
 * Stores a realisation valued with the werkgroep's current table. Saving is an explicit act, so an
 * edited realisation is valued anew (and records the version it now uses); nothing else revalues.
 * Runs inside the caller's write (one transaction).
 */
export function saveRealisatie(db: Db, data: RealisatieGegevens, id?: string, bron?: RealisatieBron): string {
  controleerRealisatieKoppelingen(db, data);
  const optie = getMenukaartOptie(db, data.menukaartOptieId);
  const vorige = id ? getRealisatie(db, id) : null;
  const gewaardeerd = waardeerRealisatie(data, {
    optie,
    tabel: actieveTabel(db),
    vorigeOptieId: vorige?.menukaartOptieId ?? null,
    uitLeerlijn: bron !== undefined,
  });
  if ('fout' in gewaardeerd) throw new AppFault('ONGELDIGE_INVOER', gewaardeerd.fout);
  return schrijfRealisatie(db, gewaardeerd, id, bron);
}
