import type { Db } from '../store/database';
import { saveContract } from '../store/repositories/contracten';

interface Aanbieders {
  schelpenbank: string;
  duinroos: string;
  zeeuwseGolf: string;
  ankerpunt: string;
}

/**
 * Invented contracts for the example werkgroep: the regional maatwerk agreement per provider,
 * one provider that bundles two contracts, one with a fixed SROI amount, and one whose
 * percentage is flagged against its wage share.
 */
export function vulVoorbeeldContracten(
  db: Db,
  a: Aanbieders,
  gemeente: (kort: string) => string,
  jaar: number,
): void {
  const start = `${jaar - 1}-01-01`;
  const eind = `${jaar + 1}-12-31`;
  const euro = (n: number) => n * 100;
  const regio = [
    'Goes',
    'Kapelle',
    'Borsele',
    'Reimerswaal',
    'Noord-Beveland',
    'Schouwen-Duiveland',
    'Tholen',
  ];

  saveContract(db, {
    naam: 'Deelovereenkomst Maatwerkvoorziening Maatschappelijke Ondersteuning',
    opdrachtnemerId: a.schelpenbank,
    opdrachtgevers: regio.map((g) => ({ gemeenteId: gemeente(g), aandeelCent: null })),
    startdatum: start,
    einddatum: eind,
    waardeCent: euro(3_600_000),
    sroiPercentageBp: 500,
    sroiVastCent: null,
    loonaandeelBp: 6500,
    gebundeld: true,
  });
  saveContract(db, {
    naam: 'Huishoudelijke ondersteuning Goes en Kapelle',
    opdrachtnemerId: a.schelpenbank,
    opdrachtgevers: [
      { gemeenteId: gemeente('Goes'), aandeelCent: euro(900_000) },
      { gemeenteId: gemeente('Kapelle'), aandeelCent: euro(300_000) },
    ],
    startdatum: `${jaar}-01-01`,
    einddatum: `${jaar}-12-31`,
    waardeCent: euro(1_200_000),
    sroiPercentageBp: 500,
    sroiVastCent: null,
    loonaandeelBp: 7000,
    gebundeld: true,
  });
  saveContract(db, {
    naam: 'Deelovereenkomst Maatwerkvoorziening Maatschappelijke Ondersteuning',
    opdrachtnemerId: a.duinroos,
    opdrachtgevers: ['Goes', 'Kapelle', 'Borsele'].map((g) => ({
      gemeenteId: gemeente(g),
      aandeelCent: null,
    })),
    startdatum: start,
    einddatum: eind,
    waardeCent: euro(1_100_000),
    sroiPercentageBp: 500,
    sroiVastCent: null,
    loonaandeelBp: 6000,
    gebundeld: false,
  });
  saveContract(db, {
    naam: 'Begeleiding thuis Schouwen-Duiveland',
    opdrachtnemerId: a.zeeuwseGolf,
    opdrachtgevers: [{ gemeenteId: gemeente('Schouwen-Duiveland'), aandeelCent: null }],
    startdatum: start,
    einddatum: eind,
    waardeCent: euro(1_900_000),
    sroiPercentageBp: null,
    sroiVastCent: euro(60_000),
    loonaandeelBp: null,
    gebundeld: false,
  });
  saveContract(db, {
    naam: 'Vervoer naar dagbesteding',
    opdrachtnemerId: a.ankerpunt,
    opdrachtgevers: [
      { gemeenteId: gemeente('Reimerswaal'), aandeelCent: null },
      { gemeenteId: gemeente('Tholen'), aandeelCent: null },
    ],
    startdatum: `${jaar}-01-01`,
    einddatum: `${jaar + 1}-12-31`,
    waardeCent: euro(400_000),
    sroiPercentageBp: 500,
    sroiVastCent: null,
    // Mostly vehicles and fuel: 5 % SROI on a 4 % wage share cannot be met with labour.
    loonaandeelBp: 400,
    gebundeld: false,
  });
}
