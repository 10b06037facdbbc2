import type { z } from 'zod';
import { alsVergelijkbaar } from '../../app/typenBewaren';
import { useBewaarTijdensTypen } from '../../app/useBewaarTijdensTypen';

/** A row of an inline list (an agenda item, an attendee); `sleutel` is the screen's own key. */
export interface Rij {
  sleutel: string;
}

const isGevuld = (rij: Rij) =>
  Object.entries(rij).some(([k, x]) => k !== 'sleutel' && typeof x === 'string' && x.trim() !== '');

/** The rows as main stores them: without the screen's keys, and without a row just added and left empty. */
export function gevuldeRijen<R extends Rij>(rijen: R[]): Omit<R, 'sleutel'>[] {
  return rijen.filter(isGevuld).map(({ sleutel: _, ...rest }) => rest);
}

/**
 * Checks the rows with main's schema. A row's messages are keyed `<veld>-<index on screen>`
 * (empty rows are not sent, so main's index differs); a message about the list as a whole keeps
 * the list's name.
 */
export function rijFouten<R extends Rij>(
  schema: z.ZodType,
  invoer: (rijen: Omit<R, 'sleutel'>[]) => unknown,
  lijst: string,
  rijen: R[],
): Record<string, string> {
  const opScherm = rijen.flatMap((r, i) => (isGevuld(r) ? [i] : []));
  const uitkomst = schema.safeParse(invoer(gevuldeRijen(rijen)));
  if (uitkomst.success) return {};
  const fouten: Record<string, string> = {};
  for (const issue of uitkomst.error.issues) {
    const [naam, i, veld] = issue.path;
    const sleutel = naam === lijst && typeof i === 'number' ? `${String(veld)}-${opScherm[i]}` : String(naam);
    fouten[sleutel] ??= issue.message;
  }
  return fouten;
}

interface RijenOpties<B, R extends Rij, I> {
  sleutel: string;
  bron: B;
  uitBron: (bron: B) => R[];
  /** main's input for the rows, checked with `schema`, whose list of rows is named `lijst`. */
  invoer: (rijen: Omit<R, 'sleutel'>[]) => I;
  schema: z.ZodType;
  lijst: string;
  opslaan: (invoer: I) => Promise<unknown>;
}

/** A list of rows edited in place and saved as a whole while it is typed (see useBewaarTijdensTypen). */
export function useBewaardeRijen<B, R extends Rij, I>(o: RijenOpties<B, R, I>) {
  const { v, zetAlles, fouten } = useBewaarTijdensTypen({
    sleutel: o.sleutel,
    bron: o.bron,
    uitBron: o.uitBron,
    opslaan: (rijen) => o.opslaan(o.invoer(gevuldeRijen(rijen))),
    controleer: (rijen) => rijFouten(o.schema, o.invoer, o.lijst, rijen),
    vergelijkbaar: (rijen) => alsVergelijkbaar(gevuldeRijen(rijen)),
  });
  const wijzig = (i: number, deel: Partial<R>) =>
    zetAlles(v.map((r, j) => (j === i ? { ...r, ...deel } : r)));
  return { rijen: v, zet: zetAlles, wijzig, fouten };
}
