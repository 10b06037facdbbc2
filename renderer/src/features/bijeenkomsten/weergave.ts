import {
  type Besluit,
  BIJEENKOMST_SOORT_LABEL,
  type Bijeenkomst,
} from '../../../../shared/domain/bijeenkomsten';
import { formatDatum, kortAf } from '../../../../shared/format/nl';

/** "Werkgroep 12-11-2026": how a meeting is named in lists, headings and links. */
export const bijeenkomstNaam = (b: Pick<Bijeenkomst, 'soort' | 'datum'>) =>
  `${BIJEENKOMST_SOORT_LABEL[b.soort]} ${formatDatum(b.datum)}`;

/** "12-11-2026 om 14:00, Gemeentehuis Goes" */
export const wanneerEnWaar = (b: Pick<Bijeenkomst, 'datum' | 'tijd' | 'plaats'>) =>
  `${formatDatum(b.datum)}${b.tijd ? ` om ${b.tijd}` : ''}${b.plaats ? `, ${b.plaats}` : ''}`;

/** A date `dagen` after today, as ISO on the local calendar. */
export function overDagen(vandaag: string, dagen: number): string {
  const [j, m, d] = vandaag.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(j, m - 1, d + dagen));
  return dt.toISOString().slice(0, 10);
}

/** "Besluit 12: We werven bij werkgevers…", short enough for a choice list at 1024 pixels. */
export const besluitLabel = (b: Pick<Besluit, 'nummer' | 'tekst'>) =>
  `Besluit ${b.nummer}: ${kortAf(b.tekst, 48)}`;
