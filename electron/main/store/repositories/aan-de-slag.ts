import type { AanDeSlagFeiten } from '../../../../shared/domain/aan-de-slag';
import type { Db } from '../database';

const tel = (db: Db, sql: string) => Number(db.get<{ n: number }>(sql)?.n ?? 0);
const levend = (db: Db, tabel: string, extra = '') =>
  tel(db, `SELECT COUNT(*) AS n FROM ${tabel} WHERE deleted_at IS NULL ${extra}`);

/** What the checklist ticks from, read from the file. */
export function aanDeSlagFeiten(db: Db): AanDeSlagFeiten {
  return {
    organisatiesBuitenGemeenten: levend(db, 'organisatie', "AND soort <> 'gemeente'"),
    waarderingstabelGekozen: levend(db, 'werkgroep', 'AND waarderingstabel_id IS NOT NULL') > 0,
    inventarisatierondes: levend(db, 'inventarisatie_ronde'),
    kandidaten: levend(db, 'kandidaat'),
    groepen: levend(db, 'groep'),
    planningactiviteiten: levend(db, 'planning_activiteit'),
    bijeenkomsten: levend(db, 'bijeenkomst'),
  };
}

/** The werkgroep's own id: stable when the file is renamed, moved or copied to a colleague. */
export function werkgroepId(db: Db): string {
  return (
    db.get<{ id: string }>('SELECT id FROM werkgroep WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1')
      ?.id ?? ''
  );
}
