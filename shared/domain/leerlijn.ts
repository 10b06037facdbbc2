import { plusMaanden, STANDAARD_DUUR_MAANDEN, type Stap, type StapGegevens } from './kandidaten';
import type { Waarderingswijze } from './menukaart';
import type { Bonus, Doelgroep } from './waardering';

/**
 * Rules of the leerlijn: default durations, the length of a step, and when a step counts as an
 * SROI realisation (and with what input). Pure, so main, tests and the screen agree.
 */

const dag = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAG_MS = 86_400_000;

/** The planned end a step gets when none is given: e.g. a werkervaringsplaats lasts 3 months. */
export function standaardGeplandEind(optieCode: string, geplandStart: string | null): string | null {
  const maanden = STANDAARD_DUUR_MAANDEN[optieCode];
  if (!maanden || !geplandStart) return null;
  const na = plusMaanden(geplandStart, maanden);
  return new Date(dag(na) - DAG_MS).toISOString().slice(0, 10);
}

/**
 * Months from `start` to `eind`, both days included, to two decimals: 1 Jan – 31 Mar is 3, and
 * 15 Jan – 14 Apr is 3. Whole months first, then the rest as a fraction of the next month.
 */
export function maandenTussen(start: string, eind: string): number {
  const totEnMet = new Date(dag(eind) + DAG_MS).toISOString().slice(0, 10);
  let heel = 0;
  while (plusMaanden(start, heel + 1) <= totEnMet) heel++;
  const vanaf = plusMaanden(start, heel);
  const volgende = plusMaanden(start, heel + 1);
  const rest = (dag(totEnMet) - dag(vanaf)) / (dag(volgende) - dag(vanaf));
  return Math.round((heel + rest) * 100) / 100;
}

/** Weeks from `start` to `eind`, both days included, to two decimals. */
export function wekenTussen(start: string, eind: string): number {
  return Math.round(((dag(eind) - dag(start) + DAG_MS) / (7 * DAG_MS)) * 100) / 100;
}

/** What a step's SROI valuation needs to know about its candidate, option and organisation. */
export interface StapContext {
  optie: { naam: string; code: string; waardering: Waarderingswijze };
  organisatieSoort: string | null;
  uitkering: Doelgroep | null;
  persoonlijkeBonussen: readonly Bonus[];
  heeftTabel: boolean;
}

/** The input of the realisation a step produces, or the Dutch reason it produces none. */
export type StapSroi =
  | {
      telt: true;
      datum: string;
      doelgroep: Doelgroep | null;
      urenPerWeek: number | null;
      maanden: number | null;
      uren: number | null;
      bonussen: Bonus[];
    }
  | { telt: false; reden: string };

/** Which doelgroep of the valuation table a step counts under: the step's own kind, else the person's benefit. */
const DOELGROEP_VAN_STAP: Record<string, Doelgroep> = {
  bbl: 'bbl',
  werkervaringsplaats: 'werkervaringsplaats',
};

/**
 * A step counts once it has happened (afgerond or afgebroken, with dates), was delivered by an
 * organisation other than a gemeente, and its option is valued. Only then is there something real
 * to credit; a planned or running step would report effort that may never be delivered.
 */
export function sroiVanStap(stap: StapGegevens, ctx: StapContext): StapSroi {
  const niet = (reden: string): StapSroi => ({ telt: false, reden });
  if (ctx.optie.waardering === 'geen') return niet(`"${ctx.optie.naam}" telt niet als SROI-prestatie.`);
  if (stap.status === 'gepland' || stap.status === 'lopend' || !stap.start || !stap.eind)
    return niet('Telt mee als SROI zodra de stap is afgerond of afgebroken.');
  if (!ctx.organisatieSoort) return niet('Kies de organisatie die de stap levert; dan telt de stap mee.');
  if (ctx.organisatieSoort === 'gemeente') return niet('Een stap bij een gemeente telt niet als SROI.');
  if (stap.urenPerWeek === null) return niet('Vul de uren per week in; dan telt de stap mee.');
  if (!ctx.heeftTabel)
    return niet('Kies eerst een waarderingstabel (SROI → Waardering); dan telt de stap mee.');
  if (ctx.optie.waardering === 'uren') {
    const uren = Math.round(stap.urenPerWeek * wekenTussen(stap.start, stap.eind) * 100) / 100;
    return {
      telt: true,
      datum: stap.eind,
      doelgroep: null,
      urenPerWeek: null,
      maanden: null,
      uren,
      bonussen: [],
    };
  }
  const doelgroep = DOELGROEP_VAN_STAP[ctx.optie.code] ?? ctx.uitkering;
  if (!doelgroep) return niet('Vul de uitkering van de kandidaat in; dan telt de stap mee.');
  const bonussen: Bonus[] = [...ctx.persoonlijkeBonussen];
  if (stap.vastContract) bonussen.push('vast_contract');
  return {
    telt: true,
    datum: stap.eind,
    doelgroep,
    urenPerWeek: stap.urenPerWeek,
    maanden: maandenTussen(stap.start, stap.eind),
    uren: null,
    bonussen,
  };
}

/**
 * The step a candidate is on now: the first running one, else the first planned one, else the
 * last one taken. Steps are given in leerlijn order.
 */
export function huidigeStap<S extends Pick<Stap, 'status'>>(stappen: readonly S[]): S | null {
  return (
    stappen.find((s) => s.status === 'lopend') ??
    stappen.find((s) => s.status === 'gepland') ??
    stappen[stappen.length - 1] ??
    null
  );
}

/** An archived option stays on the steps that already use it, but is not chosen for a step anew. */
export function gearchiveerdeOptieFout(
  optie: { id: string; naam: string; gearchiveerdOp: string | null },
  vorigeOptieId: string | null,
): string | null {
  return optie.gearchiveerdOp && vorigeOptieId !== optie.id
    ? `"${optie.naam}" is gearchiveerd; kies een andere soort stap.`
    : null;
}
