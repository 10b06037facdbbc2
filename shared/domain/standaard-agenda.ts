import type { Bijeenkomst, BijeenkomstSoort } from './bijeenkomsten';

/**
 * A standard agenda per kind of meeting: where a secretary starts when nothing is prepared yet.
 * Product text; group news is named by counts only, because an agenda goes out by e-mail.
 */

export interface StandaardPunt {
  titel: string;
  notitie: string | null;
}

const OPENING: StandaardPunt = { titel: 'Opening en mededelingen', notitie: null };
const SLUITING: StandaardPunt = { titel: 'Rondvraag en sluiting', notitie: null };

export const STANDAARD_AGENDA: Record<BijeenkomstSoort, readonly StandaardPunt[]> = {
  werkgroep: [
    OPENING,
    { titel: 'Verslag en actielijst vorige bijeenkomst', notitie: null },
    { titel: 'Voortgang van de groepen', notitie: 'Instroom, stappen en uitstroom, in aantallen.' },
    { titel: 'Planning en mijlpalen', notitie: null },
    SLUITING,
  ],
  startbijeenkomst: [
    { titel: 'Opening en kennismaking', notitie: null },
    {
      titel: 'Doel en aanpak van de werkgroep',
      notitie: 'Wat willen we bereiken, voor wie, en met welke partners?',
    },
    { titel: 'Rollen en afspraken', notitie: 'Wie zit voor, wie notuleert, en hoe vaak komen we bijeen?' },
    {
      titel: 'Inventarisatie bij de organisaties',
      notitie: 'Welke werkervaringsplaatsen en begeleiding kunnen de organisaties bieden?',
    },
    { titel: 'Planning van de eerste groep', notitie: null },
    SLUITING,
  ],
  fysieke_overlegtafel: [
    OPENING,
    { titel: 'Stand van zaken per groep', notitie: 'In aantallen; geen namen van kandidaten.' },
    { titel: 'Knelpunten', notitie: 'Wat de werkgroep niet zelf kan oplossen.' },
    { titel: 'Gevraagde besluiten', notitie: null },
    SLUITING,
  ],
  terugkoppeling: [
    OPENING,
    { titel: 'Resultaten van de groep', notitie: 'Instroom, voortgang op de ladder en uitstroom.' },
    { titel: 'Ervaringen van de organisaties', notitie: null },
    { titel: 'Lessen voor de volgende groep', notitie: null },
    SLUITING,
  ],
  evaluatie: [
    OPENING,
    { titel: 'Terugblik: wat ging goed, wat kan beter', notitie: null },
    { titel: 'Resultaten tegen de doelen', notitie: null },
    { titel: 'Verbeterpunten en wie ze oppakt', notitie: null },
    { titel: 'Hoe gaat de werkgroep verder?', notitie: null },
    SLUITING,
  ],
};

/** A werkgroep's known contacts: each organisation's contactpersoon, not yet on the list. */
export function bekendeContacten(
  organisaties: readonly { naam: string; contactpersoon: string | null }[],
  alGenoemd: readonly string[],
): { naam: string; rol: string }[] {
  const genoemd = new Set(alGenoemd.map((n) => n.trim().toLowerCase()));
  return organisaties
    .filter((o): o is { naam: string; contactpersoon: string } => Boolean(o.contactpersoon?.trim()))
    .map((o) => ({ naam: o.contactpersoon.trim(), rol: o.naam }))
    .filter((c) => !genoemd.has(c.naam.toLowerCase()))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

/**
 * The agenda "Vorige agenda kopiëren" takes (meetings newest first): the latest earlier meeting
 * with an agenda, of the same kind if there is one, since a startbijeenkomst is a poor model for
 * a werkgroep meeting.
 */
export function vorigeAgendaBron<
  B extends Pick<Bijeenkomst, 'id' | 'datum' | 'soort' | 'aantalAgendapunten'>,
>(bijeenkomsten: readonly B[], b: Pick<Bijeenkomst, 'id' | 'datum' | 'soort'>): B | null {
  const eerder = bijeenkomsten.filter((x) => x.id !== b.id && x.datum < b.datum && x.aantalAgendapunten > 0);
  return eerder.find((x) => x.soort === b.soort) ?? eerder[0] ?? null;
}

/** A title as it is compared for doubles: trimmed, case-insensitive, inner spaces as one. */
const vergelijkbaar = (titel: string) => titel.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-NL');

/**
 * The points of `erbij` whose title is not on the agenda yet (nor earlier in `erbij`): adding the
 * standard agenda (or the previous one) after the user typed "Rondvraag en sluiting" must not
 * put it there twice. Empty titles on the agenda match nothing.
 */
export function nogNietOpAgenda<P extends { titel: string }>(
  agenda: readonly { titel: string }[],
  erbij: readonly P[],
): P[] {
  const gezien = new Set(agenda.map((p) => vergelijkbaar(p.titel)).filter(Boolean));
  return erbij.filter((p) => {
    const sleutel = vergelijkbaar(p.titel);
    if (gezien.has(sleutel)) return false;
    gezien.add(sleutel);
    return true;
  });
}
