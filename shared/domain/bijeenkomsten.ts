/**
 * Meetings of the werkgroep: attendees, a numbered agenda with notes, decisions numbered across
 * all meetings (the besluitenlijst) and action items (the actielijst).
 */

export const BIJEENKOMST_SOORTEN = [
  'werkgroep',
  'startbijeenkomst',
  'fysieke_overlegtafel',
  'terugkoppeling',
  'evaluatie',
] as const;
export type BijeenkomstSoort = (typeof BIJEENKOMST_SOORTEN)[number];
export const BIJEENKOMST_SOORT_LABEL: Record<BijeenkomstSoort, string> = {
  werkgroep: 'Werkgroep',
  startbijeenkomst: 'Startbijeenkomst',
  fysieke_overlegtafel: 'Fysieke Overlegtafel',
  terugkoppeling: 'Terugkoppeling',
  evaluatie: 'Evaluatie',
};

export const ACTIE_STATUSSEN = ['open', 'klaar', 'vervallen'] as const;
export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];
export const ACTIE_STATUS_LABEL: Record<ActieStatus, string> = {
  open: 'Open',
  klaar: 'Klaar',
  vervallen: 'Vervallen',
};

export interface Bijeenkomst {
  id: string;
  soort: BijeenkomstSoort;
  datum: string;
  /** "14:00", or null when not set. */
  tijd: string | null;
  plaats: string | null;
  aantalAgendapunten: number;
  aantalBesluiten: number;
}

export interface Aanwezige {
  id: string;
  naam: string;
  /** Organisation or role, e.g. "Gemeente Goes" or "secretaris". */
  rol: string | null;
  /** false: absent with notice (afgemeld). */
  aanwezig: boolean;
}

export interface Agendapunt {
  id: string;
  volgnummer: number;
  titel: string;
  notitie: string | null;
}

export interface Besluit {
  id: string;
  nummer: number;
  tekst: string;
  bijeenkomstId: string;
  bijeenkomstDatum: string;
  bijeenkomstSoort: BijeenkomstSoort;
  /** The planning activity it concerns, if any (its title, for showing it without the planning). */
  activiteitId: string | null;
  activiteitTitel: string | null;
}

export interface Actiepunt {
  id: string;
  omschrijving: string;
  eigenaar: string | null;
  deadline: string | null;
  status: ActieStatus;
  /** The meeting it came from, if any. */
  bijeenkomstId: string | null;
  bijeenkomstDatum: string | null;
  bijeenkomstSoort: BijeenkomstSoort | null;
  /** How often its deadline was moved later while it was open. */
  keerUitgesteld: number;
  /** The besluit it follows from, if any: this meeting's or an earlier one's. */
  besluitId: string | null;
  besluitNummer: number | null;
  /** The meeting of that besluit, so "bij besluit 12" can link to it. */
  besluitBijeenkomstId: string | null;
  /** The planning activity it concerns, if any. */
  activiteitId: string | null;
  activiteitTitel: string | null;
}

export interface BijeenkomstDetail extends Bijeenkomst {
  aanwezigen: Aanwezige[];
  agenda: Agendapunt[];
  besluiten: Besluit[];
  acties: Actiepunt[];
  /** The actions that follow from this meeting's besluiten, from whichever meeting they came. */
  actiesBijBesluiten: Actiepunt[];
}

/** What points at planning activities: the besluiten and actions that concern one. */
export interface PlanningVerwijzingen {
  besluiten: Besluit[];
  acties: Actiepunt[];
}

/** Overdue: still open and its deadline has passed (the deadline day itself is not overdue). */
export function isVerlopen(a: Pick<Actiepunt, 'status' | 'deadline'>, vandaag: string): boolean {
  return a.status === 'open' && a.deadline !== null && a.deadline < vandaag;
}

/**
 * Postponed: an open action with a deadline gets a later one. Setting a first deadline, or
 * moving one earlier, is not postponing; neither is a change that also closes the action.
 */
export function isUitstel(
  oud: Pick<Actiepunt, 'status' | 'deadline'>,
  nieuw: Pick<Actiepunt, 'status' | 'deadline'>,
): boolean {
  return (
    oud.status === 'open' &&
    nieuw.status === 'open' &&
    oud.deadline !== null &&
    nieuw.deadline !== null &&
    nieuw.deadline > oud.deadline
  );
}

/** Open actions first (overdue before the rest, then by deadline), then the closed ones. */
export function actielijstVolgorde(acties: readonly Actiepunt[], vandaag: string): Actiepunt[] {
  const rang = (a: Actiepunt) => (isVerlopen(a, vandaag) ? 0 : a.status === 'open' ? 1 : 2);
  return [...acties].sort(
    (a, b) =>
      rang(a) - rang(b) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      a.omschrijving.localeCompare(b.omschrijving, 'nl'),
  );
}

/**
 * The meeting the command line means, from the list newest first: the one on `datum`, or else
 * the next one from today, or else the most recent. Null when there is none to choose.
 */
export function kiesBijeenkomst<B extends Pick<Bijeenkomst, 'datum'>>(
  nieuwsteEerst: readonly B[],
  datum: string | undefined,
  vandaag: string,
): B | null {
  if (datum) return nieuwsteEerst.filter((b) => b.datum === datum).at(-1) ?? null;
  return (
    nieuwsteEerst.filter((b) => b.datum >= vandaag).at(-1) ??
    nieuwsteEerst.find((b) => b.datum < vandaag) ??
    null
  );
}
