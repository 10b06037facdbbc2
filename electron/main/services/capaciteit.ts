import {
  type Aanbod,
  type CapaciteitsOverzicht,
  capaciteitsbord,
  type OvergenomenAanbod,
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

const aanbodSleutel = (a: { organisatieId: string; menukaartOptieId: string }) =>
  `${a.organisatieId}|${a.menukaartOptieId}`;

/**
 * Copies the offers of every organisation that answered a round. Answers how many it copied, and
 * the offers that changed by it with what they were before (once per offer, whatever the round
 * repeats), which is what undo puts back.
 */
export function neemAanbodOver(db: Db, rondeId: string): { aantal: number; gewijzigd: OvergenomenAanbod[] } {
  const ronde = getRonde(db, rondeId);
  const opties = new Map(listMenukaart(db, true).map((o) => [o.code, o.id]));
  const deelnames = ronde.deelnames.map((d) => ({
    organisatieId: d.organisatieId,
    status: d.status,
    antwoorden: d.status === 'uitgezet' ? [] : Object.values(getAntwoorden(db, rondeId, d.organisatieId)),
  }));
  const aanbod = aanbodUitRonde(deelnames, opties);
  const voorheen = new Map(listAanbod(db).map((a) => [aanbodSleutel(a), a]));
  const per = new Map<string, OvergenomenAanbod>();
  for (const a of aanbod) {
    zetAanbod(db, a.organisatieId, a.menukaartOptieId, a.plaatsen, 'inventarisatie');
    const was = voorheen.get(aanbodSleutel(a));
    per.set(aanbodSleutel(a), {
      ...a,
      was: was ? { plaatsen: was.plaatsen, bron: was.bron } : null,
    });
  }
  const gewijzigd = [...per.values()].filter(
    (a) => a.was?.plaatsen !== a.plaatsen || a.was.bron !== 'inventarisatie',
  );
  return { aantal: aanbod.length, gewijzigd };
}

/**
 * Undoes a takeover (inside the caller's write): each offer it changed goes back to what it was,
 * or is removed if there was none. All or nothing: if one of them was changed or removed since,
 * nothing is changed and the user hears why. Answers how many went back.
 */
export function zetOvernameTerug(db: Db, gewijzigd: readonly OvergenomenAanbod[]): number {
  const nu = new Map(listAanbod(db).map((a) => [aanbodSleutel(a), a]));
  const gebleven = gewijzigd.every((g) => {
    const a = nu.get(aanbodSleutel(g));
    return a?.plaatsen === g.plaatsen && a.bron === 'inventarisatie';
  });
  if (!gebleven)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Een deel van dit aanbod is intussen gewijzigd of verwijderd; ongedaan maken kan niet meer.',
    );
  for (const g of gewijzigd)
    zetAanbod(db, g.organisatieId, g.menukaartOptieId, g.was?.plaatsen ?? null, g.was?.bron);
  return gewijzigd.length;
}

/** Proposals for an unassigned step, ranked and explained. */
export function voorstellenVoorStap(db: Db, stapId: string, periode: Periode): Voorstel[] {
  const stap = stappenOpHetBord(db).find((s) => s.stapId === stapId);
  if (!stap) throw new AppFault('NIET_GEVONDEN', 'Deze stap is er niet (meer) of is al voorbij.');
  return voorstellen(stap, capaciteitsOverzicht(db, periode).bord, werkgebieden(db));
}

/**
 * Assigns an organisation to a step, through the leerlijn so the step's SROI stays in line.
 * Answers the organisation the step had before (null: none), which is what undo puts back.
 */
export function wijsToe(db: Db, stapId: string, organisatieId: string | null): string | null {
  const { stap } = getStapRij(db, stapId);
  saveStap(db, { id: stap.id, kandidaatId: stap.kandidaatId, ...stapToegewezenAan(stap, organisatieId) });
  return stap.organisatieId;
}

/**
 * Undoes an assignment (inside the caller's write): the step goes back to the organisation it had.
 * Refused when the step has since been given to another organisation or removed.
 */
export function zetToewijzingTerug(
  db: Db,
  stapId: string,
  organisatieId: string,
  vorigeOrganisatieId: string | null,
): void {
  if (getStapRij(db, stapId).stap.organisatieId !== organisatieId)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Deze stap is intussen aan een andere organisatie toegewezen; ongedaan maken kan niet meer.',
    );
  wijsToe(db, stapId, vorigeOrganisatieId);
}
