import type { Aanbod, BordStap } from './capaciteit';
import type { AntwoordWaarde, DeelnameStatus } from './inventarisatie';
import type { Stap, StapGegevens } from './kandidaten';
import type { MenukaartOptie } from './menukaart';

/**
 * What goes onto the capacity board and what its actions change: which options it shows, which
 * steps need a place, which offers a round's answers give, and what assigning a step changes.
 * Pure; `services/capaciteit.ts` reads the rows and writes the outcome.
 */

/**
 * Options that are no SR effort (dagbesteding, vrijwilligerswerk) are on the board only when
 * someone offers them: otherwise every such step would read as a shortage nobody means to fill.
 */
export function bordOpties(
  menukaart: readonly Pick<MenukaartOptie, 'code' | 'naam' | 'waardering'>[],
  aanbod: readonly Pick<Aanbod, 'optieCode'>[],
): { code: string; naam: string }[] {
  return menukaart
    .filter((o) => o.waardering !== 'geen' || aanbod.some((a) => a.optieCode === o.code))
    .map((o) => ({ code: o.code, naam: o.naam }));
}

/** A candidate as the board needs it: the code to show, the gemeente proposals look at. */
export interface BordKandidaat {
  id: string;
  code: string;
  gemeenteId: string | null;
}

/** The planned and running steps, dated by their actual start and end where known, else the planned. */
export function bordStappen(
  stappen: readonly Pick<
    Stap,
    | 'id'
    | 'kandidaatId'
    | 'optieCode'
    | 'organisatieId'
    | 'organisatie'
    | 'status'
    | 'start'
    | 'geplandStart'
    | 'eind'
    | 'geplandEind'
  >[],
  kandidaten: readonly BordKandidaat[],
): BordStap[] {
  const perId = new Map(kandidaten.map((k) => [k.id, k]));
  return stappen
    .filter((s) => s.status === 'gepland' || s.status === 'lopend')
    .map((s) => ({
      stapId: s.id,
      kandidaatId: s.kandidaatId,
      kandidaatCode: perId.get(s.kandidaatId)?.code ?? '',
      gemeenteId: perId.get(s.kandidaatId)?.gemeenteId ?? null,
      optieCode: s.optieCode,
      organisatieId: s.organisatieId,
      organisatie: s.organisatie,
      status: s.status,
      van: s.start ?? s.geplandStart,
      tot: s.eind ?? s.geplandEind,
    }));
}

/** One offer to store: an organisation's places for a menukaart option. */
export interface OverTeNemenAanbod {
  organisatieId: string;
  menukaartOptieId: string;
  plaatsen: number;
}

/**
 * The offers in a round's answers, from every organisation that answered. An option ticked
 * without a number counts as one place: offered, but how many is unknown, and one is the honest
 * minimum. Codes no longer on the menukaart are left out.
 */
export function aanbodUitRonde(
  deelnames: readonly {
    organisatieId: string;
    status: DeelnameStatus;
    antwoorden: readonly AntwoordWaarde[];
  }[],
  optieIdPerCode: ReadonlyMap<string, string>,
): OverTeNemenAanbod[] {
  const uit: OverTeNemenAanbod[] = [];
  for (const d of deelnames) {
    if (d.status === 'uitgezet') continue;
    for (const waarde of d.antwoorden) {
      if (waarde.soort !== 'aanbod') continue;
      for (const a of waarde.aanbod) {
        const menukaartOptieId = optieIdPerCode.get(a.code);
        if (menukaartOptieId)
          uit.push({ organisatieId: d.organisatieId, menukaartOptieId, plaatsen: a.plaatsen ?? 1 });
      }
    }
  }
  return uit;
}

/**
 * Assigning a step: everything of the step stays as it is; only the organisation is filled in (or,
 * when an assignment is undone, emptied again).
 */
export function stapToegewezenAan(stap: StapGegevens, organisatieId: string | null): StapGegevens {
  return {
    menukaartOptieId: stap.menukaartOptieId,
    organisatieId,
    geplandStart: stap.geplandStart,
    geplandEind: stap.geplandEind,
    start: stap.start,
    eind: stap.eind,
    urenPerWeek: stap.urenPerWeek,
    status: stap.status,
    vastContract: stap.vastContract,
    resultaat: stap.resultaat,
  };
}
