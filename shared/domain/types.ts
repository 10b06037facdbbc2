/** Domain types shared by main, renderer and command line. Dates are ISO text, money integer cents. */

export interface Werkgroep {
  naam: string;
  regio: string;
  bijgewerktOp: string;
}

export type SaveState = 'opgeslagen' | 'opslaan' | 'fout';

export interface DocumentInfo {
  /** File name shown in the title bar, e.g. "Werkgroep SROI.tafelwerk". */
  bestandsnaam: string;
  /** Folder, shown so the user knows where the work lives. Never sent back by the renderer. */
  map: string;
  werkgroepNaam: string;
  opslagstatus: SaveState;
  laatstOpgeslagenOp: string | null;
  opslagfout: string | null;
  /** The last save was refused: someone else changed the file on disk meanwhile. */
  gewijzigdOpSchijf: boolean;
  /** Protected with a passphrase (encrypted on disk). */
  beveiligd: boolean;
  /** Opened read-only beside someone else's lock: nothing is saved (see WerkgroepFile). */
  alleenLezen: boolean;
  /** A copy for a werkgroep member, made without personal data (every screen says so). */
  zonderPersoonsgegevens: boolean;
  schemaversie: number;
}

export interface RecentFile {
  /** Opaque id; the renderer opens a recent file by id, never by path. */
  id: string;
  bestandsnaam: string;
  map: string;
  geopendOp: string;
  bestaat: boolean;
}

export interface Gebruikersinstellingen {
  gebruikersnaam: string;
  /** Lock the open file after this many idle minutes; 0 = never. */
  vergrendelNaMinuten: number;
}

export interface StartState {
  document: DocumentInfo | null;
  recent: RecentFile[];
  instellingen: Gebruikersinstellingen;
  /** A Dutch message to show once, e.g. that a backup was opened because the file was damaged. */
  melding: string | null;
  /** The name of a protected file waiting for its passphrase (the last file, or a locked one). */
  vergrendeld: string | null;
  /** How far main's clock is shifted from the computer's (0 in use; tests run at fixed dates). */
  klokVerschuivingMs: number;
}

export interface OpenResult {
  document: DocumentInfo;
  melding: string | null;
  /** Opened with the recovery code: the user must now choose a new passphrase. */
  viaHerstelcode?: boolean;
}

/** Counts per kind of record: the `tafelwerk info` output and the dashboard's first figures. */
export interface Tellingen {
  organisaties: number;
  gemeenten: number;
  contracten: number;
  groepen: number;
  kandidaten: number;
  planningactiviteiten: number;
  bijeenkomsten: number;
  besluiten: number;
  actiepunten: number;
  openActiepunten: number;
}

export interface BestandsInfo {
  schemaversie: number;
  appSchemaversie: number;
  werkgroep: Werkgroep;
  tellingen: Tellingen;
}
