import type { Bijeenkomst } from './bijeenkomsten';
import type { KandidaatStatus } from './kandidaten';

/**
 * Monitoring: the key figures of the werkgroep for a period (and optionally one group), the
 * lessons log, and evaluations that freeze the figures when they go to the FO. Figures are
 * aggregates only: no code, name or free text of a candidate ever appears in them.
 */

export interface Periode {
  van: string;
  tot: string;
}

/** Outcomes grouped the way the published cases report them (paid work, development, …). */
export const UITSTROOM_CATEGORIEEN = [
  'betaald_werk',
  'opleiding',
  'vrijwilligerswerk',
  'dagbesteding',
  'uitgevallen',
  'onbekend',
  'in_traject',
] as const;
export type UitstroomCategorie = (typeof UITSTROOM_CATEGORIEEN)[number];
export const UITSTROOM_CATEGORIE_LABEL: Record<UitstroomCategorie, string> = {
  betaald_werk: '(Begeleiding naar) betaald werk',
  opleiding: 'Opleiding of BBL',
  vrijwilligerswerk: 'Vrijwilligerswerk',
  dagbesteding: 'Terug naar dagbesteding',
  uitgevallen: 'Uitgevallen of verhuisd',
  onbekend: 'Uitgestroomd, uitkomst niet vastgelegd',
  in_traject: 'Nog in traject',
};

export interface UitstroomRegel {
  categorie: UitstroomCategorie;
  aantal: number;
  /** Share of the candidates in scope, 0..1; null when there are none. */
  aandeel: number | null;
  /**
   * The share as a whole percentage, rounded so the rows add up to 100 (shown everywhere).
   * Evaluations frozen before it existed get it filled from their counts when read.
   */
  procent: number | null;
}

/**
 * The rows a table or chart shows: "uitkomst niet vastgelegd" only when someone is in it (a status
 * set by hand without an outcome), so the usual table stays the one the published cases use.
 */
export const getoondeUitstroom = (rijen: readonly UitstroomRegel[]): UitstroomRegel[] =>
  rijen.filter((r) => r.categorie !== 'onbekend' || r.aantal > 0);

export interface TredeGroep {
  groep: string;
  /** Candidates of the group with at least one measurement. */
  kandidaten: number;
  /** Average first rung and average latest rung (up to the end of the period). */
  start: number | null;
  nu: number | null;
}

export interface SroiStaaf {
  naam: string;
  verplichtingCent: number;
  gerealiseerdCent: number;
}

export interface MaandTelling {
  maand: string;
  /** Candidates whose trajectory ran in that month. */
  actief: number;
  /** Candidates in paid work at the end of the month (a fallback takes one off again). */
  betaaldWerk: number;
}

export interface Kerncijfers {
  periode: Periode;
  /** The group the figures are limited to, or null for the whole werkgroep. */
  groep: { id: string; naam: string } | null;
  kandidaten: { totaal: number; perStatus: Record<KandidaatStatus, number> };
  uitstroom: UitstroomRegel[];
  ladder: {
    /** Average of (latest − first rung) over candidates with two or more measurements. */
    gemiddeldeStijging: number | null;
    /** Candidates with two or more measurements. */
    gemeten: number;
    gestegen: number;
    gedaald: number;
    perGroep: TredeGroep[];
  };
  /**
   * Days from the start of the trajectory to the first paid step or paid outcome, over the
   * candidates in the paid-work outcome row: `aantal` of them, plus `zonderStart` whose start date
   * is not known (together the row's count).
   */
  tijdTotBetaaldWerk: { mediaanDagen: number | null; aantal: number; zonderStart: number };
  sroi: {
    verplichtingCent: number;
    gerealiseerdCent: number;
    perAanbieder: SroiStaaf[];
    perGemeente: SroiStaaf[];
  };
  /** An estimate, always labelled as such: months out of benefit × a monthly amount. */
  besparing: { maandenUitUitkering: number; bedragPerMaandCent: number; schattingCent: number };
  perMaand: MaandTelling[];
}

export interface Dashboard extends Kerncijfers {
  inventarisatie: { ronde: string; ontvangen: number; totaal: number } | null;
  acties: { open: number; verlopen: number };
  volgendeBijeenkomst: Bijeenkomst | null;
}

export const LES_SOORTEN = ['werkt', 'lopen_we_tegenaan', 'geeft_energie', 'levert_op'] as const;
export type LesSoort = (typeof LES_SOORTEN)[number];
export const LES_SOORT_LABEL: Record<LesSoort, string> = {
  werkt: 'Werkt',
  lopen_we_tegenaan: 'Lopen we tegenaan',
  geeft_energie: 'Geeft energie',
  levert_op: 'Levert op',
};

export interface Les {
  id: string;
  /** null: a lesson for the werkgroep as a whole. */
  groepId: string | null;
  groepNaam: string | null;
  soort: LesSoort;
  datum: string;
  /** The user name from the settings of whoever wrote it. */
  auteur: string;
  tekst: string;
}

export const EVALUATIE_STATUSSEN = ['concept', 'verzonden'] as const;
export type EvaluatieStatus = (typeof EVALUATIE_STATUSSEN)[number];

export interface EvaluatieRegel {
  id: string;
  titel: string;
  periode: Periode;
  groepNaam: string | null;
  status: EvaluatieStatus;
  /** When it was sent to the FO; from then on it cannot change. */
  verzondenOp: string | null;
}

export interface Evaluatie extends EvaluatieRegel {
  groepId: string | null;
  /** When the figures were frozen (taken or refreshed). */
  vastgelegdOp: string;
  cijfers: Kerncijfers;
  /** The lessons of the period (and group), frozen with the figures. */
  lessen: Les[];
  conclusies: string | null;
  voorstellen: string | null;
}

/** What an evaluation freezes as JSON: the figures and the lessons of its period (and group). */
export interface EvaluatieMomentopname {
  cijfers: Kerncijfers;
  lessen: Les[];
}

/** Progress of a long export, polled by the screen. */
export interface Voortgang {
  stap: string;
  gedaan: number;
  totaal: number;
  /** Set when the file is written. */
  pad: string | null;
  /** A Dutch message when it failed; nothing was written then. */
  fout: string | null;
}
