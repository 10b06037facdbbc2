import { type KandidaatStatus, UITSTROOM_ZONDER_PLEK, type UitstroomSoort } from './kandidaten';
import type { Periode, UitstroomCategorie } from './monitoring';

/**
 * Where one candidate's trajectory stood on a given day, from the dated facts alone (outcomes,
 * fallbacks, paid steps). Every figure — status rows, outcome rows, time to paid work, months out
 * of benefit, the monthly line — is counted from this one stand, so they cannot disagree: a status
 * stored today does not leak into a period that ended before it.
 */

/** What the indicators read from the file, reduced to dates and numbers (no name or free text). */
export interface MonitoringGegevens {
  kandidaten: {
    id: string;
    status: KandidaatStatus;
    startdatum: string | null;
    einddatum: string | null;
    groepId: string | null;
  }[];
  groepen: { id: string; naam: string }[];
  uitstroom: { kandidaatId: string; soort: UitstroomSoort; datum: string }[];
  terugval: { kandidaatId: string; datum: string }[];
  metingen: { kandidaatId: string; datum: string; trede: number }[];
  /** Starts of leerlijn steps that are a paid job. */
  betaaldeStappen: { kandidaatId: string; start: string }[];
  sroi: {
    verplichtingCent: number;
    gerealiseerdCent: number;
    perAanbieder: { naam: string; verplichtingCent: number; gerealiseerdCent: number }[];
    perGemeente: { naam: string; verplichtingCent: number; gerealiseerdCent: number }[];
  };
  bedragPerMaandCent: number;
}

type Kandidaat = MonitoringGegevens['kandidaten'][number];
type Uitstroom = MonitoringGegevens['uitstroom'][number];

export const CATEGORIE_VAN: Record<UitstroomSoort, UitstroomCategorie> = {
  regulier_werk: 'betaald_werk',
  beschut_werk: 'betaald_werk',
  banenafspraak: 'betaald_werk',
  loonkostensubsidie: 'betaald_werk',
  opleiding: 'opleiding',
  vrijwilligerswerk: 'vrijwilligerswerk',
  dagbesteding: 'dagbesteding',
  uitgevallen: 'uitgevallen',
  verhuisd: 'uitgevallen',
};

/** The stand on one day. `uitkomst` is 'in_traject' exactly when the status is aangemeld or actief. */
export interface Trajectstand {
  status: KandidaatStatus;
  uitkomst: UitstroomCategorie;
  /** The day the trajectory ended (the outcome that holds, or a stop set by hand); null while it runs. */
  eind: string | null;
  /** The paid outcome that holds on the day (only when `uitkomst` is betaald_werk). */
  betaaldSinds: string | null;
}

/**
 * The rows per candidate, grouped once: the rules ask per candidate (and per month), and filtering
 * the whole lists each time made a region's figures take seconds.
 */
interface PerKandidaat {
  uitstroom: Map<string, Uitstroom[]>;
  terugval: Map<string, string[]>;
  betaaldeStarts: Map<string, string[]>;
}
const INDEX = new WeakMap<MonitoringGegevens, PerKandidaat>();

function groepeer<T>(rijen: readonly T[], sleutel: (r: T) => string): Map<string, T[]> {
  const uit = new Map<string, T[]>();
  for (const r of rijen) {
    const lijst = uit.get(sleutel(r));
    if (lijst) lijst.push(r);
    else uit.set(sleutel(r), [r]);
  }
  return uit;
}

function perKandidaat(g: MonitoringGegevens): PerKandidaat {
  let index = INDEX.get(g);
  if (!index) {
    const uitstroom = groepeer(g.uitstroom, (u) => u.kandidaatId);
    for (const lijst of uitstroom.values()) lijst.sort((a, b) => a.datum.localeCompare(b.datum));
    index = {
      uitstroom,
      terugval: new Map(
        [...groepeer(g.terugval, (t) => t.kandidaatId)].map(([k, v]) => [k, v.map((t) => t.datum)]),
      ),
      betaaldeStarts: new Map(
        [...groepeer(g.betaaldeStappen, (b) => b.kandidaatId)].map(([k, v]) => [k, v.map((b) => b.start)]),
      ),
    };
    INDEX.set(g, index);
  }
  return index;
}

