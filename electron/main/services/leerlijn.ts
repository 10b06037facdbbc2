import type { StapInvoer } from '../../../shared/api/schemas-kandidaten';
import type { Stap, StapGegevens } from '../../../shared/domain/kandidaten';
import { gearchiveerdeOptieFout, standaardGeplandEind } from '../../../shared/domain/leerlijn';
import { sroiUitlegVanStap, stapRealisatieActie } from '../../../shared/domain/leerlijn-realisatie';
import { kandidaatStatusNaStap } from '../../../shared/domain/leerlijn-status';
import { AppFault } from '../errors';
import type { Db } from '../store/database';
import { getKandidaat, zetTrajectstand } from '../store/repositories/kandidaten';
import {
  controleerKandidaat,
  controleerOrganisatie,
  getStapRij,
  listStapRijen,
  type StapRij,
  schrijfStap,
  stapIdsVan,
  verwijderStap,
} from '../store/repositories/leerlijn';
import { deleteRealisatie, getRealisatie } from '../store/repositories/realisaties';
import { actieveTabel, getMenukaartOptie } from '../store/repositories/waardering';
import { saveRealisatie } from './realisaties';

/**
 * The leerlijn with its SROI: a step that has happened is credited as a realisation to the
 * organisation that delivered it, and the step keeps that realisation in line (created, revalued
 * or withdrawn) whenever the step is saved. Writers run inside the caller's write, so a step and
 * its realisation change in one transaction.
 */

const metUitleg = (r: StapRij, heeftTabel: boolean): Stap => ({
  ...r.stap,
  sroiUitleg: sroiUitlegVanStap(r.stap, { ...r.context, heeftTabel }, r.realisatie),
});

/** Steps in leerlijn order: of one candidate, or of everyone (grouped by candidate). */
export function listStappen(db: Db, kandidaatId?: string): Stap[] {
  const heeftTabel = actieveTabel(db) !== null;
  return listStapRijen(db, kandidaatId).map((r) => metUitleg(r, heeftTabel));
}

/** Brings a saved step's realisation in line with the step (`stapRealisatieActie` decides). */
function werkRealisatieBij(db: Db, stapId: string): void {
  const { stap, realisatie, context } = getStapRij(db, stapId);
  const actie = stapRealisatieActie(
    stap,
    { ...context, heeftTabel: actieveTabel(db) !== null },
    realisatie.id ? getRealisatie(db, realisatie.id) : null,
  );
  if (actie.soort === 'intrekken' && realisatie.id) deleteRealisatie(db, realisatie.id);
  if (actie.soort === 'opslaan')
    saveRealisatie(db, actie.gegevens, realisatie.id ?? undefined, { soort: 'leerlijn', id: stapId });
}

/**
 * Brings the realisations of all of a candidate's steps in line after the candidate changed (an
 * uitkering or personal bonus filled in or corrected): a step that was waiting for the uitkering
 * now counts. Unchanged input keeps its value and table version, as in werkRealisatieBij.
 */
export function werkRealisatiesVanKandidaatBij(db: Db, kandidaatId: string): void {
  for (const id of stapIdsVan(db, kandidaatId)) werkRealisatieBij(db, id);
}

/**
 * Adds a step at the end of the leerlijn, or updates one; returns the candidate's id. A running or
 * finished step moves a candidate who is still Aangemeld to Actief (kandidaatStatusNaStap).
 */
export function saveStap(db: Db, { id, kandidaatId, ...invoer }: StapInvoer): string {
  const data: StapGegevens = invoer;
  const vorige = id ? getStapRij(db, id).stap : null;
  if (vorige && vorige.kandidaatId !== kandidaatId)
    throw new AppFault('ONGELDIGE_INVOER', 'Deze stap hoort bij een andere kandidaat.');
  controleerKandidaat(db, kandidaatId);
  const optie = getMenukaartOptie(db, data.menukaartOptieId);
  const fout = gearchiveerdeOptieFout(optie, vorige?.menukaartOptieId ?? null);
  if (fout) throw new AppFault('ONGELDIGE_INVOER', fout);
  controleerOrganisatie(db, data.organisatieId);
  const stapId = schrijfStap(
    db,
    kandidaatId,
    { ...data, geplandEind: data.geplandEind ?? standaardGeplandEind(optie.code, data.geplandStart) },
    id,
  );
  werkRealisatieBij(db, stapId);
  const kandidaat = getKandidaat(db, kandidaatId);
  const volgt = kandidaatStatusNaStap(kandidaat.status, data.status);
  if (volgt) zetTrajectstand(db, kandidaatId, volgt, kandidaat.einddatum);
  return kandidaatId;
}

/** Removes a step (tombstone) and withdraws its realisation; returns the candidate's id. */
export function deleteStap(db: Db, id: string): string {
  const { stap, realisatie } = getStapRij(db, id);
  if (realisatie.id) deleteRealisatie(db, realisatie.id);
  verwijderStap(db, id);
  return stap.kandidaatId;
}
