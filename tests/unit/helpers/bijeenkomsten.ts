import type { Db } from '../../../electron/main/store/database';
import {
  getActie,
  saveActie,
  saveBesluit,
  saveBijeenkomst,
} from '../../../electron/main/store/repositories/bijeenkomsten';
import { saveActiviteit, saveFase } from '../../../electron/main/store/repositories/planning';

/** A werkgroep meeting at 14:00 in the Gemeentehuis Goes on the given day; answers its id. */
export const werkgroepBijeenkomst = (db: Db, datum: string) =>
  saveBijeenkomst(db, { soort: 'werkgroep', datum, tijd: '14:00', plaats: 'Gemeentehuis Goes' });

/** The links of an action that follows from no besluit and concerns no activity (for hand-made actions). */
export const ZONDER_KETEN = {
  besluitId: null,
  besluitNummer: null,
  besluitBijeenkomstId: null,
  activiteitId: null,
  activiteitTitel: null,
} as const;

/** An open action of the secretary without deadline, unless `over` says otherwise. */
export const nieuweActie = (db: Db, over: Partial<Parameters<typeof saveActie>[1]> = {}) =>
  saveActie(db, {
    bijeenkomstId: null,
    omschrijving: 'Formulier versturen',
    eigenaar: 'Secretaris',
    deadline: null,
    status: 'open',
    ...over,
  });

/**
 * Three meetings with a decision each and four actions (one overdue on 2026-11-23, one open, one
 * done earlier, one done in the middle meeting): what the vergaderstukken of the middle one select
 * from. Answers the middle meeting's id.
 */
export function drieBijeenkomsten(db: Db): string {
  const vorige = werkgroepBijeenkomst(db, '2026-10-08');
  const deze = werkgroepBijeenkomst(db, '2026-11-12');
  const later = werkgroepBijeenkomst(db, '2026-12-10');
  saveBesluit(db, vorige, 'Besluit van oktober');
  saveBesluit(db, deze, 'Besluit van november');
  saveBesluit(db, later, 'Besluit van december');
  nieuweActie(db, { omschrijving: 'Verlopen actie', deadline: '2026-11-01', bijeenkomstId: vorige });
  nieuweActie(db, { omschrijving: 'Lopende actie', deadline: '2026-12-01' });
  nieuweActie(db, { omschrijving: 'Oude klare actie', status: 'klaar', bijeenkomstId: vorige });
  nieuweActie(db, { omschrijving: 'Klaar in deze', status: 'klaar', bijeenkomstId: deze });
  return deze;
}

/**
 * The chain on top of `drieBijeenkomsten`: planning activity "Werkgevers benaderen"; the "Lopende
 * actie" follows from the October besluit and concerns it, and the November besluit concerns it.
 */
export function koppelKeten(db: Db): void {
  const activiteit = saveActiviteit(db, {
    faseId: saveFase(db, 'Werving'),
    titel: 'Werkgevers benaderen',
    eigenaar: null,
    startMaand: '2026-10',
    eindMaand: '2026-12',
    status: 'bezig',
    afhankelijkVan: null,
  });
  const besluit = (tekst: string) =>
    db.get<{ id: string; bijeenkomst_id: string }>('SELECT id, bijeenkomst_id FROM besluit WHERE tekst = ?', [
      tekst,
    ]);
  const november = besluit('Besluit van november');
  saveBesluit(db, String(november?.bijeenkomst_id), 'Besluit van november', november?.id, activiteit);
  const id = String(
    db.get<{ id: string }>("SELECT id FROM actiepunt WHERE omschrijving = 'Lopende actie'")?.id,
  );
  saveActie(
    db,
    { ...getActie(db, id), besluitId: besluit('Besluit van oktober')?.id, activiteitId: activiteit },
    id,
  );
}

/**
 * On top of `koppelKeten`: the done "Oude klare actie" follows from the October besluit too, so that
 * besluit has two actions (one no longer on the actielijst). Answers the besluit's id.
 */
export function tweedeActieBijOktober(db: Db): string {
  const besluit = String(
    db.get<{ id: string }>("SELECT id FROM besluit WHERE tekst = 'Besluit van oktober'")?.id,
  );
  const id = String(
    db.get<{ id: string }>("SELECT id FROM actiepunt WHERE omschrijving = 'Oude klare actie'")?.id,
  );
  saveActie(db, { ...getActie(db, id), besluitId: besluit }, id);
  return besluit;
}
