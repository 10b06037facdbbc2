import type { Db } from '../store/database';
import { saveAanbesteding } from '../store/repositories/aanbestedingen';
import { listRondes } from '../store/repositories/inventarisatie';
import { listMenukaart } from '../store/repositories/waardering';
import { neemAanbodOver } from './capaciteit';
import { saveStap } from './leerlijn';

/**
 * Capacity and calendar for the example: offers copied from the inventarisatie round, two planned
 * steps nobody has taken on yet (so the board shows a shortage and a proposal), and three
 * invented tenders for next year.
 */
export function vulVoorbeeldCapaciteit(
  db: Db,
  gemeente: (kort: string) => string,
  dag: (offset: number, d?: number) => string,
): void {
  const ronde = listRondes(db)[0];
  if (ronde) neemAanbodOver(db, ronde.id);

  const optie = (code: string) => listMenukaart(db).find((o) => o.code === code)?.id ?? '';
  const kandidaat = (naam: string) =>
    db.get<{ id: string }>('SELECT id FROM kandidaat WHERE naam = ?', [naam])?.id;
  const open = (naam: string, code: string) => {
    const id = kandidaat(naam);
    if (!id) return;
    saveStap(db, {
      kandidaatId: id,
      menukaartOptieId: optie(code),
      organisatieId: null,
      geplandStart: dag(0, 28),
      geplandEind: null,
      start: null,
      eind: null,
      urenPerWeek: 24,
      status: 'gepland',
      vastContract: false,
      resultaat: null,
    });
  };
  open('Dirk Verzinsel', 'werkervaringsplaats');
  open('Youssef Uitgedacht', 'bbl');

  const jaar = Number(dag(12).slice(0, 4));
  const alle = ['Goes', 'Kapelle', 'Borsele', 'Noord-Beveland', 'Reimerswaal', 'Schouwen-Duiveland', 'Tholen']
    .map(gemeente)
    .filter(Boolean);
  const tender = (
    naam: string,
    sector: 'zorg' | 'groen' | 'bouw',
    gemeenten: string[],
    start: string,
    euro: number,
  ) =>
    saveAanbesteding(db, {
      naam,
      sector,
      gemeenteIds: gemeenten,
      verwachteStart: start,
      waardeCent: euro * 100,
      sroiPercentageBp: 500,
      toelichting: null,
    });
  tender('Huishoudelijke ondersteuning (fictief)', 'zorg', alle, `${jaar}-01-01`, 12_000_000);
  tender('Onderhoud openbaar groen Goes (fictief)', 'groen', [gemeente('Goes')], `${jaar}-04-01`, 3_500_000);
  tender('Nieuwbouw sporthal Kapelle (fictief)', 'bouw', [gemeente('Kapelle')], `${jaar}-09-01`, 8_000_000);
}
