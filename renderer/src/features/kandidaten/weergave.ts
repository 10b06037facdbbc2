import {
  KANDIDAAT_STATUS_LABEL,
  type KandidaatRegel,
  type KandidaatStatus,
  STAP_STATUS_LABEL,
  type StapStatus,
  TREDE_LABEL,
  type Trede,
  type Uitkering,
} from '../../../../shared/domain/kandidaten';
import { DOELGROEP_LABEL } from '../../../../shared/domain/waardering';

/** Badge colours: at a glance who is underway, who has left and who stopped. */
export const STATUS_KLEUR: Record<KandidaatStatus, string> = {
  aangemeld: 'gray',
  actief: 'blue',
  uitgestroomd: 'tafel',
  gestopt: 'red',
};

export const STAP_KLEUR: Record<StapStatus, string> = {
  gepland: 'gray',
  lopend: 'blue',
  afgerond: 'tafel',
  afgebroken: 'red',
};

export const statusLabel = (s: KandidaatStatus) => KANDIDAAT_STATUS_LABEL[s];
export const stapStatusLabel = (s: StapStatus) => STAP_STATUS_LABEL[s];

/** The benefit is one of the valuation table's doelgroepen, so it has that label. */
export const uitkeringLabel = (u: Uitkering | null) => (u ? DOELGROEP_LABEL[u] : '');

/** "4 · Onbetaald werk" for lists where the number alone says too little. */
export const tredeTekst = (t: Trede) => `${t} · ${TREDE_LABEL[t]}`;

/** "2 → 4", "3" or "–": a rung movement in a table cell. */
export function tredeBeweging(start: Trede | null, nu: Trede | null): string {
  if (start === null || nu === null) return '–';
  return start === nu ? String(nu) : `${start} → ${nu}`;
}

/** The movement said in words, for screen readers and for people who skip the chart. */
export function bewegingZin(start: Trede | null, nu: Trede | null, metingen: number): string {
  if (start === null || nu === null) return 'Nog geen metingen op de participatieladder.';
  if (metingen === 1) return `Eén meting: trede ${start} (${TREDE_LABEL[start]}).`;
  if (start === nu) return `Gelijk gebleven op trede ${nu} (${TREDE_LABEL[nu]}).`;
  return `Van trede ${start} naar trede ${nu} (${TREDE_LABEL[nu]}).`;
}

/** Text field ↔ nullable string: the form keeps '' where the record has null. */
export const tekstVan = (s: string | null | undefined) => s ?? '';

/** A nullable yes/no as the value of a three-way choice, and back. */
export type JaNee = 'ja' | 'nee' | 'onbekend';
export const naarJaNee = (b: boolean | null): JaNee => (b === null ? 'onbekend' : b ? 'ja' : 'nee');
export const uitJaNee = (j: JaNee): boolean | null => (j === 'onbekend' ? null : j === 'ja');

/**
 * What tells candidates apart in a picker without their name: gemeente, status and the current
 * step ("Goes · Actief · Werkervaringsplaats"); the group too when asked (moving someone).
 */
export function kenmerken(
  k: Pick<KandidaatRegel, 'gemeente' | 'status' | 'huidigeStap' | 'groep'>,
  metGroep = false,
): string {
  return [
    k.gemeente ?? 'geen gemeente',
    statusLabel(k.status),
    k.huidigeStap ?? 'nog geen stap',
    metGroep && k.groep ? `nu in ${k.groep}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
