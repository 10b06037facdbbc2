import type { DeelnameStatus } from '../../../../shared/domain/inventarisatie';
import type { RondeFase } from '../../../../shared/domain/inventarisatie-herinneren';
import { meervoud } from '../../../../shared/format/nl';

/** Badge colours per status: not yet answered stands out, discussed is done. */
export const STATUS_KLEUR: Record<DeelnameStatus, string> = {
  uitgezet: 'gray',
  ontvangen: 'tafel',
  besproken: 'indigo',
};

/** A concept round is still being prepared (gray); a round that went out is under way. */
export const FASE_KLEUR: Record<RondeFase, string> = { concept: 'yellow', uitgezet: 'tafel' };

/** "geantwoord: 1 van 3 organisaties", a phrase whose verb cannot disagree with the count. */
export const geantwoord = (binnen: number, totaal: number) =>
  `geantwoord: ${binnen} van ${meervoud(totaal, 'organisatie', 'organisaties')}`;

/** The shared plural helper (shared/format/nl.ts). */
export { meervoud };

/** "Inventarisatie SROI bij zorgaanbieders (versie 1)": how a template version is named everywhere. */
export const sjabloonLabel = (s: { naam: string; versie: number }) => `${s.naam} (versie ${s.versie})`;
