import type { Doelgroep } from '../../../../shared/domain/waardering';
import { DOELGROEP_LABEL } from '../../../../shared/domain/waardering';
import { formatBedrag, formatDatum, formatGetal } from '../../../../shared/format/nl';
import { ditJaar } from '../../../../shared/klok';

/** Whole-euro amounts read faster on a calendar; cents stay in the export. */
export const euro = (cent: number) => formatBedrag(cent).replace(/,00$/, '');

/** The shared plural helper (shared/format/nl.ts). */
export { meervoud } from '../../../../shared/format/nl';

/** The board opens on the current calendar year: the period most werkgroepen plan in. */
export function ditKalenderjaar(): { van: string; tot: string } {
  const jaar = ditJaar();
  return { van: `${jaar}-01-01`, tot: `${jaar}-12-31` };
}

/** "2027-K1" → "1e kwartaal 2027". */
export function kwartaalLabel(kwartaal: string): string {
  const [jaar, k] = kwartaal.split('-K');
  return `${k}e kwartaal ${jaar}`;
}

/** A step's period as people read it; open ends are said, not left blank. */
export function stapPeriode(van: string | null, tot: string | null): string {
  if (!van && !tot) return 'nog niet gepland';
  if (!tot) return `vanaf ${formatDatum(van)}`;
  if (!van) return `tot ${formatDatum(tot)}`;
  return `${formatDatum(van)} t/m ${formatDatum(tot)}`;
}

// The two Participatiewet groups differ only after the comma; keep that part, short, in a table cell.
const kortLabel = (d: Doelgroep) =>
  DOELGROEP_LABEL[d]
    .replace(', korter dan 2 jaar', ' < 2 jaar')
    .replace(', 2 jaar of langer', ' ≥ 2 jaar')
    .replace(' / banenafspraak', '');

/** "WW 4,2 · Wajong 3,1": person-years per doelgroep in one line. */
export function persoonjarenTekst(p: readonly { doelgroep: Doelgroep; jaren: number }[]): string {
  return p.map((x) => `${kortLabel(x.doelgroep)} ${formatGetal(x.jaren)}`).join(' · ');
}
