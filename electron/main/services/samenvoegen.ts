import { alsBinnenkomend } from '../../../shared/domain/persoonsgegevens';
import {
  type Optie,
  type Regelconflict,
  regelconflicten,
  type Zetting,
} from '../../../shared/domain/samenvoeg-regels';
import { BOEKHOUDING, type Herkomst, optieTekst } from '../../../shared/domain/samenvoegen';
import {
  apparaatVan,
  beslissing,
  GRAFSTEEN,
  nieuwIn,
  overschrijf,
  rijSleutel,
  samenvoegen,
  standVan,
  tijdVan,
  type Veldconflict,
  veldconflicten,
  vervallen,
  type Waarde,
  type Wijziging,
  type Wijzigingsset,
} from '../../../shared/domain/wijzigingen';
import { meervoud } from '../../../shared/format/nl';
import { AppFault } from '../errors';
import type { Db } from '../store/database';
import { isZonderPersoonsgegevens } from '../store/persoonsgegevens-weglaten';
import { recordChange } from '../store/repositories/werkgroep';
import { regelstand, verschil } from '../store/samenvoeg-verschil';
import { leesWijzigingen, nieuwWijzigingId, schrijfSamengevoegd, zieTijden } from '../store/wijzigingslog';

/**
 * Merging another copy of the same werkgroep into the open one (issue #20, docs/SAMENWERKEN.md).
 * `bekijkSamenvoegen` says what would come in and every conflict, with both values, who and when,
 * and a proposal; `voegSamen` applies it with the user's choices (the proposal where none is
 * given: for a field, the newest change). Nothing is decided silently: what was not chosen stays
 * in the returned report.
 */

export interface Keuzeoptie {
  label: string;
  /** For a field conflict: the value, who set it (when known), when, and from which copy. */
  waarde?: Waarde;
  door?: string;
  tijd?: string;
  herkomst?: Herkomst;
}

export interface Samenvoegconflict {
  sleutel: string;
  soort: 'veld' | Regelconflict['soort'];
  omschrijving: string;
  tabel?: string;
  veld?: string;
  opties: Keuzeoptie[];
  voorstel: number;
}

export interface Samenvoegvoorbeeld {
  binnenkomend: { tabel: string; aantal: number }[];
  /** Changes that will not count because their row was deleted or its person erased. */
  vervallen: { tabel: string; aantal: number }[];
  conflicten: Samenvoegconflict[];
}

export interface Samenvoegverslag extends Samenvoegvoorbeeld {
  /** Each conflict with what was chosen and what was not. */
  besluiten: { sleutel: string; omschrijving: string; gekozen: string; nietGekozen: string[] }[];
}

const werkgroepId = (db: Db) =>
  db.get<{ id: string }>('SELECT id FROM werkgroep ORDER BY created_at, id LIMIT 1')?.id ?? null;

/** Refuses another werkgroep's file: ids are compared, names may differ or coincide. */
export function controleerZelfdeWerkgroep(db: Db, andere: Db): void {
  if (werkgroepId(db) !== werkgroepId(andere))
    throw new AppFault(
      'ANDERE_WERKGROEP',
      'Dit bestand hoort bij een andere werkgroep en kan niet worden samengevoegd. Alleen kopieën van dezelfde werkgroep kunnen samen.',
    );
}

const perTabel = (ws: Wijziging[]) =>
  [...ws.reduce((m, w) => m.set(w.tabel, (m.get(w.tabel) ?? 0) + 1), new Map<string, number>())]
    .map(([tabel, aantal]) => ({ tabel, aantal }))
    .sort((a, b) => (a.tabel < b.tabel ? -1 : 1));

/** The placeholder older files recorded for a session without a user name. */
const ONBEKEND = 'onbekend';

/** Who made a change: the user name and laptop, or nothing when no user name was recorded. */
function wie(db: Db, andere: Db): (id: string) => string | undefined {
  const namen = new Map<string, string>();
  for (const d of [andere, db])
    for (const a of d.all<{ id: string; laptop: string; auteur: string }>(
      'SELECT id, laptop, auteur FROM apparaat',
    ))
      if (a.auteur && a.auteur !== ONBEKEND)
        namen.set(a.id, a.laptop ? `${a.auteur} (laptop ${a.laptop})` : a.auteur);
  return (id) => {
    const apparaat = apparaatVan(id);
    return apparaat === 'basis' ? 'vóór het samenwerken' : namen.get(apparaat);
  };
}

const wijzigingSleutel = (w: Wijziging) => `${rijSleutel(w)}\u0000${w.veld}\u0000${w.id}`;

