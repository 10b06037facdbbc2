import type { ContractGegevens } from './contracten';
import { DOELGROEPEN, type Doelgroep, type Waarderingstabel } from './waardering';

/**
 * The regional procurement calendar: contracts and tenders coming up, so the werkgroep can see
 * ahead what SROI they will bring and organise training in time ("ken je bestand").
 */

export const SECTOREN = [
  'zorg',
  'welzijn',
  'bouw',
  'infra',
  'schoonmaak',
  'groen',
  'ict',
  'vervoer',
  'overig',
] as const;
export type Sector = (typeof SECTOREN)[number];
export const SECTOR_LABEL: Record<Sector, string> = {
  zorg: 'Zorg',
  welzijn: 'Welzijn',
  bouw: 'Bouw',
  infra: 'Infra',
  schoonmaak: 'Schoonmaak',
  groen: 'Groen',
  ict: 'ICT',
  vervoer: 'Vervoer',
  overig: 'Overig',
};

export interface AanbestedingGegevens {
  naam: string;
  sector: Sector;
  gemeenteIds: string[];
  verwachteStart: string;
  /** Expected contract value in cents. */
  waardeCent: number;
  /** Expected SROI percentage in basis points. */
  sroiPercentageBp: number;
  toelichting: string | null;
}

export interface Aanbesteding extends AanbestedingGegevens {
  id: string;
  gemeenten: string[];
  verwachteSroiCent: number;
  /** The contract it became when it was awarded; null while expected. */
  contractId: string | null;
}

/** Expected SROI value: value × percentage, rounded to the cent. */
export function verwachteSroiCent(waardeCent: number, sroiPercentageBp: number): number {
  return Math.round((waardeCent * sroiPercentageBp) / 10_000);
}

/**
 * What an SROI amount could mean in people: full-time person-years per doelgroep under a valuation
 * table (amount ÷ the doelgroep's year amount), to one decimal. Doelgroepen without a value are left out.
 */
export function persoonjaren(
  sroiCent: number,
  tabel: Pick<Waarderingstabel, 'jaarbedragCent'>,
): { doelgroep: Doelgroep; jaren: number }[] {
  return DOELGROEPEN.flatMap((doelgroep) => {
    const jaar = tabel.jaarbedragCent[doelgroep];
    return jaar ? [{ doelgroep, jaren: Math.round((sroiCent / jaar) * 10) / 10 }] : [];
  });
}

/** "2027-K1" for a date: the quarter the calendar's year view groups by. */
export function kwartaal(iso: string): string {
  const [jaar, maand] = iso.split('-').map(Number) as [number, number];
  return `${jaar}-K${Math.ceil(maand / 3)}`;
}

/** The calendar with what each tender could mean, under the werkgroep's current table. */
export interface Aanbestedingskalender {
  aanbestedingen: (Aanbesteding & {
    kwartaal: string;
    persoonjaren: { doelgroep: Doelgroep; jaren: number }[];
  })[];
  /** Name and version of the table used for person-years; null when none is chosen. */
  tabel: string | null;
}

/** The calendar: each tender with its quarter and, under the current table, its person-years. */
export function maakKalender(
  aanbestedingen: readonly Aanbesteding[],
  tabel: Pick<Waarderingstabel, 'naam' | 'versie' | 'jaarbedragCent'> | null,
): Aanbestedingskalender {
  return {
    tabel: tabel ? `${tabel.naam} (versie ${tabel.versie})` : null,
    aanbestedingen: aanbestedingen.map((a) => ({
      ...a,
      kwartaal: kwartaal(a.verwachteStart),
      persoonjaren: tabel ? persoonjaren(a.verwachteSroiCent, tabel) : [],
    })),
  };
}

/** Who won a tender, for when: what awarding it needs beyond the tender itself. */
export interface Gunning {
  opdrachtnemerId: string;
  startdatum: string;
  einddatum: string;
}

/**
 * Awarding turns the tender into a contract without retyping: name, value, SROI percentage and
 * the gemeenten (sharing by value, as for any contract) come along. A tender is awarded once.
 */
export function contractUitAanbesteding(a: Aanbesteding, g: Gunning): ContractGegevens | { fout: string } {
  if (a.contractId) return { fout: 'Deze aanbesteding is al gegund.' };
  return {
    naam: a.naam,
    opdrachtnemerId: g.opdrachtnemerId,
    opdrachtgevers: a.gemeenteIds.map((gemeenteId) => ({ gemeenteId, aandeelCent: null })),
    startdatum: g.startdatum,
    einddatum: g.einddatum,
    waardeCent: a.waardeCent,
    sroiPercentageBp: a.sroiPercentageBp,
    sroiVastCent: null,
    loonaandeelBp: null,
    gebundeld: false,
  };
}
