import type { RealisatieGegevens } from '../../../shared/domain/realisaties';
import { PRESET_UTRECHT } from '../../../shared/domain/waarderingstabellen';
import type { Db } from '../store/database';
import { listMenukaart, slaTabelOpAlsNieuweVersie } from '../store/repositories/waardering';
import { saveRealisatie } from './realisaties';

interface Aanbieders {
  schelpenbank: string;
  duinroos: string;
  zeeuwseGolf: string;
  ankerpunt: string;
}

/**
 * Invented realisations for the example werkgroep. The werkgroep first used the Utrecht preset
 * and later saved its own table that also values werkervaringsplaatsen, so the example shows
 * realisations valued with two different tables.
 */
export function vulVoorbeeldRealisaties(db: Db, a: Aanbieders, dag: (offsetMaanden: number) => string): void {
  const optie = (code: string) => listMenukaart(db).find((o) => o.code === code)?.id ?? '';
  const leeg = {
    contractId: null,
    doelgroep: null,
    urenPerWeek: null,
    maanden: null,
    bonussen: [],
    uren: null,
  };
  const r = (
    data: Partial<RealisatieGegevens> &
      Pick<RealisatieGegevens, 'opdrachtnemerId' | 'menukaartOptieId' | 'omschrijving'>,
    offset: number,
  ) => saveRealisatie(db, { ...leeg, datum: dag(offset), ...data });

  slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT);
  r(
    {
      opdrachtnemerId: a.schelpenbank,
      menukaartOptieId: optie('intake'),
      omschrijving: 'Intakes groep 1',
      uren: 24,
    },
    -6,
  );
  r(
    {
      opdrachtnemerId: a.schelpenbank,
      menukaartOptieId: optie('bbl'),
      omschrijving: 'BBL-plaats helpende zorg en welzijn',
      doelgroep: 'participatiewet_lang',
      urenPerWeek: 32,
      maanden: 6,
    },
    -5,
  );
  r(
    {
      opdrachtnemerId: a.duinroos,
      menukaartOptieId: optie('begeleider'),
      omschrijving: 'Buddy voor twee kandidaten',
      uren: 60,
    },
    -4,
  );

  slaTabelOpAlsNieuweVersie(db, {
    ...PRESET_UTRECHT,
    naam: 'Werkgroep SROI Oosterschelderegio',
    jaarbedragCent: { ...PRESET_UTRECHT.jaarbedragCent, werkervaringsplaats: 7_500_00 },
  });
  r(
    {
      opdrachtnemerId: a.zeeuwseGolf,
      menukaartOptieId: optie('werkervaringsplaats'),
      omschrijving: 'Werkervaringsplaats facilitaire dienst',
      doelgroep: 'werkervaringsplaats',
      urenPerWeek: 24,
      maanden: 3,
    },
    -3,
  );
  r(
    {
      opdrachtnemerId: a.schelpenbank,
      menukaartOptieId: optie('betaalde_baan'),
      omschrijving: 'Betaalde baan als gastvrouw, vast contract',
      doelgroep: 'participatiewet_kort',
      urenPerWeek: 24,
      maanden: 4,
      bonussen: ['vast_contract'],
    },
    -2,
  );
  r(
    {
      opdrachtnemerId: a.ankerpunt,
      menukaartOptieId: optie('project'),
      omschrijving: 'Project "Groen aan de slag"',
      uren: 40,
    },
    -2,
  );
  r(
    {
      opdrachtnemerId: a.ankerpunt,
      menukaartOptieId: optie('dagbesteding'),
      omschrijving: 'Dagbesteding als opstap',
    },
    -1,
  );
}