/**
 * Which copy each head of the conflicts comes from: this file, the other copy, or both (a conflict
 * already open in both). Only the conflicts' rows are looked at.
 */
function herkomstVan(
  lokaal: Wijzigingsset,
  ander: Wijzigingsset,
  velden: Veldconflict[],
): (w: Wijziging) => Herkomst {
  const rijen = new Set(velden.map(rijSleutel));
  const van = (set: Wijzigingsset) =>
    new Set(set.wijzigingen.filter((w) => rijen.has(rijSleutel(w))).map(wijzigingSleutel));
  const hier = van(lokaal);
  const daar = van(ander);
  return (w) => {
    const k = wijzigingSleutel(w);
    return hier.has(k) ? (daar.has(k) ? 'beide' : 'hier') : 'kopie';
  };
}

const toon = (w: Waarde) =>
  w === null ? '(leeg)' : w instanceof Uint8Array ? `(${w.length} bytes)` : String(w);

function alsConflict(
  c: Veldconflict,
  door: (id: string) => string | undefined,
  herkomst: (w: Wijziging) => Herkomst,
): Samenvoegconflict {
  return {
    sleutel: `veld:${c.tabel}:${c.rij}:${c.veld}`,
    soort: 'veld',
    omschrijving: `${c.tabel} ${c.rij}: veld ${c.veld} is op twee laptops gewijzigd.`,
    tabel: c.tabel,
    veld: c.veld,
    opties: c.koppen.map((k) => {
      const wie = door(k.id);
      return {
        label: toon(k.waarde),
        waarde: k.waarde,
        ...(wie ? { door: wie } : {}),
        tijd: tijdVan(k.id),
        herkomst: herkomst(k),
      };
    }),
    voorstel: 0,
  };
}

interface Plan {
  lokaal: Wijzigingsset;
  samen: Wijzigingsset;
  voorbeeld: Samenvoegvoorbeeld;
  velden: Veldconflict[];
  /** Which copy a field conflict's head comes from. */
  herkomst: (w: Wijziging) => Herkomst;
  /** What comes in: the merged set's changes this copy lacks, one per new row. */
  binnen: Wijziging[];
  regels: Regelconflict[];
  /** The rows read (all when undefined), and the newest change of those left out. */
  gelezen?: Set<string>;
  laatst: string;
}

/**
 * How a merge reads the copies: by default only the rows that differ between them
 * (store/samenvoeg-verschil.ts); `volledig` reads every row, as the first engine did, kept as the
 * oracle the narrowed reading is tested against (tests/unit/samenvoegen-smal.test.ts).
 */
export interface Lezing {
  volledig?: boolean;
}

function lees(db: Db, andere: Db, rijen: Set<string> | undefined) {
  const lokaal = leesWijzigingen(db, rijen);
  // A copy without personal data neither sends nor receives them (shared/domain/persoonsgegevens.ts).
  const ander = alsBinnenkomend(lokaal, leesWijzigingen(andere, rijen), {
    lokaal: isZonderPersoonsgegevens(db),
    ander: isZonderPersoonsgegevens(andere),
  });
  const samen = samenvoegen(lokaal, ander);
  return { lokaal, ander, samen, stand: standVan(samen) };
}

/** The rows a rule conflict's options would set: the merge must hold their full change sets. */
const rijenVanOpties = (regels: Regelconflict[]) =>
  regels.flatMap((r) => r.opties.flatMap((o) => o.zet.map(rijSleutel)));

function plan(db: Db, andere: Db, lezing: Lezing = {}): Plan {
  controleerZelfdeWerkgroep(db, andere);
  const smal = lezing.volledig ? undefined : verschil(db, andere);
  let gelezen = smal?.rijen;
  let { lokaal, ander, samen, stand } = lees(db, andere, gelezen);
  const regels = regelconflicten(gelezen ? regelstand(db, stand, gelezen) : stand);
  const erbij = gelezen ? rijenVanOpties(regels).filter((k) => !gelezen?.has(k)) : [];
  if (gelezen && erbij.length > 0) {
    // Equal in both copies, so the rules' conflicts stay the same; read whole for what a choice writes.
    gelezen = new Set([...gelezen, ...erbij]);
    ({ lokaal, ander, samen, stand } = lees(db, andere, gelezen));
  }
  const velden = veldconflicten(stand);
  const door = wie(db, andere);
  const herkomst = herkomstVan(lokaal, ander, velden);
  // What comes in is what the merged set holds and this copy lacks: a change of the other copy that a
  // change here already overwrote (a conflict decided in an earlier merge, either way) is no news.
  const binnen = nieuwIn(lokaal, samen).filter((w) => !w.id.endsWith('@basis') || w.veld === 'id');
  return {
    lokaal,
    samen,
    velden,
    herkomst,
    binnen,
    regels,
    gelezen,
    laatst: smal?.laatst ?? '',
    voorbeeld: {
      binnenkomend: perTabel(binnen),
      vervallen: perTabel(
        [...vervallen(lokaal, samen, stand), ...vervallen(ander, samen, stand)].filter(
          (w) => w.veld !== GRAFSTEEN,
        ),
      ),
      conflicten: [
        ...velden.map((c) => alsConflict(c, door, herkomst)),
        ...regels.map((r) => ({ ...r, opties: r.opties.map((o) => ({ label: o.label })) })),
      ],
    },
  };
}

