import { CATEGORIE_VAN, type MonitoringGegevens, mediaan } from '../../../shared/domain/indicatoren';
import { KANDIDAAT_STATUSSEN, type KandidaatStatus } from '../../../shared/domain/kandidaten';
import {
  type Kerncijfers,
  type MaandTelling,
  type Periode,
  type TredeGroep,
  UITSTROOM_CATEGORIEEN,
  type UitstroomCategorie,
  type UitstroomRegel,
} from '../../../shared/domain/monitoring';
import { maandReeks } from '../../../shared/domain/planning';

/**
 * The indicator arithmetic as it was before it was made fast for a region (BENCHMARKS.md), kept
 * unchanged as the reference the fast version must agree with (tests/unit/stand-gelijk.test.ts).
 * Do not improve this copy.
 */

const DAG_MS = 86_400_000;
const dagen = (van: string, tot: string) => Math.round((Date.parse(tot) - Date.parse(van)) / DAG_MS);
/** An average month (365.25 / 12 days): the estimate counts whole months out of benefit. */
const MAAND_DAGEN = 30.4375;

const laatsteMaandDag = (maand: string) => {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(j, m, 0)).toISOString().slice(0, 10);
};

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
  const laatste = (index.uitstroom.get(kandidaatId) ?? []).filter((u) => u.datum <= tot).at(-1);
  if (!laatste) return null;
  const terugval = (index.terugval.get(kandidaatId) ?? []).some((d) => d >= laatste.datum && d <= tot);
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

function ladder(
  g: MonitoringGegevens,
  scope: MonitoringGegevens['kandidaten'],
  tot: string,
  groepId: string | null,
) {
  const perKandidaat = new Map<string, { start: number; nu: number; aantal: number }>();
  for (const m of [...g.metingen]
    .filter((x) => x.datum <= tot)
    .sort((a, b) => a.datum.localeCompare(b.datum))) {
    const oud = perKandidaat.get(m.kandidaatId);
    perKandidaat.set(
      m.kandidaatId,
      oud ? { ...oud, nu: m.trede, aantal: oud.aantal + 1 } : { start: m.trede, nu: m.trede, aantal: 1 },
    );
  }
  const verschillen = scope.flatMap((k) => {
    const l = perKandidaat.get(k.id);
    return l && l.aantal > 1 ? [l.nu - l.start] : [];
  });
  const groepen = [
    ...g.groepen.filter((x) => groepId === null || x.id === groepId),
    ...(groepId === null ? [{ id: null, naam: 'Zonder groep' }] : []),
  ];
  const perGroep: TredeGroep[] = groepen.flatMap((groep) => {
    const gemeten = scope.flatMap((k) => {
      const l = perKandidaat.get(k.id);
      return k.groepId === groep.id && l ? [l] : [];
    });
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
  const data = [
    ...(perKandidaat(g).betaaldeStarts.get(kandidaatId) ?? []),
    ...(perKandidaat(g).uitstroom.get(kandidaatId) ?? [])
      .filter((u) => CATEGORIE_VAN[u.soort] === 'betaald_werk')
      .map((u) => u.datum),
  ].filter((d) => d <= tot);
  return data.length ? (data.sort()[0] as string) : null;
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
  return maandReeks(p.van.slice(0, 7), p.tot.slice(0, 7)).map((maand) => {
    const eind = laatsteMaandDag(maand);
    const begin = `${maand}-01`;
    return {
      maand,
      actief: scope.filter(
        (k) =>
          k.startdatum !== null && k.startdatum <= eind && (k.einddatum === null || k.einddatum >= begin),
      ).length,
      betaaldWerk: scope.filter((k) => {
        const u = uitkomst(g, k.id, eind);
        return u !== null && CATEGORIE_VAN[u.soort] === 'betaald_werk';
      }).length,
    };
  });
}

export function berekenKerncijfersOud(
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
