import type { Bonus, Doelgroep } from './waardering';

/**
 * Candidates: people with a benefit on their way to (preferably paid) work. Personal data about
 * vulnerable people, so a generated pseudonymous code identifies them everywhere; a name is
 * optional and only shown when the user asks for it.
 */

export const KANDIDAAT_STATUSSEN = ['aangemeld', 'actief', 'uitgestroomd', 'gestopt'] as const;
export type KandidaatStatus = (typeof KANDIDAAT_STATUSSEN)[number];
export const KANDIDAAT_STATUS_LABEL: Record<KandidaatStatus, string> = {
  aangemeld: 'Aangemeld',
  actief: 'In traject',
  uitgestroomd: 'Uitgestroomd',
  gestopt: 'Gestopt',
};

/** The benefit a candidate has: the doelgroepen of the valuation table that describe a person. */
export const UITKERINGEN = [
  'participatiewet_kort',
  'participatiewet_lang',
  'ww',
  'wia_wao',
  'wajong',
  'doelgroepregister',
  'geen_uitkering',
] as const satisfies readonly Doelgroep[];
export type Uitkering = (typeof UITKERINGEN)[number];

/** Bonuses that belong to the person (a permanent contract belongs to a step). */
export const PERSOONLIJKE_BONUSSEN = [
  'vijftig_plus',
  'vijfenvijftig_plus',
  'statushouder',
] as const satisfies readonly Bonus[];
export type PersoonlijkeBonus = (typeof PERSOONLIJKE_BONUSSEN)[number];

export interface KandidaatGegevens {
  /** Optional full name; personal data, never in lists or exports unless asked for. */
  naam: string | null;
  initialen: string | null;
  gemeenteId: string | null;
  uitkering: Uitkering | null;
  klantmanager: string | null;
  /** The steady coach ("buddy"): a person at an organisation. */
  begeleiderNaam: string | null;
  begeleiderOrganisatieId: string | null;
  groepId: string | null;
  startdatum: string | null;
  status: KandidaatStatus;
  bonussen: PersoonlijkeBonus[];
  /** When the trajectory ended; the retention period counts from here. */
  einddatum: string | null;
}

export interface Kandidaat extends KandidaatGegevens {
  id: string;
  /** Generated pseudonym, e.g. "K-7RQM"; unique in the file. */
  code: string;
  gemeente: string | null;
  groep: string | null;
  begeleiderOrganisatie: string | null;
}

/** One row of the candidates list and the group page: who, where they are now, how they moved. */
export interface KandidaatRegel {
  id: string;
  code: string;
  /** Only filled when the caller asked for names. */
  naam: string | null;
  initialen: string | null;
  gemeente: string | null;
  groepId: string | null;
  groep: string | null;
  status: KandidaatStatus;
  startdatum: string | null;
  huidigeStap: string | null;
  huidigeStapOrganisatie: string | null;
  tredeStart: Trede | null;
  tredeNu: Trede | null;
  uitstroom: UitstroomSoort | null;
}

// ---------------------------------------------------------------------------------------------
// Persoonlijk plan
// ---------------------------------------------------------------------------------------------

export const BELEMMERING_SOORTEN = [
  'schulden',
  'medisch',
  'sociaal',
  'taal',
  'werkervaring',
  'werkritme',
  'vervoer',
  'scholing',
  'overig',
] as const;
export type BelemmeringSoort = (typeof BELEMMERING_SOORTEN)[number];
export const BELEMMERING_LABEL: Record<BelemmeringSoort, string> = {
  schulden: 'Schulden',
  medisch: 'Medisch / gezondheid',
  sociaal: 'Sociaal / gezin',
  taal: 'Taal',
  werkervaring: 'Geen werkervaring',
  werkritme: 'Werkritme',
  vervoer: 'Vervoer',
  scholing: 'Scholing',
  overig: 'Overig',
};
/** Barriers whose details are sensitive (health, money): left out of exports unless asked for. */
export const GEVOELIGE_BELEMMERINGEN: readonly BelemmeringSoort[] = ['schulden', 'medisch', 'sociaal'];

export const BELEMMERING_STATUSSEN = ['open', 'mee_bezig', 'opgelost'] as const;
export type BelemmeringStatus = (typeof BELEMMERING_STATUSSEN)[number];
export const BELEMMERING_STATUS_LABEL: Record<BelemmeringStatus, string> = {
  open: 'Open',
  mee_bezig: 'Wordt aan gewerkt',
  opgelost: 'Opgelost',
};

