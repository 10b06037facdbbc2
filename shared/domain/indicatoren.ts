import { KANDIDAAT_STATUSSEN, type KandidaatStatus, type UitstroomSoort } from './kandidaten';
import {
  type Kerncijfers,
  type MaandTelling,
  type Periode,
  type SroiStaaf,
  type TredeGroep,
  UITSTROOM_CATEGORIEEN,
  type UitstroomCategorie,
  type UitstroomRegel,
} from './monitoring';
import { maandReeks } from './planning';

/**
 * The indicator arithmetic of monitoring and evaluation, pure so every rule is tested with worked
 * examples. Input is what the file holds, reduced to dates and numbers.
 */

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
    perAanbieder: SroiStaaf[];
    perGemeente: SroiStaaf[];
  };
  bedragPerMaandCent: number;
}

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

const DAG_MS = 86_400_000;
const dagen = (van: string, tot: string) => Math.round((Date.parse(tot) - Date.parse(van)) / DAG_MS);
/** An average month (365.25 / 12 days): the estimate counts whole months out of benefit. */
const MAAND_DAGEN = 30.4375;

const laatsteMaandDag = (maand: string) => {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(j, m, 0)).toISOString().slice(0, 10);
};

export function mediaan(waarden: readonly number[]): number | null {
  if (waarden.length === 0) return null;
  const op = [...waarden].sort((a, b) => a - b);
  const midden = Math.floor(op.length / 2);
  return op.length % 2 === 1
    ? (op[midden] as number)
    : ((op[midden - 1] as number) + (op[midden] as number)) / 2;
}

const gemiddelde = (waarden: readonly number[]) =>
  waarden.length === 0 ? null : waarden.reduce((s, w) => s + w, 0) / waarden.length;

/** In scope: (in the group, if one is chosen and) with a trajectory that touches the period. */
function inScope(g: MonitoringGegevens, p: Periode, groepId: string | null) {
  return g.kandidaten.filter(
    (k) =>
      (groepId === null || k.groepId === groepId) &&
      (k.startdatum === null || k.startdatum <= p.tot) &&
      (k.einddatum === null || k.einddatum >= p.van),
  );
}

/**
 * The rows per candidate, grouped once: the rules below ask per candidate (and per month), and
 * filtering the whole lists each time made a region's figures take seconds.
 */
