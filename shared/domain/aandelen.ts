/**
 * Shares as the werkgroep reads them: whole percentages, rounded once here and shown the same way
 * on a card, in a table and in Excel. Decimals would suggest a precision a group of twenty
 * candidates does not have, and rows rounded one by one can add up to 99 or 101 %.
 */

/**
 * Whole percentages of a distribution that add up to exactly 100 (largest remainder): every count
 * gets its rounded-down share, and the points still missing go to the largest remainders (on a
 * tie, the earlier row). Null for each row when there is nothing to divide.
 */
export function verdeelProcenten(aantallen: readonly number[]): (number | null)[] {
  const totaal = aantallen.reduce((s, a) => s + a, 0);
  if (totaal <= 0) return aantallen.map(() => null);
  const basis = aantallen.map((a) => Math.floor((a * 100) / totaal));
  // Remainders in units of 1/totaal percent: integers, so ties are exact.
  const rest = aantallen.map((a, i) => a * 100 - (basis[i] as number) * totaal);
  let over = 100 - basis.reduce((s, b) => s + b, 0);
  const volgorde = rest.map((r, i) => [r, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of volgorde) {
    if (over === 0) break;
    basis[i] = (basis[i] as number) + 1;
    over -= 1;
  }
  return basis;
}

/**
 * One part of a whole as a whole percentage: the same as the part's row in `verdeelProcenten` of
 * [teller, noemer − teller]. Null when the whole is zero (no "NaN %").
 */
export function aandeelProcent(teller: number, noemer: number): number | null {
  if (noemer <= 0) return null;
  if (teller >= noemer) return Math.round((teller * 100) / noemer);
  return verdeelProcenten([teller, noemer - teller])[0] ?? null;
}

/** "33 %", or a dash when there is no share: the one way a share is written on screen. */
export const procentTekst = (procent: number | null | undefined): string =>
  procent === null || procent === undefined ? '–' : `${procent} %`;

/** The Excel number format for a share written as a fraction (procent / 100): "33 %". */
export const PROCENT_OPMAAK = '0 %';

/** A part of a whole as text, "100 %" or "–": SROI realised of what is owed, on card, table and sheet. */
export const deelTekst = (teller: number, noemer: number): string =>
  procentTekst(aandeelProcent(teller, noemer));