export interface Belemmering {
  soort: BelemmeringSoort;
  status: BelemmeringStatus;
  toelichting: string | null;
}

export interface PersoonlijkPlan {
  /** What the person wants: wishes and dreams. */
  wensen: string | null;
  /** The person's own voice, in their words. */
  eigenWoorden: string | null;
  belemmeringen: Belemmering[];
  /** What is possible despite the barriers. */
  mogelijkheden: string | null;
  vaardigheden: string | null;
  scholing: string | null;
  doel: string | null;
  tussenstappen: string | null;
  /** Whether a steady coach helps; null = not discussed yet. */
  vasteBegeleiderHelpt: boolean | null;
}

export const LEEG_PLAN: PersoonlijkPlan = {
  wensen: null,
  eigenWoorden: null,
  belemmeringen: [],
  mogelijkheden: null,
  vaardigheden: null,
  scholing: null,
  doel: null,
  tussenstappen: null,
  vasteBegeleiderHelpt: null,
};

// ---------------------------------------------------------------------------------------------
// Leerlijn
// ---------------------------------------------------------------------------------------------

export const STAP_STATUSSEN = ['gepland', 'lopend', 'afgerond', 'afgebroken'] as const;
export type StapStatus = (typeof STAP_STATUSSEN)[number];
export const STAP_STATUS_LABEL: Record<StapStatus, string> = {
  gepland: 'Gepland',
  lopend: 'Loopt',
  afgerond: 'Afgerond',
  afgebroken: 'Afgebroken',
};

/** Months a step of this menukaart code lasts when no planned end is given. */
export const STANDAARD_DUUR_MAANDEN: Record<string, number> = { werkervaringsplaats: 3 };

export interface StapGegevens {
  menukaartOptieId: string;
  organisatieId: string | null;
  geplandStart: string | null;
  geplandEind: string | null;
  start: string | null;
  eind: string | null;
  urenPerWeek: number | null;
  status: StapStatus;
  /** A permanent contract earns the vast_contract bonus on a betaalde baan. */
  vastContract: boolean;
  resultaat: string | null;
}

export interface Stap extends StapGegevens {
  id: string;
  kandidaatId: string;
  volgorde: number;
  optie: string;
  optieCode: string;
  organisatie: string | null;
  /** The SROI realisation this step produced, if any. */
  realisatieId: string | null;
  waardeCent: number | null;
  /** Why the step does (not yet) count as SROI, in Dutch. */
  sroiUitleg: string;
}

// ---------------------------------------------------------------------------------------------
// Participatieladder
// ---------------------------------------------------------------------------------------------

export const TREDEN = [1, 2, 3, 4, 5, 6] as const;
export type Trede = (typeof TREDEN)[number];
export const TREDE_LABEL: Record<Trede, string> = {
  1: 'Geïsoleerd',
  2: 'Sociale contacten buiten de deur',
  3: 'Deelname aan georganiseerde activiteiten',
  4: 'Onbetaald werk',
  5: 'Betaald werk met ondersteuning',
  6: 'Betaald werk',
};

export interface Ladermeting {
  id: string;
  datum: string;
  trede: Trede;
  toelichting: string | null;
}

/** Movement on the ladder: from the first measurement (nulmeting) to the latest. */
export interface LadderBeweging {
  start: Trede | null;
  nu: Trede | null;
  /** nu − start; null with fewer than two measurements. */
  verschil: number | null;
}

export function ladderBeweging(metingen: readonly { datum: string; trede: Trede }[]): LadderBeweging {
  if (metingen.length === 0) return { start: null, nu: null, verschil: null };
  const op = [...metingen].sort((a, b) => a.datum.localeCompare(b.datum));
  const start = op[0]?.trede ?? null;
  const nu = op[op.length - 1]?.trede ?? null;
  return { start, nu, verschil: op.length > 1 && start !== null && nu !== null ? nu - start : null };
}

// ---------------------------------------------------------------------------------------------
// Uitstroom en terugval
// ---------------------------------------------------------------------------------------------

