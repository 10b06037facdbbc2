/**
 * The menukaart: the forms of Social Return a provider can offer. Stored per werkgroep as editable
 * data; the codes are stable keys that leerlijn steps, inventarisatie answers and capacity use.
 */

/** How an option is valued: as a placement (doelgroep × hours × months), by the hour, or not at all. */
export const WAARDERINGSWIJZEN = ['plaatsing', 'uren', 'geen'] as const;
export type Waarderingswijze = (typeof WAARDERINGSWIJZEN)[number];

export const WAARDERINGSWIJZE_LABEL: Record<Waarderingswijze, string> = {
  plaatsing: 'Als plaatsing (doelgroep, uren per week, maanden)',
  uren: 'Per uur (uurtarief)',
  geen: 'Telt niet als SROI',
};

export interface MenukaartOptie {
  id: string;
  code: string;
  naam: string;
  omschrijving: string | null;
  waardering: Waarderingswijze;
  volgorde: number;
  gearchiveerdOp: string | null;
}

/** The options a new file starts with, in the project's own words: code, naam, omschrijving, waardering. */
const STANDAARD: readonly [string, string, string, Waarderingswijze][] = [
  ['intake', 'Intake en screening', 'Kennismaken, mogelijkheden en belemmeringen in kaart brengen.', 'uren'],
  ['begeleider', 'Persoonlijk begeleider', 'Een vaste coach of buddy die de kandidaat op weg helpt.', 'uren'],
  [
    'werkervaringsplaats',
    'Werkervaringsplaats',
    'Meedraaien op de werkvloer met begeleiding, meestal drie maanden.',
    'plaatsing',
  ],
  ['bbl', 'BBL-plaats', 'Leren en werken tegelijk, met een opleiding op mbo-niveau.', 'plaatsing'],
  ['betaalde_baan', 'Betaalde baan', 'Een arbeidscontract, eventueel met loonkostensubsidie.', 'plaatsing'],
  [
    'project',
    'Aanvullend project',
    'Een project voor de groep, zoals een training of een werkplaats.',
    'uren',
  ],
  [
    'zorg',
    'Zorg voor de kandidaat',
    'Hulp bij wat werk in de weg staat, zoals schulden of gezondheid.',
    'uren',
  ],
  ['training', 'Training of certificaat', 'Een cursus die een erkend bewijs oplevert.', 'uren'],
  [
    'proefplaatsing',
    'Proefplaatsing',
    'Een korte proef bij een werkgever, met behoud van uitkering.',
    'plaatsing',
  ],
  ['vrijwilligerswerk', 'Vrijwilligerswerk', 'Ritme en ervaring opdoen zonder contract.', 'geen'],
  ['dagbesteding', 'Dagbesteding', 'Een zinvolle dag als opstap; geen SROI-prestatie.', 'geen'],
];

export const STANDAARD_MENUKAART: readonly Omit<MenukaartOptie, 'id' | 'gearchiveerdOp'>[] = STANDAARD.map(
  ([code, naam, omschrijving, waardering], i) => ({ code, naam, omschrijving, waardering, volgorde: i + 1 }),
);
