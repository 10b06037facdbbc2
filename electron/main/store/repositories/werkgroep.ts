import { type AuditActie, actieUit, type LogRegel } from '../../../../shared/domain/logboek';
import type { Tellingen, Werkgroep } from '../../../../shared/domain/types';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { benoemAlle, watInWoorden } from '../rijen/logboek-namen';

export function getWerkgroep(db: Db): Werkgroep {
  const row = db.get<{ naam: string; regio: string; updated_at: string }>(
    'SELECT naam, regio, updated_at FROM werkgroep WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1',
  );
  if (!row) throw new AppFault('BESTAND_BESCHADIGD', 'Dit bestand bevat geen werkgroep.');
  return { naam: row.naam, regio: row.regio, bijgewerktOp: row.updated_at };
}

export interface WerkgroepGegevens {
  naam: string;
  regio: string;
}

export function updateWerkgroep(db: Db, input: WerkgroepGegevens): void {
  const row = db.get<{ id: string }>(
    'SELECT id FROM werkgroep WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1',
  );
  if (!row) throw new AppFault('BESTAND_BESCHADIGD', 'Dit bestand bevat geen werkgroep.');
  db.update('werkgroep', row.id, { naam: input.naam, regio: input.regio });
}

/** Records who changed what kind of thing; never the content itself. */
/**
 * One audit-log row. The description is fixed text from the code; the record is named by its id
 * only. The action follows from the description unless given.
 */
export function recordChange(
  db: Db,
  auteur: string,
  soort: string,
  omschrijving: string,
  extra: {
    actie?: AuditActie;
    objectId?: string | null;
    resultaat?: 'gelukt' | 'mislukt';
    tijd?: string;
  } = {},
): void {
  db.insert(
    'wijziging',
    {
      auteur: auteur || 'onbekend',
      soort,
      omschrijving,
      actie: extra.actie ?? actieUit(omschrijving),
      object_id: extra.objectId ?? null,
      resultaat: extra.resultaat ?? 'gelukt',
    },
    extra.tijd,
  );
}

/** The newest audit-log rows first, each with what it is about in words (`wat`), never a bare id. */
export function listLogboek(db: Db, max = 1000): LogRegel[] {
  const regels = db.all<Omit<LogRegel, 'wat'>>(
    `SELECT id, created_at AS tijd, auteur AS actor, actie, soort, object_id AS objectId, resultaat, omschrijving
       FROM wijziging WHERE deleted_at IS NULL ORDER BY created_at DESC, rowid DESC LIMIT ?`,
    [max],
  );
  const namen = benoemAlle(
    db,
    regels.flatMap((r) => (r.objectId ? [r.objectId] : [])),
  );
  return regels.map((r) => ({ ...r, wat: watInWoorden(namen, r) }));
}

const count = (db: Db, sql: string) => Number(db.get<{ n: number }>(sql)?.n ?? 0);

export function countRecords(db: Db): Tellingen {
  const live = (table: string, extra = '') =>
    count(db, `SELECT COUNT(*) AS n FROM ${table} WHERE deleted_at IS NULL ${extra}`);
  return {
    organisaties: live('organisatie'),
    gemeenten: live('organisatie', "AND soort = 'gemeente'"),
    contracten: live('contract'),
    groepen: live('groep'),
    kandidaten: live('kandidaat'),
    planningactiviteiten: live('planning_activiteit'),
    bijeenkomsten: live('bijeenkomst'),
    besluiten: live('besluit'),
    actiepunten: live('actiepunt'),
    openActiepunten: live('actiepunt', "AND status = 'open'"),
  };
}
