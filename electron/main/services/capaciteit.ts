import {
  type Aanbod,
  type CapaciteitsOverzicht,
  capaciteitsbord,
  type Periode,
  type Voorstel,
  voorstellen,
} from '../../../shared/domain/capaciteit';
import {
  aanbodUitRonde,
  bordOpties,
  bordStappen,
  stapToegewezenAan,
} from '../../../shared/domain/capaciteit-bord';
import { AppFault } from '../errors';
import type { Db } from '../store/database';
import { bordKandidaten, listAanbod, werkgebieden, zetAanbod } from '../store/repositories/capaciteit';
import { getAntwoorden, getRonde } from '../store/repositories/inventarisatie';
import { getStapRij } from '../store/repositories/leerlijn';
import { listMenukaart } from '../store/repositories/waardering';
import { listStappen, saveStap } from './leerlijn';

/**
 * The capacity board: the offers (capaciteit), the leerlijnen (leerlijn) and the menukaart read
 * together; the rules are `shared/domain/capaciteit.ts` and `capaciteit-bord.ts`. Writers run
 * inside the caller's write.
 */

const stappenOpHetBord = (db: Db) => bordStappen(listStappen(db), bordKandidaten(db));

export function capaciteitsOverzicht(db: Db, periode: Periode): CapaciteitsOverzicht {
  const aanbod = listAanbod(db);
  return {
    periode,
    bord: capaciteitsbord(
      bordOpties(listMenukaart(db, true), aanbod),
      aanbod as Aanbod[],
      stappenOpHetBord(db),
      periode,
    ),
    opties: listMenukaart(db).map((o) => ({ id: o.id, code: o.code, naam: o.naam })),
    aanbod,
  };
}

/** Copies the offers of every organisation that answered a round; returns how many. */
export function neemAanbodOver(db: Db, rondeId: string): number {
  const ronde = getRonde(db, rondeId);
  const opties = new Map(listMenukaart(db, true).map((o) => [o.code, o.id]));
  const deelnames = ronde.deelnames.map((d) => ({
    organisatieId: d.organisatieId,
    status: d.status,
    antwoorden: d.status === 'uitgezet' ? [] : Object.values(getAntwoorden(db, rondeId, d.organisatieId)),
  }));
  const aanbod = aanbodUitRonde(deelnames, opties);
  for (const a of aanbod) zetAanbod(db, a.organisatieId, a.menukaartOptieId, a.plaatsen, 'inventarisatie');
  return aanbod.length;
}

/** Proposals for an unassigned step, ranked and explained. */
export function voorstellenVoorStap(db: Db, stapId: string, periode: Periode): Voorstel[] {
  const stap = stappenOpHetBord(db).find((s) => s.stapId === stapId);
  if (!stap) throw new AppFault('NIET_GEVONDEN', 'Deze stap is er niet (meer) of is al voorbij.');
  return voorstellen(stap, capaciteitsOverzicht(db, periode).bord, werkgebieden(db));
}

/** Assigns an organisation to a step, through the leerlijn so the step's SROI stays in line. */
export function wijsToe(db: Db, stapId: string, organisatieId: string): void {
  const { stap } = getStapRij(db, stapId);
  saveStap(db, { id: stap.id, kandidaatId: stap.kandidaatId, ...stapToegewezenAan(stap, organisatieId) });
}
