import type { Organisatie, OrganisatieSoort } from '../../../../shared/domain/organisaties';
import { korteGemeente } from '../../../../shared/format/nl';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';

interface Row {
  id: string;
  naam: string;
  soort: OrganisatieSoort;
  contactpersoon: string | null;
  email: string | null;
  telefoon: string | null;
  jaaromzet_cent: number | null;
  fte: number | null;
  gearchiveerd_op: string | null;
}

/** The stored fields of an organisation, as the service hands them over after validation. */
export interface OrganisatieGegevens {
  naam: string;
  soort: OrganisatieSoort;
  contactpersoon: string | null;
  email: string | null;
  telefoon: string | null;
  gemeenteIds: string[];
  jaaromzetCent: number | null;
  fte: number | null;
}

function werkgebieden(db: Db, ids: string[]): Map<string, { id: string; naam: string }[]> {
  const result = new Map<string, { id: string; naam: string }[]>();
  if (ids.length === 0) return result;
  const rows = db.all<{ organisatie_id: string; id: string; naam: string }>(
    `SELECT og.organisatie_id, g.id, g.naam
       FROM organisatie_gemeente og JOIN organisatie g ON g.id = og.gemeente_id
      WHERE og.deleted_at IS NULL AND og.organisatie_id IN (${ids.map(() => '?').join(',')})
      ORDER BY g.naam COLLATE NOCASE`,
    ids,
  );
  for (const row of rows) {
    const list = result.get(row.organisatie_id) ?? [];
    list.push({ id: row.id, naam: korteGemeente(row.naam) });
    result.set(row.organisatie_id, list);
  }
  // Sort by the name as shown: a gemeente entered without "Gemeente " must not end up last.
  for (const list of result.values())
    list.sort((a, b) => a.naam.localeCompare(b.naam, 'nl', { sensitivity: 'base' }));
  return result;
}

function toOrganisatie(row: Row, gebied: { id: string; naam: string }[]): Organisatie {
  return {
    id: row.id,
    naam: row.naam,
    soort: row.soort,
    contactpersoon: row.contactpersoon,
    email: row.email,
    telefoon: row.telefoon,
    gemeenteIds: gebied.map((g) => g.id),
    werkgebied: gebied.map((g) => g.naam),
    jaaromzetCent: row.jaaromzet_cent,
    fte: row.fte,
    gearchiveerdOp: row.gearchiveerd_op,
  };
}

const COLUMNS = 'id, naam, soort, contactpersoon, email, telefoon, jaaromzet_cent, fte, gearchiveerd_op';

/** Organisations by name; archived ones only when asked. Search matches name and contact person. */
/** Which organisations a list shows: by name or contact, by kind, archived ones or not. */
export interface OrganisatieZoekfilter {
  zoek?: string | undefined;
  soort?: OrganisatieSoort | undefined;
  metGearchiveerd?: boolean | undefined;
}

export function listOrganisaties(db: Db, filter: OrganisatieZoekfilter = {}): Organisatie[] {
  const where = ['deleted_at IS NULL'];
  const params: Record<string, string> = {};
  if (!filter.metGearchiveerd) where.push('gearchiveerd_op IS NULL');
  if (filter.soort) {
    where.push('soort = :soort');
    params[':soort'] = filter.soort;
  }
  if (filter.zoek) {
    where.push(`(naam LIKE :zoek ESCAPE '\\' OR IFNULL(contactpersoon, '') LIKE :zoek ESCAPE '\\')`);
    params[':zoek'] = `%${filter.zoek.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  const rows = db.all<Row>(
    `SELECT ${COLUMNS} FROM organisatie WHERE ${where.join(' AND ')} ORDER BY naam COLLATE NOCASE`,
    params,
  );
  const gebieden = werkgebieden(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toOrganisatie(r, gebieden.get(r.id) ?? []));
}

export function getOrganisatie(db: Db, id: string): Organisatie {
  const row = db.get<Row>(`SELECT ${COLUMNS} FROM organisatie WHERE id = ? AND deleted_at IS NULL`, [id]);
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Deze organisatie bestaat niet (meer).');
  return toOrganisatie(row, werkgebieden(db, [id]).get(id) ?? []);
}

/** Another live organisation with the same name (case and surrounding spaces ignored), if any. */
export function findByName(
  db: Db,
  naam: string,
  exceptId?: string,
): { id: string; naam: string } | undefined {
  return db.get<{ id: string; naam: string }>(
    `SELECT id, naam FROM organisatie
      WHERE deleted_at IS NULL AND LOWER(TRIM(naam)) = LOWER(TRIM(?)) AND id <> ?`,
    [naam, exceptId ?? ''],
  );
}

function checkGemeenten(db: Db, ids: string[]): void {
  for (const id of new Set(ids)) {
    const row = db.get<{ soort: string }>(
      'SELECT soort FROM organisatie WHERE id = ? AND deleted_at IS NULL',
      [id],
    );
    if (row?.soort !== 'gemeente') {
      throw new AppFault(
        'ONGELDIGE_INVOER',
        'Het werkgebied mag alleen gemeenten uit deze werkgroep bevatten.',
      );
    }
  }
}

/** Inserts or updates an organisation and replaces its werkgebied. Returns its id. */
export function saveOrganisatie(db: Db, data: OrganisatieGegevens, id?: string): string {
  const clash = findByName(db, data.naam, id);
  if (clash) throw new AppFault('ONGELDIGE_INVOER', `Er is al een organisatie met de naam "${clash.naam}".`);
  checkGemeenten(db, data.gemeenteIds);
  const values = {
    naam: data.naam,
    soort: data.soort,
    contactpersoon: data.contactpersoon,
    email: data.email,
    telefoon: data.telefoon,
    jaaromzet_cent: data.jaaromzetCent,
    fte: data.fte,
  };
  let orgId: string;
  if (id) {
    getOrganisatie(db, id);
    db.update('organisatie', id, values);
    orgId = id;
  } else {
    orgId = db.insert('organisatie', values);
  }
  db.replaceChildren(
    'organisatie_gemeente',
    'organisatie_id',
    orgId,
    [...new Set(data.gemeenteIds)].map((gemeente_id) => ({ gemeente_id })),
  );
  return orgId;
}

/** Archiving keeps the organisation for everything that refers to it, but hides it from lists and choices. */
export function setArchived(db: Db, id: string, gearchiveerd: boolean): void {
  getOrganisatie(db, id);
  db.update('organisatie', id, { gearchiveerd_op: gearchiveerd ? nuIso() : null });
}
