import { formatGetal } from '../format/nl';
/**
 * Valuing an SROI effort with a regional "bouwblokken" table: an amount per full-time year per
 * doelgroep, pro rata by hours per week against a basis, with a minimum, plus bonuses; other
 * activities at an hourly rate. Tables are versioned; a realisation keeps the version it used.
 */

export const DOELGROEPEN = [
  'participatiewet_kort',
  'participatiewet_lang',
  'ww',
  'wia_wao',
  'wajong',
  'doelgroepregister',
  'bbl',
  'bol_stage',
  'werkervaringsplaats',
  'geen_uitkering',
] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];

export const DOELGROEP_LABEL: Record<Doelgroep, string> = {
  participatiewet_kort: 'Participatiewet, korter dan 2 jaar',
  participatiewet_lang: 'Participatiewet, 2 jaar of langer',
  ww: 'WW',
  wia_wao: 'WIA / WAO',
  wajong: 'Wajong',
  doelgroepregister: 'Doelgroepregister / banenafspraak',
  bbl: 'BBL-leerling',
  bol_stage: 'BOL / stage',
  werkervaringsplaats: 'Werkervaringsplaats',
  geen_uitkering: 'Zonder uitkering',
};

export const BONUSSEN = ['vijftig_plus', 'vijfenvijftig_plus', 'vast_contract', 'statushouder'] as const;
export type Bonus = (typeof BONUSSEN)[number];

export const BONUS_LABEL: Record<Bonus, string> = {
  vijftig_plus: '50-plusser',
  vijfenvijftig_plus: '55-plusser',
  vast_contract: 'Vast contract',
  statushouder: 'Statushouder',
};

export interface Waarderingstabel {
  naam: string;
  versie: number;
  /** Hours per week that count as full time. */
  basisUren: number;
  /** Fewer hours per week than this do not count. */
  minimumUren: number;
  /** Cents per full-time year; null where the table has no value (that doelgroep does not count). */
  jaarbedragCent: Record<Doelgroep, number | null>;
  /** Cents per full-time year added on top, pro rata like the base amount. */
  bonusCent: Record<Bonus, number | null>;
  /** Cents per hour for activities such as intake or projects. */
  uurtariefCent: number | null;
}

export interface Plaatsing {
  doelgroep: Doelgroep;
  urenPerWeek: number;
  /** Duration in months (may be fractional). */
  maanden: number;
  bonussen: Bonus[];
}

export interface Waardering {
  waardeCent: number;
  /** Why the value is what it is, in Dutch, for the overview and the FO. */
  uitleg: string;
}

/** The SROI value of a placement: (year amount + bonuses) × min(hours, basis)/basis × months/12. */
export function waardeerPlaatsing(p: Plaatsing, tabel: Waarderingstabel): Waardering {
  const jaar = tabel.jaarbedragCent[p.doelgroep];
  if (jaar === null)
    return { waardeCent: 0, uitleg: `De tabel "${tabel.naam}" kent geen waarde voor deze doelgroep.` };
  if (p.urenPerWeek < tabel.minimumUren) {
    return {
      waardeCent: 0,
      uitleg: `Minder dan ${formatGetal(tabel.minimumUren)} uur per week telt niet mee.`,
    };
  }
  // A bonus counts once, even if the input names it twice.
  const bonus = [...new Set(p.bonussen)].reduce((s, b) => s + (tabel.bonusCent[b] ?? 0), 0);
  // Hours, basis and months are kept to two decimals and the whole product is formed in integers,
  // so the result is rounded (half up) exactly once and does not drift by a cent on binary fractions.
  const uren = honderdsten(Math.min(p.urenPerWeek, tabel.basisUren));
  const teller = BigInt(jaar + bonus) * BigInt(uren) * BigInt(honderdsten(p.maanden));
  const noemer = BigInt(honderdsten(tabel.basisUren)) * 1200n;
  const waardeCent = deelAfgerond(teller, noemer);
  return {
    waardeCent,
    uitleg: `${formatGetal(p.urenPerWeek)} van ${formatGetal(tabel.basisUren)} uur, ${formatGetal(p.maanden)} maanden, tabel "${tabel.naam}" versie ${tabel.versie}.`,
  };
}

/** The SROI value of hours of activity (intake, projects) at the table's hourly rate. */
export function waardeerUren(uren: number, tabel: Waarderingstabel): Waardering {
  if (tabel.uurtariefCent === null)
    return { waardeCent: 0, uitleg: `De tabel "${tabel.naam}" kent geen uurtarief.` };
  return {
    waardeCent: deelAfgerond(BigInt(honderdsten(uren)) * BigInt(tabel.uurtariefCent), 100n),
    uitleg: `${formatGetal(uren)} uur tegen het uurtarief van tabel "${tabel.naam}" versie ${tabel.versie}.`,
  };
}

/** A non-negative quantity in hundredths, as an integer. */
function honderdsten(x: number): number {
  return Math.round(x * 100);
}

/** teller / noemer rounded half up, for a non-negative teller and positive noemer. */
function deelAfgerond(teller: bigint, noemer: bigint): number {
  return Number((teller * 2n + noemer) / (noemer * 2n));
}
