import type { AntwoordWaarde } from '../../../shared/domain/inventarisatie';
import type { Db } from '../store/database';
import {
  listSjablonen,
  markeerFormulierenGemaakt,
  markeerVerstuurd,
  saveRonde,
  slaAntwoordenOp,
  zetDeelnameStatus,
} from '../store/repositories/inventarisatie';

interface Aanbieders {
  schelpenbank: string;
  duinroos: string;
  zeeuwseGolf: string;
  ankerpunt: string;
}

const open = (tekst: string): AntwoordWaarde => ({ soort: 'open', tekst });
const aanbod = (...a: [string, number | null][]): AntwoordWaarde => ({
  soort: 'aanbod',
  aanbod: a.map(([code, plaatsen]) => ({ code, plaatsen })),
});

/** A round to the four example providers: three answered (one already discussed), one not yet. */
export function vulVoorbeeldInventarisatie(
  db: Db,
  a: Aanbieders,
  dag: (offset: number, d?: number) => string,
): void {
  const sjabloon = listSjablonen(db)[0];
  if (!sjabloon) return;
  const iedereen = [a.schelpenbank, a.duinroos, a.zeeuwseGolf, a.ankerpunt];
  const ronde = saveRonde(db, {
    naam: 'Inventarisatie voorjaar',
    sjabloonId: sjabloon.id,
    deadline: dag(-8, 28),
    organisatieIds: iedereen,
  });
  markeerFormulierenGemaakt(db, ronde, iedereen, dag(-9, 2));
  markeerVerstuurd(db, ronde, dag(-9, 3));
  slaAntwoordenOp(db, ronde, a.schelpenbank, {
    in_dienst: open('Vier medewerkers kwamen uit de bijstand; twee werkervaringsplaatsen per jaar.'),
    ondersteuning: open('Een vaste werkbegeleider en een opleidingsplan.'),
    resultaat: open('Drie van de vier zijn nog in dienst.'),
    andere_contracten: { soort: 'janee', ja: true },
    aanbod: aanbod(['intake', 2], ['begeleider', 4], ['werkervaringsplaats', 3], ['betaalde_baan', 2]),
    contactpersoon: open('M. de Vlieger, HR'),
  });
  zetDeelnameStatus(db, ronde, a.schelpenbank, 'besproken');
  slaAntwoordenOp(db, ronde, a.duinroos, {
    in_dienst: open('Nog niet; wel stageplekken voor het mbo.'),
    andere_contracten: { soort: 'janee', ja: false },
    aanbod: aanbod(['intake', 1], ['werkervaringsplaats', 2], ['bbl', 2]),
    contactpersoon: open('A. Kornet'),
  });
  slaAntwoordenOp(db, ronde, a.zeeuwseGolf, {
    ondersteuning: open('Coaching door een eigen jobcoach.'),
    aanbod: aanbod(['begeleider', 2], ['zorg', null], ['werkervaringsplaats', 1], ['project', null]),
    contactpersoon: open('J. Verhage'),
  });
}
