import type { OrganisatieSoort } from '../../../shared/domain/organisaties';
import { nu } from '../../../shared/klok';
import type { Db } from '../store/database';
import { saveOrganisatie } from '../store/repositories/organisaties';
import { planningUitSjabloon } from '../store/repositories/planning';
import { initialiseerWerkgroep } from './nieuwe-werkgroep';
import { vulVoorbeeldBijeenkomsten } from './voorbeeld-bijeenkomsten';
import { vulVoorbeeldCapaciteit } from './voorbeeld-capaciteit';
import { vulVoorbeeldContracten } from './voorbeeld-contracten';
import { vulVoorbeeldInventarisatie } from './voorbeeld-inventarisatie';
import { vulVoorbeeldKandidaten } from './voorbeeld-kandidaten';
import { vulVoorbeeldMonitoring } from './voorbeeld-monitoring';
import { vulVoorbeeldRealisaties } from './voorbeeld-realisaties';

export const VOORBEELD_NAAM = 'Werkgroep SROI Oosterschelderegio';

/**
 * The bundled example werkgroep. Every organisation and person here is invented, with names
 * no one could mistake for real ones. Dates are relative to `start` so
 * the example always looks current.
 */
export function vulVoorbeeld(db: Db, start = nu()): void {
  initialiseerWerkgroep(db, { naam: VOORBEELD_NAAM, regio: 'Oosterschelderegio' });
  const year = start.getFullYear();
  const month = (offset: number) => {
    const d = new Date(Date.UTC(year, start.getMonth() + offset, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  };
  const day = (offset: number, dag = 15) => `${month(offset)}-${String(dag).padStart(2, '0')}`;

  const gemeenten = db.all<{ id: string; naam: string }>(
    `SELECT id, naam FROM organisatie WHERE soort = 'gemeente' ORDER BY naam`,
  );
  const gemeente = (kort: string) => gemeenten.find((g) => g.naam === `Gemeente ${kort}`)?.id ?? '';
  const overal = gemeenten.map((g) => g.id);
  const org = (
    naam: string,
    soort: OrganisatieSoort,
    contactpersoon: string,
    werkgebied: string[],
    jaaromzetEuro: number | null,
    fte: number | null,
  ) =>
    saveOrganisatie(db, {
      naam,
      soort,
      contactpersoon,
      email: `info@${naam.split(' ')[1]?.toLowerCase() ?? 'voorbeeld'}.example`,
      telefoon: null,
      gemeenteIds: werkgebied,
      jaaromzetCent: jaaromzetEuro === null ? null : jaaromzetEuro * 100,
      fte,
    });
  const schelpenbank = org(
    'Zorggroep De Schelpenbank (fictief)',
    'zorgaanbieder',
    'M. de Vlieger',
    overal,
    4_800_000,
    62,
  );
  const duinroos = org(
    'Stichting Duinroos Begeleiding (fictief)',
    'zorgaanbieder',
    'A. Kornet',
    [gemeente('Goes'), gemeente('Kapelle'), gemeente('Borsele')],
    1_250_000,
    18,
  );
  const zeeuwseGolf = org(
    'Thuiszorg Zeeuwse Golf (fictief)',
    'zorgaanbieder',
    'J. Verhage',
    [gemeente('Schouwen-Duiveland'), gemeente('Noord-Beveland')],
    2_100_000,
    30,
  );
  const ankerpunt = org(
    'Het Ankerpunt Dagbesteding (fictief)',
    'zorgaanbieder',
    'R. Boomsma',
    [gemeente('Reimerswaal'), gemeente('Tholen')],
    650_000,
    9,
  );
  const scheldewerk = org(
    'Werkbedrijf Scheldewerk (fictief)',
    'werkbedrijf',
    'L. Sanders',
    overal,
    null,
    140,
  );
  vulVoorbeeldContracten(db, { schelpenbank, duinroos, zeeuwseGolf, ankerpunt }, gemeente, year);
  vulVoorbeeldRealisaties(db, { schelpenbank, duinroos, zeeuwseGolf, ankerpunt }, (offset) =>
    day(offset, 10),
  );

  vulVoorbeeldInventarisatie(db, { schelpenbank, duinroos, zeeuwseGolf, ankerpunt }, day);
  vulVoorbeeldKandidaten(db, { schelpenbank, duinroos, zeeuwseGolf, ankerpunt, scheldewerk }, gemeente, day);
  vulVoorbeeldCapaciteit(db, gemeente, day);

  // The planning comes from the template, started eight months ago: what ended is done, what
  // runs now is busy; one activity is marked late so the example shows what that looks like.
  planningUitSjabloon(db, month(-8));
  const nu = month(0);
  db.run("UPDATE planning_activiteit SET status = 'klaar' WHERE eind_maand < ?", [nu]);
  db.run("UPDATE planning_activiteit SET status = 'bezig' WHERE start_maand <= ? AND eind_maand >= ?", [
    nu,
    nu,
  ]);
  db.run("UPDATE planning_activiteit SET status = 'vertraagd' WHERE titel = 'Groep 2'");

  vulVoorbeeldBijeenkomsten(db, day);
  vulVoorbeeldMonitoring(db, day);
}
