import type { DeelnameStatus } from '../../../../shared/domain/inventarisatie';

/** Badge colours per status: not yet answered stands out, discussed is done. */
export const STATUS_KLEUR: Record<DeelnameStatus, string> = {
  uitgezet: 'gray',
  ontvangen: 'tafel',
  besproken: 'indigo',
};

export const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/** "Inventarisatie SROI bij zorgaanbieders (versie 1)": how a template version is named everywhere. */
export const sjabloonLabel = (s: { naam: string; versie: number }) => `${s.naam} (versie ${s.versie})`;
