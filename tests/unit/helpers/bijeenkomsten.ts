import type { Db } from '../../../electron/main/store/database';
import {
  saveActie,
  saveBesluit,
  saveBijeenkomst,
} from '../../../electron/main/store/repositories/bijeenkomsten';

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
