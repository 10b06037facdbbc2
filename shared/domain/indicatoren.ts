import { verdeelProcenten } from './aandelen';
import { KANDIDAAT_STATUSSEN, type KandidaatStatus } from './kandidaten';
import {
  type Kerncijfers,
  type MaandTelling,
  type Periode,
  type TredeGroep,
  UITSTROOM_CATEGORIEEN,
  type UitstroomCategorie,
  type UitstroomRegel,
} from './monitoring';
import { maandReeks } from './planning';
import {
  eersteBetaald,
  heeftUitstroom,
  inPeriode,
  type MonitoringGegevens,
  type Trajectstand,
  trajectstandOp,
} from './trajectstand';

/**
 * The indicator arithmetic of monitoring and evaluation, pure so every rule is tested with worked
 * examples. Input is what the file holds, reduced to dates and numbers. The dashboard, an
 * evaluation, the FO-pakket and the command line all take their figures from `berekenKerncijfers`,
 * and every figure in it is counted from one stand per candidate on the last day of the period
 * (`trajectstandOp`): the status rows and the outcome rows add up to the candidates in scope, and
 * "has paid work" is the paid-work outcome row everywhere.
 */

export { CATEGORIE_VAN, type MonitoringGegevens } from './trajectstand';

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

/** Candidates in scope with their stand on the last day of the period. */
interface InScope {
  k: MonitoringGegevens['kandidaten'][number];
  stand: Trajectstand;
}

