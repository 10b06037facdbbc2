/** Organisation types and their Dutch labels, in the order the app lists them. */
export const ORGANISATIE_SOORTEN = [
  'gemeente',
  'zorgaanbieder',
  'werkbedrijf',
  'uwv',
  'onderwijs',
  'werkgever',
  'vrijwilligersorganisatie',
  'overig',
] as const;

export type OrganisatieSoort = (typeof ORGANISATIE_SOORTEN)[number];

export const SOORT_LABEL: Record<OrganisatieSoort, string> = {
  gemeente: 'Gemeente',
  zorgaanbieder: 'Zorgaanbieder',
  werkbedrijf: 'Werkbedrijf / SW-bedrijf',
  uwv: 'UWV',
  onderwijs: 'Onderwijs',
  werkgever: 'Werkgever',
  vrijwilligersorganisatie: 'Vrijwilligersorganisatie',
  overig: 'Overig',
};

export interface Organisatie {
  id: string;
  naam: string;
  soort: OrganisatieSoort;
  contactpersoon: string | null;
  email: string | null;
  telefoon: string | null;
  /** Gemeenten where the organisation works (ids of organisations of soort gemeente). */
  gemeenteIds: string[];
  /** Names of those gemeenten, for display. */
  werkgebied: string[];
  /** Capacity measures used to share effort "naar rato": yearly contract turnover (cents) and/or FTE. */
  jaaromzetCent: number | null;
  fte: number | null;
  gearchiveerdOp: string | null;
}
