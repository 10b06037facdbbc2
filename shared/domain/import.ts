import type { FormulierenVoorbeeld } from './inventarisatie';
import type { Uitkering } from './kandidaten';
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

/** One data row of an imported candidate list (a gemeente's aanmelding), checked but not yet saved. */
export interface KandidaatImportRij {
  rij: number;
  /** The pseudonym to use; null = generate one on import. */
  code: string | null;
  initialen: string | null;
  gemeenteId: string | null;
  gemeente: string | null;
  uitkering: Uitkering | null;
  klantmanager: string | null;
  startdatum: string | null;
  /** 'bestaat_al': a candidate with this code is already in the file; skipped, not an error. */
  status: 'nieuw' | 'bestaat_al' | 'fout';
  fouten: string[];
}

/** What an import would do, shown to the user before anything is saved. */
export interface ImportVoorbeeld<R = ImportRij> {
  bestand: string;
  rijen: R[];
  nieuw: number;
  bestaatAl: number;
  fouten: number;
  /** Problems with the file as a whole, e.g. no "Naam" column. */
  algemeneFouten: string[];
}

/** Larger than any real list or form; stops a wrong file from filling memory (dialog or drop). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Files dropped at once: a round's returned forms, not a whole folder of anything. */
export const MAX_GESLEEPTE_BESTANDEN = 50;
/** All dropped files together: they cross to main in one message. */
export const MAX_GESLEEPT_TOTAAL = 50 * 1024 * 1024;

/**
 * What a dropped file turned out to be, with the preview the menu's own import shows: main
 * recognised it from the workbook's content, and holds the rows until the token is confirmed.
 */
export type GesleeptVoorbeeld =
  | { soort: 'organisaties'; voorbeeld: ImportVoorbeeld & { token: string } }
  | { soort: 'kandidaten'; voorbeeld: ImportVoorbeeld<KandidaatImportRij> & { token: string } }
  | { soort: 'formulieren'; voorbeeld: FormulierenVoorbeeld & { token: string } };
