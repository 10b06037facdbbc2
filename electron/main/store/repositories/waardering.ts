import type { MenukaartOptie, Waarderingswijze } from '../../../../shared/domain/menukaart';
import type { OpgeslagenTabel, Waarderingsinstellingen } from '../../../../shared/domain/realisaties';
import type { Waarderingstabel } from '../../../../shared/domain/waardering';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';

interface OptieRow {
  id: string;
  code: string;
  naam: string;
  omschrijving: string | null;
  waardering: Waarderingswijze;
  volgorde: number;
  gearchiveerd_op: string | null;
}

const toOptie = (r: OptieRow): MenukaartOptie => ({
  id: r.id,
  code: r.code,
  naam: r.naam,
  omschrijving: r.omschrijving,
  waardering: r.waardering,
  volgorde: r.volgorde,
  gearchiveerdOp: r.gearchiveerd_op,
});

export function listMenukaart(db: Db, metGearchiveerd = false): MenukaartOptie[] {
  return db
    .all<OptieRow>(
      `SELECT id, code, naam, omschrijving, waardering, volgorde, gearchiveerd_op FROM menukaart_optie
        WHERE deleted_at IS NULL ${metGearchiveerd ? '' : 'AND gearchiveerd_op IS NULL'}
        ORDER BY volgorde, naam COLLATE NOCASE`,
    )
    .map(toOptie);
}

export function getMenukaartOptie(db: Db, id: string): MenukaartOptie {
  const row = db.get<OptieRow>(
    'SELECT id, code, naam, omschrijving, waardering, volgorde, gearchiveerd_op FROM menukaart_optie WHERE id = ? AND deleted_at IS NULL',
    [id],
  );
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Deze menukaartoptie bestaat niet (meer).');
  return toOptie(row);
}

/** A stable code from a name: lower case, ascii, underscores; made unique with a number. */
function nieuweCode(db: Db, naam: string): string {
  const basis =
    naam
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'optie';
  let code = basis;
  for (let n = 2; db.get('SELECT 1 FROM menukaart_optie WHERE code = ? AND deleted_at IS NULL', [code]); n++)
    code = `${basis}_${n}`;
  return code;
}

export interface OptieGegevens {
  naam: string;
  omschrijving: string | null;
  waardering: Waarderingswijze;
  gearchiveerd: boolean;
}

/**
 * Adds or edits a menukaart option. The code never changes once given: steps, answers and
 * capacity refer to it. Archived options stay readable but are not offered for new entries.
 */
export function saveMenukaartOptie(db: Db, data: OptieGegevens, id?: string): string {
  const dubbel = db.get<{ id: string }>(
    'SELECT id FROM menukaart_optie WHERE naam = ? COLLATE NOCASE AND deleted_at IS NULL AND id IS NOT ?',
    [data.naam, id ?? null],
  );
  if (dubbel) throw new AppFault('ONGELDIGE_INVOER', `Er staat al een optie "${data.naam}" op de menukaart.`);
  const values = {
    naam: data.naam,
    omschrijving: data.omschrijving,
    waardering: data.waardering,
  };
  if (id) {
    const bestaand = getMenukaartOptie(db, id);
    const gearchiveerdOp = data.gearchiveerd ? (bestaand.gearchiveerdOp ?? nuIso()) : null;
    db.update('menukaart_optie', id, { ...values, gearchiveerd_op: gearchiveerdOp });
    return id;
  }
  const volgorde =
    db.get<{ n: number }>('SELECT IFNULL(MAX(volgorde), 0) + 1 AS n FROM menukaart_optie')?.n ?? 1;
  return db.insert('menukaart_optie', {
    ...values,
    code: nieuweCode(db, data.naam),
    volgorde,
    gearchiveerd_op: data.gearchiveerd ? nuIso() : null,
  });
}

interface TabelRow {
  id: string;
  naam: string;
  versie: number;
  basis_uren: number;
  minimum_uren: number;
  uurtarief_cent: number | null;
  bedragen_json: string;
  realisaties: number;
}

function toTabel(r: TabelRow, actiefId: string | null): OpgeslagenTabel {
  const bedragen = JSON.parse(r.bedragen_json) as Pick<Waarderingstabel, 'jaarbedragCent' | 'bonusCent'>;
  return {
    id: r.id,
    naam: r.naam,
    versie: r.versie,
    basisUren: r.basis_uren,
    minimumUren: r.minimum_uren,
    uurtariefCent: r.uurtarief_cent,
    jaarbedragCent: bedragen.jaarbedragCent,
    bonusCent: bedragen.bonusCent,
    actief: r.id === actiefId,
    realisaties: r.realisaties,
  };
}

const TABEL_SELECT = `
  SELECT t.id, t.naam, t.versie, t.basis_uren, t.minimum_uren, t.uurtarief_cent, t.bedragen_json,
         (SELECT COUNT(*) FROM realisatie r WHERE r.waarderingstabel_id = t.id AND r.deleted_at IS NULL) AS realisaties
    FROM waarderingstabel t WHERE t.deleted_at IS NULL`;

function actiefId(db: Db): string | null {
  return (
    db.get<{ id: string | null }>(
      'SELECT waarderingstabel_id AS id FROM werkgroep WHERE deleted_at IS NULL LIMIT 1',
    )?.id ?? null
  );
}

export function waarderingsinstellingen(db: Db): Waarderingsinstellingen {
  const actief = actiefId(db);
  const tabellen = db
    .all<TabelRow>(`${TABEL_SELECT} ORDER BY t.naam COLLATE NOCASE, t.versie DESC`)
    .map((r) => toTabel(r, actief));
  return { tabellen, actiefId: actief };
}

/** The table new realisations are valued with, or null when the werkgroep has not chosen one. */
export function actieveTabel(db: Db): OpgeslagenTabel | null {
  const id = actiefId(db);
  if (!id) return null;
  const row = db.get<TabelRow>(`${TABEL_SELECT} AND t.id = ?`, [id]);
  return row ? toTabel(row, id) : null;
}

/**
 * Stores a table as a new version (the next number for its name) and makes it the current one.
 * Existing versions are never changed, so realisations keep the value they were given.
 */
export function slaTabelOpAlsNieuweVersie(db: Db, tabel: Omit<Waarderingstabel, 'versie'>): string {
  const versie =
    db.get<{ v: number }>(
      'SELECT IFNULL(MAX(versie), 0) + 1 AS v FROM waarderingstabel WHERE naam = ? COLLATE NOCASE AND deleted_at IS NULL',
      [tabel.naam],
    )?.v ?? 1;
  const id = db.insert('waarderingstabel', {
    naam: tabel.naam,
    versie,
    basis_uren: tabel.basisUren,
    minimum_uren: tabel.minimumUren,
    uurtarief_cent: tabel.uurtariefCent,
    bedragen_json: JSON.stringify({ jaarbedragCent: tabel.jaarbedragCent, bonusCent: tabel.bonusCent }),
  });
  kiesTabel(db, id);
  return id;
}

export function kiesTabel(db: Db, id: string): void {
  if (!db.get('SELECT 1 FROM waarderingstabel WHERE id = ? AND deleted_at IS NULL', [id]))
    throw new AppFault('NIET_GEVONDEN', 'Deze waarderingstabel bestaat niet (meer).');
  db.run('UPDATE werkgroep SET waarderingstabel_id = ?, updated_at = ? WHERE deleted_at IS NULL', [
    id,
    nuIso(),
  ]);
}