interface PerKandidaat {
  uitstroom: Map<string, MonitoringGegevens['uitstroom']>;
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
 * A candidate's outcome at the end of the period: the latest outcome up to then, unless a
 * fallback came after it (then they are back in a trajectory).
 */
function uitkomst(g: MonitoringGegevens, kandidaatId: string, tot: string) {
  const index = perKandidaat(g);
  const lijst = index.uitstroom.get(kandidaatId);
  if (!lijst) return null;
  // The last one up to `tot` in date order (asked per candidate and per month: no copies).
  let laatste: MonitoringGegevens['uitstroom'][number] | undefined;
  for (let i = lijst.length - 1; i >= 0; i--) {
    const u = lijst[i] as MonitoringGegevens['uitstroom'][number];
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

function uitstroomVerdeling(
  g: MonitoringGegevens,
  scope: readonly { id: string }[],
  tot: string,
): UitstroomRegel[] {
  const tel = new Map<UitstroomCategorie, number>(UITSTROOM_CATEGORIEEN.map((c) => [c, 0]));
  for (const k of scope) {
    const u = uitkomst(g, k.id, tot);
    const c = u ? CATEGORIE_VAN[u.soort] : 'in_traject';
    tel.set(c, (tel.get(c) ?? 0) + 1);
  }
  return UITSTROOM_CATEGORIEEN.map((categorie) => {
    const aantal = tel.get(categorie) ?? 0;
    return { categorie, aantal, aandeel: scope.length ? aantal / scope.length : null };
  });
}

/** First and current measurement of one candidate, and how many there are. */
interface Stand {
  start: number;
  startDatum: string;
  nu: number;
  nuDatum: string;
  aantal: number;
}

/**
 * First and current measurement per candidate in one pass in the given order, without sorting the
 * region's measurements: the first is the earliest date (on a tie the one given first), the
 * current the latest (on a tie the one given last) — what a stable sort by date would give.
 */
function standen(metingen: MonitoringGegevens['metingen'], tot: string): Map<string, Stand> {
  const uit = new Map<string, Stand>();
  for (const m of metingen) {
    if (m.datum > tot) continue;
    const l = uit.get(m.kandidaatId);
    if (!l) {
      uit.set(m.kandidaatId, {
        start: m.trede,
        startDatum: m.datum,
        nu: m.trede,
        nuDatum: m.datum,
        aantal: 1,
      });
      continue;
    }
    l.aantal += 1;
    if (m.datum < l.startDatum) {
      l.start = m.trede;
      l.startDatum = m.datum;
    }
    if (m.datum >= l.nuDatum) {
      l.nu = m.trede;
      l.nuDatum = m.datum;
    }
  }
  return uit;
}

function ladder(
  g: MonitoringGegevens,
  scope: MonitoringGegevens['kandidaten'],
  tot: string,
  groepId: string | null,
) {
  const perKandidaat = standen(g.metingen, tot);
  const verschillen: number[] = [];
  // The measured candidates per group, in scope order, gathered once (not a scan per group).
  const perGroepId = new Map<string | null, Stand[]>();
  for (const k of scope) {
    const l = perKandidaat.get(k.id);
    if (!l) continue;
    if (l.aantal > 1) verschillen.push(l.nu - l.start);
    const lijst = perGroepId.get(k.groepId);
    if (lijst) lijst.push(l);
    else perGroepId.set(k.groepId, [l]);
  }
  const groepen = [
    ...g.groepen.filter((x) => groepId === null || x.id === groepId),
    ...(groepId === null ? [{ id: null, naam: 'Zonder groep' }] : []),
  ];
  const perGroep: TredeGroep[] = groepen.flatMap((groep) => {
    const gemeten = perGroepId.get(groep.id) ?? [];
    if (gemeten.length === 0) return [];
    return [
      {
        groep: groep.naam,
        kandidaten: gemeten.length,
        start: gemiddelde(gemeten.map((l) => l.start)),
        nu: gemiddelde(gemeten.map((l) => l.nu)),
      },
    ];
  });
  return {
    gemiddeldeStijging: gemiddelde(verschillen),
    gemeten: verschillen.length,
    gestegen: verschillen.filter((v) => v > 0).length,
    gedaald: verschillen.filter((v) => v < 0).length,
    perGroep,
  };
}

/** The first day a candidate had paid work: a paid step's start or an outcome into paid work. */
function eersteBetaald(g: MonitoringGegevens, kandidaatId: string, tot: string): string | null {
  const index = perKandidaat(g);
  let eerste: string | null = null;
  for (const d of index.betaaldeStarts.get(kandidaatId) ?? [])
    if (d <= tot && (eerste === null || d < eerste)) eerste = d;
  for (const u of index.uitstroom.get(kandidaatId) ?? [])
    if (CATEGORIE_VAN[u.soort] === 'betaald_werk' && u.datum <= tot && (eerste === null || u.datum < eerste))
      eerste = u.datum;
  return eerste;
}

/**
 * Months out of benefit within the period: from an outcome into paid work until the end of the
 * period or a fallback, in whole average months.
 */
function maandenUitUitkering(g: MonitoringGegevens, scope: readonly { id: string }[], p: Periode): number {
  let totaal = 0;
  for (const k of scope) {
    const u = uitkomst(g, k.id, p.tot);
    if (!u || CATEGORIE_VAN[u.soort] !== 'betaald_werk') continue;
    const begin = u.datum > p.van ? u.datum : p.van;
    totaal += Math.floor(dagen(begin, p.tot) / MAAND_DAGEN);
  }
  return totaal;
}

function perMaand(
  g: MonitoringGegevens,
  scope: MonitoringGegevens['kandidaten'],
  p: Periode,
): MaandTelling[] {
  // Only candidates with an outcome can be in paid work; the rest need no look-up per month.
  const index = perKandidaat(g);
  const metUitstroom = scope.filter((k) => index.uitstroom.has(k.id));
  return maandReeks(p.van.slice(0, 7), p.tot.slice(0, 7)).map((maand) => {
    const eind = laatsteMaandDag(maand);
    const begin = `${maand}-01`;
    return {
      maand,
      actief: scope.filter(
        (k) =>
          k.startdatum !== null && k.startdatum <= eind && (k.einddatum === null || k.einddatum >= begin),
      ).length,
      betaaldWerk: metUitstroom.filter((k) => {
        const u = uitkomst(g, k.id, eind);
        return u !== null && CATEGORIE_VAN[u.soort] === 'betaald_werk';
      }).length,
    };
  });
}

export function berekenKerncijfers(
  g: MonitoringGegevens,
  periode: Periode,
  groep: { id: string; naam: string } | null,
): Kerncijfers {
  const scope = inScope(g, periode, groep?.id ?? null);
  const perStatus = Object.fromEntries(KANDIDAAT_STATUSSEN.map((s) => [s, 0])) as Record<
    KandidaatStatus,
    number
  >;
  for (const k of scope) perStatus[k.status] += 1;
  const tijden = scope.flatMap((k) => {
    const eerste = k.startdatum ? eersteBetaald(g, k.id, periode.tot) : null;
    return k.startdatum && eerste && eerste >= k.startdatum ? [dagen(k.startdatum, eerste)] : [];
  });
  const maanden = maandenUitUitkering(g, scope, periode);
  return {
    periode,
    groep,
    kandidaten: { totaal: scope.length, perStatus },
    uitstroom: uitstroomVerdeling(g, scope, periode.tot),
    ladder: ladder(g, scope, periode.tot, groep?.id ?? null),
    tijdTotBetaaldWerk: { mediaanDagen: mediaan(tijden), aantal: tijden.length },
    sroi: g.sroi,
    besparing: {
      maandenUitUitkering: maanden,
      bedragPerMaandCent: g.bedragPerMaandCent,
      schattingCent: maanden * g.bedragPerMaandCent,
    },
    perMaand: perMaand(g, scope, periode),
  };
}
