/**
 * The "Aan de slag" checklist of a new werkgroep: the first things to set up, in the order they
 * build on each other. Each step ticks itself from what the file holds, so the list never asks
 * for a step that is done, and it needs no bookkeeping of its own.
 */

/** What the file holds, counted; gemeenten are left out of organisaties (a region preset adds them). */
export interface AanDeSlagFeiten {
  organisatiesBuitenGemeenten: number;
  waarderingstabelGekozen: boolean;
  inventarisatierondes: number;
  kandidaten: number;
  groepen: number;
  planningactiviteiten: number;
  bijeenkomsten: number;
}

export type AanDeSlagSleutel =
  | 'organisaties'
  | 'waarderingstabel'
  | 'inventarisatie'
  | 'kandidaten'
  | 'groep'
  | 'planning'
  | 'bijeenkomst';

export interface AanDeSlagStap {
  sleutel: AanDeSlagSleutel;
  titel: string;
  uitleg: string;
  /** The app path where the step is done (without `#/`). */
  pad: string;
  klaar: boolean;
}

export interface AanDeSlag {
  stappen: AanDeSlagStap[];
  /** This user hid the list for this werkgroep. */
  verborgen: boolean;
}

/** Each step: its key, title, explanation, page, and the fact that shows it done (a count above 0, or true). */
const STAPPEN: readonly [AanDeSlagSleutel, string, string, string, keyof AanDeSlagFeiten][] = [
  [
    'organisaties',
    'Partnerorganisaties toevoegen',
    'Werkgevers, opleiders en andere partners waarmee de werkgroep werkt.',
    'organisaties',
    'organisatiesBuitenGemeenten',
  ],
  [
    'waarderingstabel',
    'Een waarderingstabel kiezen',
    'Nodig om de SROI-waarde van leerlijnstappen en realisaties te berekenen.',
    'sroi/waardering',
    'waarderingstabelGekozen',
  ],
  [
    'inventarisatie',
    'Een inventarisatieronde starten',
    'Vraag de organisaties welke plekken en opleidingen zij kunnen bieden.',
    'inventarisatie',
    'inventarisatierondes',
  ],
  [
    'kandidaten',
    'De eerste kandidaten aanmelden',
    'De mensen die de werkgroep naar werk wil begeleiden.',
    'kandidaten',
    'kandidaten',
  ],
  ['groep', 'Een groep vormen', 'Kandidaten die samen een leerlijn volgen.', 'groepen', 'groepen'],
  [
    'planning',
    'De planning opzetten',
    'Fasen en activiteiten van het jaar, eventueel uit een sjabloon.',
    'planning',
    'planningactiviteiten',
  ],
  [
    'bijeenkomst',
    'De eerste bijeenkomst plannen',
    'Met agenda, aanwezigen en later de besluiten en actiepunten.',
    'bijeenkomsten',
    'bijeenkomsten',
  ],
];

/** The checklist's steps, in order, each ticked from the facts. */
export function aanDeSlagStappen(feiten: AanDeSlagFeiten): AanDeSlagStap[] {
  return STAPPEN.map(([sleutel, titel, uitleg, pad, feit]) => ({
    sleutel,
    titel,
    uitleg,
    pad,
    klaar: Number(feiten[feit]) > 0,
  }));
}

/** The list is worth showing while a step is open and the user has not hidden it. */
export function aanDeSlagTonen(lijst: AanDeSlag): boolean {
  return !lijst.verborgen && lijst.stappen.some((s) => !s.klaar);
}
