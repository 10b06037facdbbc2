import type { Waarderingswijze } from './menukaart';
import type { Bonus, Doelgroep, Waarderingstabel } from './waardering';

/**
 * A realised SROI effort: a placement or hours of activity, credited to the provider that delivered
 * it and (through a contract, or naar rato of its obligations) to gemeenten. The value is fixed when
 * the realisation is saved, with the table version and an explanation, so a later table change does
 * not rewrite what was reported.
 *
 * RealisatieGegevens is what is stored of it apart from its value: the input it is valued from.
 */
export interface RealisatieGegevens {
  opdrachtnemerId: string;
  contractId: string | null;
  menukaartOptieId: string;
  datum: string;
  omschrijving: string;
  doelgroep: Doelgroep | null;
  urenPerWeek: number | null;
  maanden: number | null;
  bonussen: Bonus[];
  uren: number | null;
}

export interface Realisatie extends RealisatieGegevens {
  id: string;
  opdrachtnemer: string;
  contract: string | null;
  optie: string;
  waardering: Waarderingswijze;
  waardeCent: number;
  waarderingstabelId: string | null;
  /** "Naam (versie n)" of the table used, or null when none applied. */
  tabel: string | null;
  uitleg: string;
  bron: 'direct' | 'leerlijn';
}

/** A valuation table as stored in a werkgroep file. */
export interface OpgeslagenTabel extends Waarderingstabel {
  id: string;
  /** The table new realisations are valued with. */
  actief: boolean;
  /** How many realisations were valued with this version. */
  realisaties: number;
}

export interface Waarderingsinstellingen {
  tabellen: OpgeslagenTabel[];
  actiefId: string | null;
}
