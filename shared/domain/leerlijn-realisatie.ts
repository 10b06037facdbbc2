import type { StapGegevens } from './kandidaten';
import { type StapContext, sroiVanStap } from './leerlijn';
import type { RealisatieGegevens } from './realisaties';

/**
 * When a leerlijn step yields an SROI realisation, with which input, and when a saved step
 * changes it. Pure: the service reads the step, its context and its realisation, and writes what
 * this decides.
 */

/** What saving a step does to its realisation. */
export type StapRealisatieActie =
  /** The step does not count and has no realisation: nothing to do. */
  | { soort: 'geen' }
  /** The step no longer counts: its realisation is withdrawn. */
  | { soort: 'intrekken' }
  /** The input did not change: the realisation keeps its value and table version. */
  | { soort: 'houden' }
  /** A new realisation, or the existing one revalued with this input. */
  | { soort: 'opslaan'; gegevens: RealisatieGegevens };

/** A step with what its realisation names: the option's name and the delivering organisation. */
export type StapVoorRealisatie = StapGegevens & { optie: string };

/** The input a counting step gives its realisation; null when the step does not count. */
export function realisatieInvoerVanStap(
  stap: StapVoorRealisatie,
  ctx: StapContext,
): RealisatieGegevens | null {
  const sroi = sroiVanStap(stap, ctx);
  if (!sroi.telt) return null;
  return {
    opdrachtnemerId: stap.organisatieId as string,
    contractId: null,
    menukaartOptieId: stap.menukaartOptieId,
    datum: sroi.datum,
    // No candidate code here: realisations go to gemeenten in the SROI export, and the code would
    // link that sheet to the candidate list. The step itself is found through bron_id.
    omschrijving: `Leerlijnstap: ${stap.optie}`,
    doelgroep: sroi.doelgroep,
    urenPerWeek: sroi.urenPerWeek,
    maanden: sroi.maanden,
    bonussen: sroi.bonussen,
    uren: sroi.uren,
  };
}

/**
 * The valuation input of two realisations is the same: same provider, option, date, doelgroep,
 * hours, months, bonuses (in any order) and hours of activity. Description and contract do not
 * count: they do not change the value.
 */
export function zelfdeRealisatieInvoer(a: RealisatieGegevens, b: RealisatieGegevens): boolean {
  const sleutel = (g: RealisatieGegevens) =>
    JSON.stringify([
      g.opdrachtnemerId,
      g.menukaartOptieId,
      g.datum,
      g.doelgroep,
      g.urenPerWeek,
      g.maanden,
      [...g.bonussen].sort(),
      g.uren,
    ]);
  return sleutel(a) === sleutel(b);
}

/**
 * Creates, revalues or withdraws the realisation of a saved step. A realisation whose input did
 * not change keeps its value and table version: editing a result note must not revalue history.
 */
export function stapRealisatieActie(
  stap: StapVoorRealisatie,
  ctx: StapContext,
  bestaand: RealisatieGegevens | null,
): StapRealisatieActie {
  const invoer = realisatieInvoerVanStap(stap, ctx);
  if (!invoer) return bestaand ? { soort: 'intrekken' } : { soort: 'geen' };
  if (bestaand && zelfdeRealisatieInvoer(bestaand, invoer)) return { soort: 'houden' };
  return { soort: 'opslaan', gegevens: invoer };
}

/**
 * Why a step does (not yet) count as SROI, as the leerlijn shows it: the explanation of its
 * realisation when it has one, else the reason it does not count (empty when it would).
 */
export function sroiUitlegVanStap(
  stap: StapGegevens,
  ctx: StapContext,
  realisatie: { id: string | null; uitleg: string | null },
): string {
  const sroi = realisatie.id ? null : sroiVanStap(stap, ctx);
  return realisatie.uitleg ?? (sroi && !sroi.telt ? sroi.reden : '');
}