function uitstroomVerdeling(scope: readonly InScope[]): UitstroomRegel[] {
  const tel = new Map<UitstroomCategorie, number>(UITSTROOM_CATEGORIEEN.map((c) => [c, 0]));
  for (const { stand } of scope) tel.set(stand.uitkomst, (tel.get(stand.uitkomst) ?? 0) + 1);
  const aantallen = UITSTROOM_CATEGORIEEN.map((c) => tel.get(c) ?? 0);
  const procenten = verdeelProcenten(aantallen);
  return UITSTROOM_CATEGORIEEN.map((categorie, i) => {
    const aantal = aantallen[i] ?? 0;
    return {
      categorie,
      aantal,
      aandeel: scope.length ? aantal / scope.length : null,
      procent: procenten[i] ?? null,
    };
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

function ladder(g: MonitoringGegevens, scope: readonly InScope[], tot: string, groepId: string | null) {
  const perKandidaat = standen(g.metingen, tot);
  const verschillen: number[] = [];
  // The measured candidates per group, in scope order, gathered once (not a scan per group).
  const perGroepId = new Map<string | null, Stand[]>();
  for (const { k } of scope) {
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

/**
 * Time to paid work, over exactly the candidates in the paid-work outcome row: days from the start
 * of the trajectory to the first paid step or paid outcome (a paid step before the start counts as
 * day 0). Those without a start date cannot be measured and are counted apart.
 */
function tijdTotBetaaldWerk(g: MonitoringGegevens, scope: readonly InScope[], tot: string) {
  const tijden: number[] = [];
  let zonderStart = 0;
  for (const { k, stand } of scope) {
    if (stand.uitkomst !== 'betaald_werk') continue;
    const eerste = eersteBetaald(g, k.id, tot) ?? stand.betaaldSinds;
    if (k.startdatum === null || eerste === null) zonderStart += 1;
    else tijden.push(Math.max(0, dagen(k.startdatum, eerste)));
  }
  return { mediaanDagen: mediaan(tijden), aantal: tijden.length, zonderStart };
}

/**
 * Months out of benefit within the period: from the paid outcome that holds at the end of the
 * period to its end, in whole average months, for the paid-work row (whose outcomes all fall in
 * the period: an earlier one ended the trajectory before it).
 */
function maandenUitUitkering(scope: readonly InScope[], p: Periode): number {
  let totaal = 0;
  for (const { stand } of scope)
    if (stand.betaaldSinds !== null) totaal += Math.floor(dagen(stand.betaaldSinds, p.tot) / MAAND_DAGEN);
  return totaal;
}

/**
 * Per month of the period (cut off at the period's ends): the trajectories that ran in it, and the
 * candidates in paid work on its last day. The last month's paid work is the paid-work row.
 */
function perMaand(g: MonitoringGegevens, scope: readonly InScope[], p: Periode): MaandTelling[] {
  // Only candidates with an outcome can be in paid work or have ended by one; the others keep
  // the stand of the period's end for every month before it.
  const metUitstroom = scope.filter(({ k }) => heeftUitstroom(g, k.id));
  const zonder = scope.filter(({ k }) => !heeftUitstroom(g, k.id));
  return maandReeks(p.van.slice(0, 7), p.tot.slice(0, 7)).map((maand) => {
    const eind = laatsteMaandDag(maand) < p.tot ? laatsteMaandDag(maand) : p.tot;
    const begin = `${maand}-01` > p.van ? `${maand}-01` : p.van;
    const maandPeriode = { van: begin, tot: eind };
    // Aangemeld is in scope but not in a trajectory: a start date alone (planned) is not enough.
    const liep = (k: InScope['k'], stand: Trajectstand) =>
      stand.status !== 'aangemeld' &&
      k.startdatum !== null &&
      k.startdatum <= eind &&
      inPeriode(k, stand, maandPeriode);
    let actief = 0;
    let betaaldWerk = 0;
    for (const { k } of metUitstroom) {
      const stand = trajectstandOp(g, k, eind);
      if (liep(k, stand)) actief += 1;
      if (stand.uitkomst === 'betaald_werk') betaaldWerk += 1;
    }
    for (const { k } of zonder) if (liep(k, trajectstandOp(g, k, eind))) actief += 1;
    return { maand, actief, betaaldWerk };
  });
}

export function berekenKerncijfers(
  g: MonitoringGegevens,
  periode: Periode,
  groep: { id: string; naam: string } | null,
): Kerncijfers {
  const scope: InScope[] = [];
  for (const k of g.kandidaten) {
    if (groep !== null && k.groepId !== groep.id) continue;
    if (k.startdatum !== null && k.startdatum > periode.tot) continue;
    const stand = trajectstandOp(g, k, periode.tot);
    if (inPeriode(k, stand, periode)) scope.push({ k, stand });
  }
  const perStatus = Object.fromEntries(KANDIDAAT_STATUSSEN.map((s) => [s, 0])) as Record<
    KandidaatStatus,
    number
  >;
  for (const { stand } of scope) perStatus[stand.status] += 1;
  const maanden = maandenUitUitkering(scope, periode);
  return {
    periode,
    groep,
    kandidaten: { totaal: scope.length, perStatus },
    uitstroom: uitstroomVerdeling(scope),
    ladder: ladder(g, scope, periode.tot, groep?.id ?? null),
    tijdTotBetaaldWerk: tijdTotBetaaldWerk(g, scope, periode.tot),
    sroi: g.sroi,
    besparing: {
      maandenUitUitkering: maanden,
      bedragPerMaandCent: g.bedragPerMaandCent,
      schattingCent: maanden * g.bedragPerMaandCent,
    },
    perMaand: perMaand(g, scope, periode),
  };
}

/**
 * Figures frozen before shares were rounded once (and before the time to paid work counted those
 * without a start date) lack those fields. They are filled from the frozen counts, never
 * recomputed from today's data: a sent evaluation shows what went to the FO.
 */
export function vulOudeCijfersAan(c: Kerncijfers): Kerncijfers {
  const oud = c as Kerncijfers & {
    uitstroom: (Omit<UitstroomRegel, 'procent'> & { procent?: number | null })[];
    tijdTotBetaaldWerk: Omit<Kerncijfers['tijdTotBetaaldWerk'], 'zonderStart'> & { zonderStart?: number };
  };
  const procenten = verdeelProcenten(oud.uitstroom.map((r) => r.aantal));
  return {
    ...c,
    uitstroom: oud.uitstroom.map((r, i) => ({ ...r, procent: r.procent ?? procenten[i] ?? null })),
    tijdTotBetaaldWerk: { ...oud.tijdTotBetaaldWerk, zonderStart: oud.tijdTotBetaaldWerk.zonderStart ?? 0 },
  };
}