export function bekijkSamenvoegen(db: Db, andere: Db, lezing: Lezing = {}): Samenvoegvoorbeeld {
  return plan(db, andere, lezing).voorbeeld;
}

/**
 * Applies the merge inside the caller's write transaction (`file.write`), with `keuzes` (conflict
 * key → option index; the proposal when absent). Audited by counts and laptop, never by person.
 * `kopie` names the other copy in the report ("In <kopie>: …").
 */
export function voegSamen(
  db: Db,
  andere: Db,
  auteur: string,
  keuzes: Record<string, number> = {},
  lezing: Lezing = {},
  kopie = 'de kopie',
): Samenvoegverslag {
  const p = plan(db, andere, lezing);
  zieTijden(db, p.samen, p.laatst);
  const besluiten: Samenvoegverslag['besluiten'] = [];
  const kies = (sleutel: string, omschrijving: string, opties: { label: string }[], voorstel: number) => {
    const i = keuzes[sleutel] ?? voorstel;
    if (!opties[i]) throw new AppFault('ONGELDIGE_INVOER', `Kies een van de opties voor: ${omschrijving}`);
    besluiten.push({
      sleutel,
      omschrijving,
      gekozen: opties[i].label,
      nietGekozen: opties.filter((_, j) => j !== i).map((o) => o.label),
    });
    return i;
  };
  const door = wie(db, andere);
  const beslist: Wijziging[] = p.velden.map((c) => {
    const getoond = alsConflict(c, door, p.herkomst);
    const i = kies(
      getoond.sleutel,
      getoond.omschrijving,
      getoond.opties.map((o) => ({ label: optieTekst(o, kopie) })),
      0,
    );
    return beslissing(c, c.koppen[i]?.waarde ?? null, nieuwWijzigingId(db), p.samen.lijnen);
  });
  let samen = samenvoegen(p.samen, { wijzigingen: beslist, gewist: [] });
  // Who the other copy's writers are and where their sessions started: later merges need both.
  for (const a of andere.all<Record<string, string>>('SELECT id, laptop, auteur, gezien_tot FROM apparaat'))
    db.run('INSERT OR IGNORE INTO apparaat (id, laptop, auteur, gezien_tot) VALUES (?, ?, ?, ?)', [
      a.id ?? '',
      a.laptop ?? '',
      a.auteur ?? '',
      a.gezien_tot ?? '',
    ]);
  const stand = standVan(samen);
  const zettingen: Zetting[] = p.regels.flatMap((r) => {
    const i = kies(r.sleutel, r.omschrijving, r.opties, r.voorstel);
    return (r.opties[i] as Optie).zet;
  });
  samen = samenvoegen(samen, {
    wijzigingen: zettingen.map((z) =>
      overschrijf(stand, z.tabel, z.rij, z.veld, z.waarde, nieuwWijzigingId(db), p.samen.lijnen),
    ),
    gewist: [],
  });
  schrijfSamengevoegd(db, samen, p.gelezen);
  // Counted as the preview counts: one per new row, the audit log's own rows and other bookkeeping not.
  const nieuw = p.binnen.filter((w) => !BOEKHOUDING.has(w.tabel)).length;
  const laptops = [
    ...new Set(
      andere
        .all<{ laptop: string }>('SELECT DISTINCT laptop FROM apparaat ORDER BY laptop')
        .map((a) => a.laptop),
    ),
  ];
  recordChange(
    db,
    auteur,
    'bestand',
    // The file first, as the user knows it (a trial read "van laptop vm" as a person); the laptop after.
    `Samengevoegd: ${meervoud(nieuw, 'wijziging', 'wijzigingen')} uit ${kopie}${laptops.length > 0 ? ` (laptop ${laptops.join(', ')})` : ''}, ${meervoud(besluiten.length, 'conflict', 'conflicten')} beslist`,
    { actie: 'wijzigen' },
  );
  return { ...p.voorbeeld, besluiten };
}
