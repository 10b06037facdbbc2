import { formatDatum, meervoud, metSoort } from '../format/nl';
import {
  type Aanwezige,
  type Actiepunt,
  BIJEENKOMST_SOORT_LABEL,
  type Bijeenkomst,
  type BijeenkomstSoort,
  isVerlopen,
} from './bijeenkomsten';
import { type Activiteit, isTeLaat, type Mijlpaal, plusMaand } from './planning';

/**
 * "Voorbereiden": a proposed agenda for the next meeting, built from what happened since the
 * previous one. Pure, with the date passed in, so the rules are tested with a fixed clock;
 * `services/voorbereiden.ts` gathers the live data. Group news is counted, never named: the agenda goes out by
 * e-mail and must not carry a candidate.
 */

export interface GroepNieuws {
  naam: string;
  nieuweStappen: number;
  afgerondeStappen: number;
  uitstroom: number;
  ladderwijzigingen: number;
}

export interface WachtendeRonde {
  naam: string;
  deadline: string | null;
  uitstaand: number;
  totaal: number;
}

export interface VoorbereidingsGegevens {
  /** The last meeting held before the one being prepared; null for the first meeting. */
  vorige: Bijeenkomst | null;
  openActies: Actiepunt[];
  activiteiten: Activiteit[];
  mijlpalen: Mijlpaal[];
  groepen: GroepNieuws[];
  rondes: WachtendeRonde[];
}

/**
 * The meeting before the one on `datum` that has been held by `vandaag` (meetings newest first);
 * null for the first. "Since the last meeting" starts on its date.
 */
export function vorigeBijeenkomst<B extends Pick<Bijeenkomst, 'datum'>>(
  bijeenkomsten: readonly B[],
  datum: string,
  vandaag: string,
): B | null {
  return bijeenkomsten.find((b) => b.datum < datum && b.datum <= vandaag) ?? null;
}

/**
 * The meeting already planned: the first one after today (meetings newest first). Preparing "the
 * next meeting" prepares that one rather than proposing a second meeting beside it.
 */
export function geplandeBijeenkomst<B extends Pick<Bijeenkomst, 'datum'>>(
  bijeenkomsten: readonly B[],
  vandaag: string,
): B | null {
  return bijeenkomsten.filter((b) => b.datum > vandaag).at(-1) ?? null;
}

type MetAanwezigen = Pick<
  Bijeenkomst,
  'id' | 'soort' | 'datum' | 'tijd' | 'plaats' | 'aantalAgendapunten'
> & {
  aanwezigen: Pick<Aanwezige, 'naam' | 'rol'>[];
};

export interface VoorbereidingsStart {
  /** The planned meeting being prepared; null: preparing makes a new one. */
  geplandId: string | null;
  /** Agenda items the planned meeting already has (the prepared agenda replaces them). */
  bestaandeAgenda: number;
  soort: BijeenkomstSoort;
  datum: string;
  tijd: string | null;
  plaats: string | null;
  /** Invited from the previous meeting; empty when the planned one has its own or there is none. */
  aanwezigen: { naam: string; rol: string | null }[];
  /** The date of the meeting the attendees, time and place were carried over from. */
  overgenomenVan: string | null;
}

/**
 * Where preparing starts: the planned meeting as it is, or a new one on `nieuweDatum`; what it
 * does not say yet (time, place, who comes) is carried over from the last meeting held, because a
 * werkgroep mostly meets at the same hour and place with the same people.
 */
export function voorbereidingsStart(
  gepland: MetAanwezigen | null,
  vorige: MetAanwezigen | null,
  nieuweDatum: string,
): VoorbereidingsStart {
  const aanwezigen = gepland?.aanwezigen.length ? [] : (vorige?.aanwezigen ?? []);
  const tijd = gepland?.tijd ?? vorige?.tijd ?? null;
  const plaats = gepland?.plaats ?? vorige?.plaats ?? null;
  const neemtOver =
    aanwezigen.length > 0 || (!gepland?.tijd && vorige?.tijd) || (!gepland?.plaats && vorige?.plaats);
  return {
    geplandId: gepland?.id ?? null,
    bestaandeAgenda: gepland?.aantalAgendapunten ?? 0,
    soort: gepland?.soort ?? 'werkgroep',
    datum: gepland?.datum ?? nieuweDatum,
    tijd,
    plaats,
    aanwezigen: aanwezigen.map((a) => ({ naam: a.naam, rol: a.rol })),
    overgenomenVan: neemtOver ? (vorige?.datum ?? null) : null,
  };
}

export const VOORSTEL_BRONNEN = ['vast', 'acties', 'planning', 'groep', 'inventarisatie'] as const;
export type VoorstelBron = (typeof VOORSTEL_BRONNEN)[number];

export interface VoorgesteldPunt {
  titel: string;
  notitie: string | null;
  bron: VoorstelBron;
}

export interface AgendaVoorstel {
  /** Changes are counted from this date (the previous meeting's); null: from the beginning. */
  sinds: string | null;
  punten: VoorgesteldPunt[];
}

const maandNl = (maand: string) => {
  const [j, m] = maand.split('-');
  return `${m}-${j}`;
};

/**
 * The actielijst item is always on the agenda, even with nothing open: the werkgroep checks
 * its actions at every meeting, and "geen open acties" is an answer too.
 */
