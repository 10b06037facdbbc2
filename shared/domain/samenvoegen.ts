import { meervoud } from '../format/nl';

/**
 * What the app shows of a merge (issue #20): the other copy's changes per area, the conflicts one by
 * one with both values, who and when, and a proposal; after the merge, what was chosen and what not.
 * The engine and its rules live in shared/domain/wijzigingen.ts and samenvoeg-regels.ts.
 */

/** Which copy a field conflict's value comes from: the open file, the other copy, or both. */
export type Herkomst = 'hier' | 'kopie' | 'beide';

export interface SamenvoegOptie {
  label: string;
  /** Who set this value (left out when unknown), and when (field conflicts). */
  door?: string;
  tijd?: string;
  herkomst?: Herkomst;
}

const HERKOMST: Record<Herkomst, (kopie: string) => string> = {
  hier: () => 'In dit bestand',
  kopie: (kopie) => `In ${kopie}`,
  beide: () => 'In beide bestanden',
};

/**
 * An option as the user reads it, in the dialog and in the report: a field conflict's value by the
 * file it comes from, then who (if known) and when ("In dit bestand: 0113 222 222 — Fatima (laptop
 * vm), 04-12-2026 17:55"); a rule's option is its label.
 */
export function optieTekst(o: SamenvoegOptie, kopie: string): string {
  const waarde = o.herkomst ? `${HERKOMST[o.herkomst](kopie)}: ${o.label}` : o.label;
  const wieWanneer = [o.door, o.tijd].filter(Boolean).join(', ');
  return wieWanneer ? `${waarde} — ${wieWanneer}` : waarde;
}

export interface SamenvoegConflict {
  sleutel: string;
  omschrijving: string;
  opties: SamenvoegOptie[];
  /** The option chosen unless the user picks another: the newest change, or the rule's proposal. */
  voorstel: number;
}

export interface SamenvoegVoorbeeld {
  /** Main keeps the other copy open under this token until it is applied or cancelled. */
  token: string;
  /** The other copy's file name (never its folder). */
  naam: string;
  binnenkomend: { gebied: string; aantal: number }[];
  /** Changes that lapse: their row was deleted, or their person erased, in this copy. */
  vervallen: { gebied: string; aantal: number }[];
  conflicten: SamenvoegConflict[];
}

export interface SamenvoegVerslag {
  naam: string;
  aantal: number;
  besluiten: { omschrijving: string; gekozen: string; nietGekozen: string[] }[];
  /** File name of the backup taken before the merge (its UTC stamp: never shown as such). */
  reservekopie: string;
  /** The folder the backup is in, and when it was taken in local time ("04-12-2026 17:58"). */
  reservekopieMap: string;
  reservekopieTijd: string;
}

/** The werkgroep's areas as the user knows them, for the tables the change log names. */
const GEBIEDEN: Record<string, string> = {
  organisatie: 'Organisaties',
  organisatie_gemeente: 'Organisaties',
  kandidaat: 'Kandidaten',
  kandidaat_plan: 'Kandidaten',
  kandidaat_belemmering: 'Kandidaten',
  ladder_meting: 'Kandidaten',
  uitstroom: 'Kandidaten',
  terugval: 'Kandidaten',
  leerlijn_stap: 'Leerlijnen',
  groep: 'Groepen',
  groep_organisatie: 'Groepen',
  bijeenkomst: 'Bijeenkomsten',
  agendapunt: 'Bijeenkomsten',
  aanwezige: 'Bijeenkomsten',
  besluit: 'Besluiten',
  actiepunt: 'Acties',
  planning_fase: 'Planning',
  planning_activiteit: 'Planning',
  mijlpaal: 'Planning',
  inventarisatie_ronde: 'Inventarisatie',
  ronde_deelname: 'Inventarisatie',
  inventarisatie_antwoord: 'Inventarisatie',
  formulier_sjabloon: 'Inventarisatie',
  aanbod: 'Capaciteit',
  aanbesteding: 'Aanbestedingen',
  aanbesteding_gemeente: 'Aanbestedingen',
  contract: 'SROI',
  contract_opdrachtgever: 'SROI',
  realisatie: 'SROI',
  waarderingstabel: 'SROI',
  menukaart_optie: 'SROI',
  les: 'Evaluatie',
  evaluatie: 'Evaluatie',
  werkgroep: 'Werkgroep',
};

