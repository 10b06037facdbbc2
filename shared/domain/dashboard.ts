import { type Actiepunt, type Bijeenkomst, isVerlopen } from './bijeenkomsten';
import type { SroiOverzicht } from './contracten';
import type { Ronde } from './inventarisatie';
import type { Dashboard, Kerncijfers } from './monitoring';
import type { MonitoringGegevens } from './trajectstand';

/**
 * The start page beyond the key figures: what needs attention now, and the SROI figures as the
 * indicators take them. Pure, with the date passed in; `services/monitoring.ts` reads the rows.
 */

/** The SROI overview as the indicators take it: totals and one bar per provider and gemeente. */
export function sroiVoorMonitoring(sroi: SroiOverzicht): MonitoringGegevens['sroi'] {
  const staaf = (r: { naam: string; verplichtingCent: number; gerealiseerdCent: number }) => ({
    naam: r.naam,
    verplichtingCent: r.verplichtingCent,
    gerealiseerdCent: r.gerealiseerdCent,
  });
  return {
    verplichtingCent: sroi.totaalCent,
    gerealiseerdCent: sroi.gerealiseerdCent,
    perAanbieder: sroi.perOpdrachtnemer.map(staaf),
    perGemeente: sroi.perGemeente.map(staaf),
  };
}

/** What the start page shows beside the key figures. */
export type Aandachtspunten = Omit<Dashboard, keyof Kerncijfers>;

/**
 * What needs attention: the newest round's answers, open and overdue actions, and the next
 * meeting (today's included). `bijeenkomsten` newest first, as listed.
 */
export function aandachtspunten(
  {
    nieuwsteRonde,
    openActies,
    bijeenkomsten,
  }: {
    nieuwsteRonde: Ronde | undefined;
    openActies: readonly Actiepunt[];
    bijeenkomsten: readonly Bijeenkomst[];
  },
  vandaag: string,
): Aandachtspunten {
  return {
    inventarisatie: nieuwsteRonde
      ? {
          ronde: nieuwsteRonde.naam,
          ontvangen: nieuwsteRonde.deelnames.filter((d) => d.status !== 'uitgezet').length,
          totaal: nieuwsteRonde.deelnames.length,
        }
      : null,
    acties: { open: openActies.length, verlopen: openActies.filter((a) => isVerlopen(a, vandaag)).length },
    volgendeBijeenkomst: bijeenkomsten.filter((b) => b.datum >= vandaag).at(-1) ?? null,
  };
}