/**
 * The outcome that holds on `tot`: the latest one up to then, unless a fallback came on or after
 * its day (then they are back in a trajectory) — the rule the candidate page uses for "now".
 */
export function uitkomstOp(g: MonitoringGegevens, kandidaatId: string, tot: string): Uitstroom | null {
  const index = perKandidaat(g);
  const lijst = index.uitstroom.get(kandidaatId);
  if (!lijst) return null;
  let laatste: Uitstroom | undefined;
  for (let i = lijst.length - 1; i >= 0; i--) {
    const u = lijst[i] as Uitstroom;
    if (u.datum <= tot) {
      laatste = u;
      break;
    }
  }
  if (!laatste) return null;
  const vanaf = laatste.datum;
  const terugval = (index.terugval.get(kandidaatId) ?? []).some((d) => d >= vanaf && d <= tot);
  return terugval ? null : laatste;
}

const BEEINDIGD: readonly KandidaatStatus[] = ['uitgestroomd', 'gestopt'];

/**
 * The stand of one candidate on `tot`. A recorded outcome decides; without one, a status of
 * uitgestroomd or gestopt set by hand counts from its end date on (or always, without a date),
 * and otherwise the trajectory runs: actief once it has started, aangemeld before.
 */
export function trajectstandOp(g: MonitoringGegevens, k: Kandidaat, tot: string): Trajectstand {
  const u = uitkomstOp(g, k.id, tot);
  if (u) {
    const gestopt = UITSTROOM_ZONDER_PLEK.includes(u.soort);
    const uitkomst = CATEGORIE_VAN[u.soort];
    return {
      status: gestopt ? 'gestopt' : 'uitgestroomd',
      uitkomst,
      eind: u.datum,
      betaaldSinds: uitkomst === 'betaald_werk' ? u.datum : null,
    };
  }
  const eindeBekend = k.einddatum !== null && k.einddatum <= tot;
  if (BEEINDIGD.includes(k.status) && (k.einddatum === null || eindeBekend))
    return {
      status: k.status,
      uitkomst: k.status === 'gestopt' ? 'uitgevallen' : 'onbekend',
      eind: k.einddatum,
      betaaldSinds: null,
    };
  const begonnen = k.startdatum !== null && k.startdatum <= tot;
  return {
    status: k.status === 'aangemeld' || !begonnen ? 'aangemeld' : 'actief',
    uitkomst: 'in_traject',
    eind: eindeBekend ? k.einddatum : null,
    betaaldSinds: null,
  };
}

/** In scope: a trajectory that touches the period — not started after it, not ended before it. */
export const inPeriode = (k: Kandidaat, stand: Trajectstand, p: Periode): boolean =>
  (k.startdatum === null || k.startdatum <= p.tot) && (stand.eind === null || stand.eind >= p.van);

/** The first day a candidate had paid work up to `tot`: a paid step's start or a paid outcome. */
export function eersteBetaald(g: MonitoringGegevens, kandidaatId: string, tot: string): string | null {
  const index = perKandidaat(g);
  let eerste: string | null = null;
  for (const d of index.betaaldeStarts.get(kandidaatId) ?? [])
    if (d <= tot && (eerste === null || d < eerste)) eerste = d;
  for (const u of index.uitstroom.get(kandidaatId) ?? [])
    if (CATEGORIE_VAN[u.soort] === 'betaald_werk' && u.datum <= tot && (eerste === null || u.datum < eerste))
      eerste = u.datum;
  return eerste;
}

/** Whether the candidate has any outcome at all: the monthly line looks the others up no further. */
export const heeftUitstroom = (g: MonitoringGegevens, kandidaatId: string): boolean =>
  perKandidaat(g).uitstroom.has(kandidaatId);
