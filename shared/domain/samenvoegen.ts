/**
 * What the app shows of a merge (issue #20): the other copy's changes per area, the conflicts one by
 * one with both values, who and when, and a proposal; after the merge, what was chosen and what not.
 * The engine and its rules live in shared/domain/wijzigingen.ts and samenvoeg-regels.ts.
 */

export interface SamenvoegOptie {
  label: string;
  /** Who set this value, and when (field conflicts). */
  door?: string;
  tijd?: string;
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
  /** File name of the backup taken before the merge. */
  reservekopie: string;
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

export const gebiedVan = (tabel: string): string => GEBIEDEN[tabel] ?? 'Overig';

/** Counts per table, summed per area the user knows, in the order areas first appear. */
export function perGebied(
  rijen: readonly { tabel: string; aantal: number }[],
): { gebied: string; aantal: number }[] {
  const som = new Map<string, number>();
  for (const r of rijen) som.set(gebiedVan(r.tabel), (som.get(gebiedVan(r.tabel)) ?? 0) + r.aantal);
  return [...som].map(([gebied, aantal]) => ({ gebied, aantal })).filter((g) => g.aantal > 0);
}
