import type { Organisatie } from '../../../../shared/domain/organisaties';
import { formatBedrag } from '../../../../shared/format/nl';

/** "€ 1.250.000 · 12 fte": the capacity measures an organisation has, for lists and its page. */
export function capaciteit(o: Pick<Organisatie, 'jaaromzetCent' | 'fte'>): string {
  const delen = [];
  if (o.jaaromzetCent !== null) delen.push(formatBedrag(o.jaaromzetCent).replace(/,00$/, ''));
  if (o.fte !== null) delen.push(`${o.fte.toLocaleString('nl-NL')} fte`);
  return delen.join(' · ');
}

/** The werkgebied in a line; the whole region named as such rather than listed. */
export const werkgebiedTekst = (o: Pick<Organisatie, 'werkgebied'>) =>
  o.werkgebied.length === 7 ? 'hele regio (7 gemeenten)' : o.werkgebied.join(', ');
