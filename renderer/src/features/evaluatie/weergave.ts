import type { EvaluatieRegel, LesSoort, Periode } from '../../../../shared/domain/monitoring';
import { formatDatum, formatGetal } from '../../../../shared/format/nl';
import { ditJaar } from '../../../../shared/klok';

/** The four questions the lessons log answers, in the order a werkgroep talks them through. */
export const LES_VRAAG: Record<LesSoort, string> = {
  werkt: 'Werkt het?',
  lopen_we_tegenaan: 'Waar lopen we tegenaan?',
  geeft_energie: 'Waar krijgen we energie van?',
  levert_op: 'Wat levert het op?',
};

/** One colour per kind of lesson, so a long log can be scanned by eye. */
export const LES_KLEUR: Record<LesSoort, string> = {
  werkt: 'green',
  lopen_we_tegenaan: 'orange',
  geeft_energie: 'grape',
  levert_op: 'blue',
};

/** "01-01-2026 t/m 31-12-2026" */
export const periodeTekst = (p: Periode) => `${formatDatum(p.van)} t/m ${formatDatum(p.tot)}`;

/** A lesson or evaluation without a group is about the werkgroep as a whole. */
export const groepTekst = (naam: string | null) => naam ?? 'Hele werkgroep';

/** "Concept" or "Naar de FO op 12-11-2026": the FO only ever sees the second kind. */
export const statusTekst = (e: Pick<EvaluatieRegel, 'status' | 'verzondenOp'>) =>
  e.status === 'verzonden' ? `Naar de FO op ${formatDatum(e.verzondenOp)}` : 'Concept';

/** "+0,8" or "−0,3": the direction matters more than the decimals. */
export function stijgingTekst(stijging: number | null): string {
  if (stijging === null) return '–';
  const afgerond = Math.round(stijging * 10) / 10;
  if (afgerond === 0) return '0';
  return `${afgerond > 0 ? '+' : '−'}${formatGetal(Math.abs(afgerond))}`;
}

/** "+2 treden", "+1 trede", "–" when nothing was measured. */
export function stijgingInTreden(stijging: number | null): string {
  const tekst = stijgingTekst(stijging);
  if (stijging === null) return tekst;
  return `${tekst} ${Math.abs(Math.round(stijging * 10) / 10) === 1 ? 'trede' : 'treden'}`;
}

/** The shared plural helper (shared/format/nl.ts). */
export { meervoud } from '../../../../shared/format/nl';

/** Evaluations usually cover the calendar year the FO reports on. */
export function ditKalenderjaar(): Periode {
  const jaar = ditJaar();
  return { van: `${jaar}-01-01`, tot: `${jaar}-12-31` };
}
