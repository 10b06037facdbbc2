import type { Db, Params } from '../database';

/**
 * Many rows as one value: `sql` selects one column `rijen` with
 * `json_group_array(json_array(…))`, and every row comes back as an array in that column order
 * (or with `json_group_array(x)`, as the bare value).
 *
 * Why: sql.js fetches each row, each value and (for objects) each column name with calls of their
 * own across the WebAssembly boundary; for 10,000 rows and more that costs more than the query.
 * One JSON text and `JSON.parse` are several times faster. The rows keep the order in which the
 * aggregate reads them: give it a subquery with ORDER BY (SQLite does not flatten an ordered
 * subquery into an aggregate). Only for TEXT, INTEGER and NULL values: a REAL could come back
 * rounded, a BLOB not at all.
 */
export function jsonRijen<T>(db: Db, sql: string, params: Params = []): T[] {
  const rijen = db.get<{ rijen: string | null }>(sql, params)?.rijen;
  return rijen ? (JSON.parse(rijen) as T[]) : [];
}
