/**
 * The plan van aanpak: phases with activities laid out over months, and milestones. Months are
 * ISO text "YYYY-MM"; these pure rules are shared by the Gantt view, the Excel grid and the
 * meeting preparation, so all three agree on what is late.
 */

export const ACTIVITEIT_STATUSSEN = ['gepland', 'bezig', 'klaar', 'vertraagd'] as const;
export type ActiviteitStatus = (typeof ACTIVITEIT_STATUSSEN)[number];
export const ACTIVITEIT_STATUS_LABEL: Record<ActiviteitStatus, string> = {
  gepland: 'Gepland',
  bezig: 'Bezig',
  klaar: 'Klaar',
  vertraagd: 'Vertraagd',
};

export interface Activiteit {
  id: string;
  faseId: string;
  titel: string;
  eigenaar: string | null;
  startMaand: string;
  eindMaand: string;
  status: ActiviteitStatus;
  /** The activity this one waits for, if any. */
  afhankelijkVan: string | null;
  volgorde: number;
}

export interface Fase {
  id: string;
  naam: string;
  volgorde: number;
  activiteiten: Activiteit[];
}

export interface Mijlpaal {
  id: string;
  naam: string;
  datum: string;
}

export interface Planning {
  fasen: Fase[];
  mijlpalen: Mijlpaal[];
  /** First and last month any activity or milestone touches; null for an empty planning. */
  bereik: { van: string; tot: string } | null;
}

/** "2026-11" + 3 → "2027-02". */
export function plusMaand(maand: string, n: number): string {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(j, m - 1 + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Every month from `van` to `tot`, both included. */
export function maandReeks(van: string, tot: string): string[] {
  const reeks: string[] = [];
  for (let m = van; m <= tot; m = plusMaand(m, 1)) reeks.push(m);
  return reeks;
}

/** Late: not done, and its last month is before the current month (or its status says so). */
export function isTeLaat(a: Pick<Activiteit, 'status' | 'eindMaand'>, vandaag: string): boolean {
  if (a.status === 'klaar') return false;
  return a.status === 'vertraagd' || a.eindMaand < vandaag.slice(0, 7);
}

/**
 * Problems with dependencies, in Dutch: an activity that starts before the one it waits for has
 * ended, and dependency cycles (which can never be planned).
 */
export function afhankelijkheidsProblemen(activiteiten: readonly Activiteit[]): Map<string, string> {
  const perId = new Map(activiteiten.map((a) => [a.id, a]));
  const problemen = new Map<string, string>();
  for (const a of activiteiten) {
    if (!a.afhankelijkVan) continue;
    const gezien = new Set([a.id]);
    let volgende = perId.get(a.afhankelijkVan);
    let kring = false;
    while (volgende) {
      if (gezien.has(volgende.id)) {
        kring = true;
        break;
      }
      gezien.add(volgende.id);
      volgende = volgende.afhankelijkVan ? perId.get(volgende.afhankelijkVan) : undefined;
    }
    const voorganger = perId.get(a.afhankelijkVan);
    if (kring) problemen.set(a.id, 'Deze activiteit wacht (via andere) op zichzelf.');
    else if (voorganger && a.startMaand <= voorganger.eindMaand && voorganger.status !== 'klaar')
      problemen.set(a.id, `Begint voordat "${voorganger.titel}" klaar is.`);
  }
  return problemen;
}

export interface SjabloonActiviteit {
  fase: string;
  titel: string;
  eigenaar: string;
  /** Months after the chosen start. */
  van: number;
  tot: number;
}

/**
 * The werkgroep SROI's voorlopige planning in our own words: a plan, an inventarisatie, a start
 * with the first group, the plan in the FO, a new group every few months, and an evaluation.
 */
export const STANDAARD_PLANNING: {
  activiteiten: SjabloonActiviteit[];
  mijlpalen: { naam: string; maand: number }[];
} = {
  activiteiten: [
    { fase: 'Voorbereiding', titel: 'Plan van aanpak opstellen', eigenaar: 'Werkgroep', van: 0, tot: 0 },
    {
      fase: 'Voorbereiding',
      titel: 'Inventarisatie bij zorgaanbieders',
      eigenaar: 'Secretaris',
      van: 1,
      tot: 1,
    },
    {
      fase: 'Uitvoering in groepen',
      titel: 'Startbijeenkomst eerste groep',
      eigenaar: 'Werkgroep',
      van: 2,
      tot: 2,
    },
    { fase: 'Uitvoering in groepen', titel: 'Groep 1', eigenaar: 'Werkgroep', van: 2, tot: 4 },
    { fase: 'Uitvoering in groepen', titel: 'Groep 2', eigenaar: 'Werkgroep', van: 5, tot: 8 },
    { fase: 'Uitvoering in groepen', titel: 'Groep 3', eigenaar: 'Werkgroep', van: 9, tot: 11 },
    { fase: 'Uitvoering in groepen', titel: 'Groep 4', eigenaar: 'Werkgroep', van: 12, tot: 14 },
    {
      fase: 'Monitoring en evaluatie',
      titel: 'Voortgang volgen en lessen vastleggen',
      eigenaar: 'Werkgroep',
      van: 2,
      tot: 12,
    },
    {
      fase: 'Monitoring en evaluatie',
      titel: 'Evaluatie voorbereiden',
      eigenaar: 'Voorzitter',
      van: 11,
      tot: 12,
    },
  ],
  mijlpalen: [
    { naam: 'Plan bespreken in de Fysieke Overlegtafel', maand: 2 },
    { naam: 'Terugkoppeling groep 1, start groep 2', maand: 5 },
    { naam: 'Evaluatie in de Fysieke Overlegtafel', maand: 12 },
  ],
};

/**
 * The phase a new activity most likely belongs to: the first with work running this month, else
 * the first with work still to come, else the last. Proposing the last phase always put this
 * month's work under the werkgroep's closing phase.
 */
export function voorgesteldeFase(fasen: readonly Fase[], vandaag: string): Fase | null {
  const maand = vandaag.slice(0, 7);
  const loopt = (a: Activiteit) => a.startMaand <= maand && maand <= a.eindMaand;
  const komt = (a: Activiteit) => a.startMaand > maand;
  return (
    fasen.find((f) => f.activiteiten.some(loopt)) ??
    fasen.find((f) => f.activiteiten.some(komt)) ??
    fasen[fasen.length - 1] ??
    null
  );
}