export const UITSTROOM_SOORTEN = [
  'regulier_werk',
  'beschut_werk',
  'banenafspraak',
  'loonkostensubsidie',
  'opleiding',
  'vrijwilligerswerk',
  'dagbesteding',
  'uitgevallen',
  'verhuisd',
] as const;
export type UitstroomSoort = (typeof UITSTROOM_SOORTEN)[number];
export const UITSTROOM_LABEL: Record<UitstroomSoort, string> = {
  regulier_werk: 'Regulier werk',
  beschut_werk: 'Beschut werk',
  banenafspraak: 'Baan via de banenafspraak',
  loonkostensubsidie: 'Werk met loonkostensubsidie',
  opleiding: 'BBL / opleiding',
  vrijwilligerswerk: 'Vrijwilligerswerk',
  dagbesteding: 'Terug naar dagbesteding',
  uitgevallen: 'Uitgevallen',
  verhuisd: 'Verhuisd',
};
/** Outcomes that end the trajectory without a next place: the candidate's status becomes "gestopt". */
export const UITSTROOM_ZONDER_PLEK: readonly UitstroomSoort[] = ['uitgevallen', 'verhuisd'];

/** A follow-up check: still at work after 6 / 12 months; null = not checked yet. */
export type Nameting = boolean | null;

export interface Uitstroom {
  id: string;
  soort: UitstroomSoort;
  datum: string;
  toelichting: string | null;
  na6Maanden: Nameting;
  na12Maanden: Nameting;
}

/** A fallback is an event in the history, never a deletion of what came before. */
export interface Terugval {
  id: string;
  datum: string;
  reden: string;
  volgendeStap: string | null;
}

/** Everything about one candidate, for the candidate page. */
export interface KandidaatDossier {
  /** Name and initials are null unless asked for (`metNamen`); see `naamVerborgen`. */
  kandidaat: Kandidaat;
  /** A name or initials are stored but were left out of this answer. */
  naamVerborgen: boolean;
  plan: PersoonlijkPlan;
  stappen: Stap[];
  metingen: Ladermeting[];
  beweging: LadderBeweging;
  uitstroom: Uitstroom[];
  terugval: Terugval[];
}

// ---------------------------------------------------------------------------------------------
// Groepen
// ---------------------------------------------------------------------------------------------

export interface GroepGegevens {
  naam: string;
  startdatum: string | null;
  /** When the group's progress is reported back (terugkoppeling). */
  terugkoppeldatum: string | null;
  organisatieIds: string[];
}

export interface Groep extends GroepGegevens {
  id: string;
  organisaties: string[];
  kandidaten: number;
}

export interface GroepOverzicht {
  groep: Groep;
  kandidaten: KandidaatRegel[];
}

/** The werkgroep's norm: a group takes on five or six candidates at a time. */
export const GROEPSGROOTTE = { min: 5, max: 6 } as const;

/**
 * What to say when placing `erbij` more candidates in a group of `nu`: a warning above the norm
 * (allowed, the werkgroep decides), a hint below it, nothing when it fits.
 */
export function groepsgrootteMelding(
  nu: number,
  erbij: number,
): { soort: 'te_groot' | 'klein'; tekst: string } | null {
  const straks = nu + erbij;
  if (straks > GROEPSGROOTTE.max)
    return {
      soort: 'te_groot',
      tekst: `De groep krijgt dan ${straks} kandidaten; de afspraak is ${GROEPSGROOTTE.min} à ${GROEPSGROOTTE.max} per groep.`,
    };
  if (erbij > 0 && straks < GROEPSGROOTTE.min)
    return {
      soort: 'klein',
      tekst: `De groep krijgt dan ${straks} kandida${straks === 1 ? 'at' : 'ten'}; de afspraak is ${GROEPSGROOTTE.min} à ${GROEPSGROOTTE.max} per groep.`,
    };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Bewaartermijn
// ---------------------------------------------------------------------------------------------

export const STANDAARD_BEWAARTERMIJN_MAANDEN = 24;

export interface BewaarOverzicht {
  maanden: number;
  /**
   * Candidates past the retention period: a trajectory that ended longer ago (`afgerond`, from its
   * end date), or a registration that never started and was not touched since (`nooit_gestart`).
   */
  verlopen: { id: string; code: string; sinds: string; reden: 'afgerond' | 'nooit_gestart' }[];
}

/** The ISO date `maanden` months after `datum`, clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function plusMaanden(datum: string, maanden: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  const doel = new Date(Date.UTC(j, m - 1 + maanden, 1));
  const laatste = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(d, laatste));
  return doel.toISOString().slice(0, 10);
}