function actiePunt(acties: readonly Actiepunt[], vandaag: string): VoorgesteldPunt {
  if (acties.length === 0) return { titel: 'Actielijst', notitie: 'Geen open acties.', bron: 'acties' };
  const verlopen = acties.filter((a) => isVerlopen(a, vandaag));
  const regels = [...verlopen, ...acties.filter((a) => !isVerlopen(a, vandaag))].map((a) => {
    const wie = a.eigenaar ? ` (${a.eigenaar})` : '';
    const wanneer = a.deadline ? `, uiterlijk ${formatDatum(a.deadline)}` : '';
    const uitgesteld = a.keerUitgesteld ? `, ${a.keerUitgesteld}× uitgesteld` : '';
    return `${isVerlopen(a, vandaag) ? 'VERLOPEN: ' : ''}${a.omschrijving}${wie}${wanneer}${uitgesteld}`;
  });
  const kop = verlopen.length
    ? `${meervoud(acties.length, 'open actie', 'open acties')}, waarvan ${verlopen.length} verlopen`
    : meervoud(acties.length, 'open actie', 'open acties');
  return { titel: `Actielijst: ${kop}`, notitie: regels.join('\n'), bron: 'acties' };
}

function planningPunt(gegevens: VoorbereidingsGegevens, vandaag: string): VoorgesteldPunt | null {
  const nu = vandaag.slice(0, 7);
  const vanaf = (gegevens.vorige?.datum ?? vandaag).slice(0, 7);
  const teLaat = gegevens.activiteiten.filter((a) => isTeLaat(a, vandaag));
  // Due: ends between the previous meeting and next month, and not done yet.
  const loopAf = gegevens.activiteiten.filter(
    (a) =>
      a.status !== 'klaar' &&
      !isTeLaat(a, vandaag) &&
      a.eindMaand >= vanaf &&
      a.eindMaand <= plusMaand(nu, 1),
  );
  const startNu = gegevens.activiteiten.filter(
    (a) => a.status === 'gepland' && a.startMaand > vanaf && a.startMaand <= plusMaand(nu, 1),
  );
  const mijlpalen = gegevens.mijlpalen.filter(
    (m) => m.datum >= vandaag && m.datum.slice(0, 7) <= plusMaand(nu, 2),
  );
  const regels = [
    ...teLaat.map((a) => `TE LAAT: ${a.titel} (t/m ${maandNl(a.eindMaand)})`),
    ...loopAf.map((a) => `Loopt af: ${a.titel} (t/m ${maandNl(a.eindMaand)})`),
    ...startNu.map((a) => `Start: ${a.titel} (vanaf ${maandNl(a.startMaand)})`),
    ...mijlpalen.map((m) => `Mijlpaal: ${m.naam} (${formatDatum(m.datum)})`),
  ];
  if (regels.length === 0) return null;
  const titel = teLaat.length
    ? `Planning: ${meervoud(teLaat.length, 'activiteit', 'activiteiten')} te laat`
    : 'Planning: wat afloopt en wat start';
  return { titel, notitie: regels.join('\n'), bron: 'planning' };
}

function groepPunt(g: GroepNieuws): VoorgesteldPunt | null {
  const delen = [
    g.nieuweStappen && meervoud(g.nieuweStappen, 'nieuwe stap', 'nieuwe stappen'),
    g.afgerondeStappen && meervoud(g.afgerondeStappen, 'stap afgerond', 'stappen afgerond'),
    g.ladderwijzigingen && meervoud(g.ladderwijzigingen, 'nieuwe ladderscore', 'nieuwe ladderscores'),
    g.uitstroom && meervoud(g.uitstroom, 'uitstroom', 'uitstromen'),
  ].filter((d): d is string => Boolean(d));
  if (delen.length === 0) return null;
  return { titel: `${g.naam}: voortgang`, notitie: delen.join(', '), bron: 'groep' };
}

function rondePunt(r: WachtendeRonde, vandaag: string): VoorgesteldPunt | null {
  if (r.uitstaand === 0) return null;
  const deadline = r.deadline
    ? r.deadline < vandaag
      ? `; de uiterste datum (${formatDatum(r.deadline)}) is verstreken`
      : `; antwoord uiterlijk ${formatDatum(r.deadline)}`
    : '';
  return {
    titel: `${metSoort('Inventarisatie', r.naam)}: wacht op antwoorden`,
    notitie: `${r.uitstaand} van ${r.totaal} organisaties hebben nog niet geantwoord${deadline}.`,
    bron: 'inventarisatie',
  };
}

/** The proposed agenda: fixed opening and closing, and in between what the data asks for. */
export function stelAgendaVoor(gegevens: VoorbereidingsGegevens, vandaag: string): AgendaVoorstel {
  const vorige = gegevens.vorige;
  const punten: (VoorgesteldPunt | null)[] = [
    { titel: 'Opening en mededelingen', notitie: null, bron: 'vast' },
    vorige && {
      titel: 'Verslag en besluiten vorige bijeenkomst',
      notitie: `${BIJEENKOMST_SOORT_LABEL[vorige.soort]} van ${formatDatum(vorige.datum)}: ${meervoud(vorige.aantalBesluiten, 'besluit', 'besluiten')}.`,
      bron: 'vast',
    },
    actiePunt(gegevens.openActies, vandaag),
    planningPunt(gegevens, vandaag),
    ...gegevens.groepen.map(groepPunt),
    ...gegevens.rondes.map((r) => rondePunt(r, vandaag)),
    { titel: 'Rondvraag en sluiting', notitie: null, bron: 'vast' },
  ];
  return { sinds: vorige?.datum ?? null, punten: punten.filter((p): p is VoorgesteldPunt => Boolean(p)) };
}