/**
 * Tables that merge along but are no change the user made: the audit log's rows (a record of the
 * changes that are counted already), a deleted step's tombstone (its delete is counted in its
 * area) and the forms' key. Counting them showed "Overig 2" beside two real changes.
 */
export const BOEKHOUDING: ReadonlySet<string> = new Set(['wijziging', 'verwijderd', 'formulier_sleutel']);

export const gebiedVan = (tabel: string): string => GEBIEDEN[tabel] ?? 'Overig';

/** Counts per table, summed per area the user knows, in the order areas first appear; bookkeeping left out. */
export function perGebied(
  rijen: readonly { tabel: string; aantal: number }[],
): { gebied: string; aantal: number }[] {
  const som = new Map<string, number>();
  for (const r of rijen)
    if (!BOEKHOUDING.has(r.tabel)) som.set(gebiedVan(r.tabel), (som.get(gebiedVan(r.tabel)) ?? 0) + r.aantal);
  return [...som].map(([gebied, aantal]) => ({ gebied, aantal })).filter((g) => g.aantal > 0);
}

/** Which verb agrees with a count: "komt 1 wijziging", "komen 3 wijzigingen". */
const werkwoord = (n: number, enkel: string, meer: string) => (n === 1 ? enkel : meer);

/** The preview's opening sentence: what comes in, in a count that equals the table's rows. */
export function binnenkomendZin(totaal: number, conflicten: number): string {
  if (totaal === 0 && conflicten === 0) return 'Er komt niets nieuws binnen uit deze kopie.';
  const wat =
    totaal === 0
      ? `Uit deze kopie komen geen nieuwe wijzigingen binnen, maar ${werkwoord(conflicten, 'er is', 'er zijn')} ${meervoud(conflicten, 'conflict', 'conflicten')} om te kiezen.`
      : `Uit deze kopie ${werkwoord(totaal, 'komt', 'komen')} ${meervoud(totaal, 'wijziging', 'wijzigingen')} binnen.`;
  return `${wat} Er wordt niets opgeslagen voordat u op Samenvoegen klikt; vooraf wordt een reservekopie gemaakt.`;
}

/** Changes that lapse because what they change was deleted or erased, per area. */
export function vervallenZin(vervallen: readonly { gebied: string; aantal: number }[]): string {
  const n = vervallen.reduce((s, g) => s + g.aantal, 0);
  return `${meervoud(n, 'wijziging', 'wijzigingen')} ${werkwoord(n, 'vervalt', 'vervallen')}, omdat de gegevens in een van beide bestanden zijn verwijderd of gewist: ${vervallen.map((g) => `${g.gebied} (${g.aantal})`).join(', ')}.`;
}

/** The report's opening sentence: how much came in, and where and when the backup was taken. */
export function verslagZin(
  v: Pick<SamenvoegVerslag, 'aantal' | 'reservekopieMap' | 'reservekopieTijd'>,
): string {
  const overgenomen =
    v.aantal === 0
      ? 'Er zijn geen nieuwe wijzigingen overgenomen.'
      : `Er ${werkwoord(v.aantal, 'is', 'zijn')} ${meervoud(v.aantal, 'wijziging', 'wijzigingen')} overgenomen.`;
  return `${overgenomen} Vooraf is een reservekopie gemaakt (${v.reservekopieTijd}), in de verborgen map naast het werkgroepbestand: ${v.reservekopieMap}.`;
}
