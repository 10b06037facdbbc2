import { formatDatum } from '../format/nl';
import {
  type Aanwezige,
  type Actiepunt,
  type Agendapunt,
  actielijstVolgorde,
  type Besluit,
  BIJEENKOMST_SOORT_LABEL,
  type BijeenkomstDetail,
} from './bijeenkomsten';

/** What the vergaderstukken of one meeting are made from, whatever the file format. */
export interface Vergaderstukken {
  bijeenkomst: BijeenkomstDetail;
  /** Every action; the pieces keep the open ones and this meeting's own. */
  acties: Actiepunt[];
  /** Every decision; the pieces keep those up to and including this meeting. */
  besluiten: Besluit[];
}

/** The selection both the Excel workbook and the Word document show, so they never disagree. */
export interface VergaderstukkenInhoud {
  bijeenkomst: BijeenkomstDetail;
  /** "Werkgroep 12-11-2026 om 14:00, Gemeentehuis Goes" */
  omschrijving: string;
  agenda: Agendapunt[];
  aanwezig: Aanwezige[];
  afgemeld: Aanwezige[];
  /** Open actions and this meeting's own, overdue first (see actielijstVolgorde). */
  acties: Actiepunt[];
  besluiten: Besluit[];
  /** Per besluit, every action that follows from it (done ones too: the besluitenlijst is a history). */
  besluitActies: Map<string, Actiepunt[]>;
}

export const bijeenkomstOmschrijving = (b: BijeenkomstDetail) =>
  `${BIJEENKOMST_SOORT_LABEL[b.soort]} ${formatDatum(b.datum)}${b.tijd ? ` om ${b.tijd}` : ''}${b.plaats ? `, ${b.plaats}` : ''}`;

export const aanwezigeNaam = (a: Aanwezige) => (a.rol ? `${a.naam} (${a.rol})` : a.naam);

/** "Werkgevers bellen (Fenna, uiterlijk 01-12-2026)": an action in a besluitenlijst, with who and by when. */
export function actieRegel(a: Pick<Actiepunt, 'omschrijving' | 'eigenaar' | 'deadline'>): string {
  const wie = [a.eigenaar, a.deadline && `uiterlijk ${formatDatum(a.deadline)}`].filter(Boolean).join(', ');
  return wie ? `${a.omschrijving} (${wie})` : a.omschrijving;
}

/** The actions that follow from each besluit, by besluit id: the chain besluit → actie of the besluitenlijst. */
export function actiesPerBesluit(acties: readonly Actiepunt[]): Map<string, Actiepunt[]> {
  const per = new Map<string, Actiepunt[]>();
  for (const a of acties) if (a.besluitId) per.set(a.besluitId, [...(per.get(a.besluitId) ?? []), a]);
  return per;
}

export function vergaderstukkenInhoud(s: Vergaderstukken, vandaag: string): VergaderstukkenInhoud {
  const b = s.bijeenkomst;
  return {
    bijeenkomst: b,
    omschrijving: bijeenkomstOmschrijving(b),
    agenda: b.agenda,
    aanwezig: b.aanwezigen.filter((a) => a.aanwezig),
    afgemeld: b.aanwezigen.filter((a) => !a.aanwezig),
    acties: actielijstVolgorde(
      s.acties.filter((a) => a.status === 'open' || a.bijeenkomstId === b.id),
      vandaag,
    ),
    besluiten: s.besluiten.filter((x) => x.bijeenkomstDatum <= b.datum),
    besluitActies: actiesPerBesluit(s.acties),
  };
}
