import type { OrganisatieSoort } from './organisaties';

/** One data row of an imported organisation list, checked but not yet saved. */
export interface ImportRij {
  /** Row number as Excel shows it, so the user can find the row. */
  rij: number;
  naam: string;
  soort: OrganisatieSoort | null;
  contactpersoon: string | null;
  email: string | null;
  telefoon: string | null;
  gemeenteIds: string[];
  /** Names of the recognised gemeenten, as the app spells them. */
  gemeenten: string[];
  /** 'bestaat_al' rows are skipped on import; they are not an error. */
  status: 'nieuw' | 'bestaat_al' | 'fout';
  /** Dutch messages, each starting with "Rij N:". */
  fouten: string[];
}

/** What an import would do, shown to the user before anything is saved. */
export interface ImportVoorbeeld {
  bestand: string;
  rijen: ImportRij[];
  nieuw: number;
  bestaatAl: number;
  fouten: number;
  /** Problems with the file as a whole, e.g. no "Naam" column. */
  algemeneFouten: string[];
}
