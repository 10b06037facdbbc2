import type { Database, SqlValue } from 'sql.js';
import { nuIso } from '../../../shared/klok';
import { ReplicaKlok } from './replica-klok';
import { uuidv7 } from './uuid';

export type Params = SqlValue[] | Record<string, SqlValue>;
export type Row = Record<string, SqlValue>;

/** "TFLW": marks a SQLite file as a Tafelwerk werkgroep file. */
export const APPLICATION_ID = 0x54464c57;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Only whitelisted identifiers reach SQL text; values always go through parameters. */
export function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Ongeldige naam in SQL: ${name}`);
  return name;
}

/**
 * A thin wrapper over a sql.js database: parameterised queries, savepoint-nested
 * transactions that always roll back on error, and an export that is safe to call.
 */
export class Db {
  private depth = 0;
  /** Tables written since the last passed integrity check (see `changesOk`). */
  private readonly changedTables = new Set<string>();
  /** The schema version at the last passed check; null until the first. */
  private schemaAtCheck: number | null = null;
  /** This copy's writer and clock for the change log (replica-klok.ts). */
  readonly klok = new ReplicaKlok();

  constructor(private readonly raw: Database) {
    this.applyPragmas();
    // SQLite reports every row written (also in rolled-back work, which only means a table too
    // many is checked). Schema changes are not reported: the schema version catches those.
    raw.updateHook((_operation, schema, table) => {
      // Temporary tables are not saved; a table in another schema makes the next check a full one.
      if (schema === 'main') this.changedTables.add(table);
      else if (schema !== 'temp') this.schemaAtCheck = null;
    });
  }

  /**
   * SQLite starts with foreign keys off, and older sql.js versions reset pragmas on export():
   * call after opening and after every export.
   */
  private applyPragmas(): void {
    // secure_delete: deleted rows are overwritten with zeros, so an erased person's details do not
    // linger in free pages of the saved file. trusted_schema off: a view or trigger in a file from a
    // shared folder may not call functions with side effects (the schema itself is checked on open).
    this.raw.exec('PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA trusted_schema = OFF;');
  }

  /** Rebuilds the file without free pages (outside a transaction), e.g. after an erasure. */
  vacuum(): void {
    if (this.depth > 0) throw new Error('VACUUM kan niet binnen een transactie.');
    this.raw.exec('VACUUM');
  }

  all<T = Row>(sql: string, params: Params = []): T[] {
    const stmt = this.raw.prepare(sql);
    try {
      stmt.bind(params);
      const rows: T[] = [];
      while (stmt.step()) rows.push(stmt.getAsObject() as T);
      return rows;
    } finally {
      stmt.free();
    }
  }

  get<T = Row>(sql: string, params: Params = []): T | undefined {
    return this.all<T>(sql, params)[0];
  }

  run(sql: string, params: Params = []): void {
    this.raw.run(sql, params);
  }

  exec(sql: string): void {
    this.raw.exec(sql);
  }

  pragma(name: string): SqlValue | undefined {
    const row = this.raw.exec(`PRAGMA ${ident(name)}`)[0];
    return row?.values[0]?.[0];
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  /** Runs fn atomically. Nested calls use savepoints; any throw rolls back that level. */
  transaction<T>(fn: () => T): T {
    const name = `sp_${this.depth}`;
    this.raw.exec(this.depth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${name}`);
    this.depth++;
    try {
      if (this.depth === 1) this.klok.stelIn(this);
      const result = fn();
      if (result instanceof Promise) throw new Error('Een transactie moet synchroon zijn.');
      this.depth--;
      this.raw.exec(this.depth === 0 ? 'COMMIT' : `RELEASE ${name}`);
      return result;
    } catch (error) {
      this.depth--;
      this.raw.exec(this.depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${name}; RELEASE ${name}`);
      throw error;
    }
  }

  /** Inserts a row with a fresh UUIDv7 id and timestamps; returns the id. */
  insert(table: string, values: Record<string, SqlValue>, now = nuIso()): string {
    const id = (values.id as string | undefined) ?? uuidv7();
    const row: Record<string, SqlValue> = { created_at: now, updated_at: now, ...values, id };
    const cols = Object.keys(row).map(ident);
    this.run(
      `INSERT INTO ${ident(table)} (${cols.join(', ')}) VALUES (${cols.map((c) => `:${c}`).join(', ')})`,
      Object.fromEntries(cols.map((c) => [`:${c}`, row[c] ?? null])),
    );
    return id;
  }

  /** Updates columns of one row and stamps updated_at. */
  update(table: string, id: string, values: Record<string, SqlValue>, now = nuIso()): void {
    const row: Record<string, SqlValue> = { ...values, updated_at: now };
    const cols = Object.keys(row).map(ident);
    this.run(`UPDATE ${ident(table)} SET ${cols.map((c) => `${c} = :${c}`).join(', ')} WHERE id = :id`, {
      ...Object.fromEntries(cols.map((c) => [`:${c}`, row[c] ?? null])),
      ':id': id,
    });
  }

  /**
   * Replaces a parent's child rows (e.g. an organisation's werkgebied): the live ones get a
   * tombstone rather than being deleted, so history and later merging keep them; the new ones
   * are inserted with the same timestamp.
   */
  replaceChildren(
    table: string,
    parentColumn: string,
    parentId: string,
    rows: Record<string, SqlValue>[],
    now = nuIso(),
  ): void {
    this.run(
      `UPDATE ${ident(table)} SET deleted_at = ?, updated_at = ? WHERE ${ident(parentColumn)} = ? AND deleted_at IS NULL`,
      [now, now, parentId],
    );
    for (const row of rows) this.insert(table, { ...row, [parentColumn]: parentId }, now);
  }

  /**
   * The file's bytes. Exporting mid-transaction would write a half-done change (and older sql.js
   * versions close the connection here): refuse inside a transaction, re-apply pragmas after.
   */
  export(): Uint8Array {
    if (this.depth > 0) throw new Error('Exporteren tijdens een transactie is niet toegestaan.');
    const bytes = this.raw.export();
    this.applyPragmas();
    return bytes;
  }

  /** The full `integrity_check`: every table, index and page of the database. */
  integrityOk(): boolean {
    const ok = this.check('PRAGMA integrity_check');
    if (ok) this.markChecked();
    return ok;
  }

  /**
   * The integrity check of what changed since the last passed check: each written table with its
   * indexes (`integrity_check(table)`), or everything after a schema change. Checks on a large file
   * cost about a second; a save after one edit needs milliseconds this way. What it skips (pages
   * outside the changed tables, the free list) the full check covers before every backup and on close.
   */
  changesOk(): boolean {
    if (this.schemaAtCheck !== Number(this.pragma('schema_version'))) return this.integrityOk();
    for (const table of this.changedTables) {
      if (!/^[a-z_][a-z0-9_]*$/.test(table)) return this.integrityOk();
      if (!this.check(`PRAGMA integrity_check(${table})`)) return false;
    }
    this.changedTables.clear();
    return true;
  }

  /** Whether anything was written (or the schema changed) since the last passed check. */
  get unchecked(): boolean {
    return this.changedTables.size > 0 || this.schemaAtCheck !== Number(this.pragma('schema_version'));
  }

  /**
   * Records the current state as checked: after a passed check, or when the bytes were proven
   * identical to bytes that passed one (see `controle-merk.ts`).
   */
  markChecked(): void {
    this.changedTables.clear();
    this.schemaAtCheck = Number(this.pragma('schema_version'));
  }

  private check(sql: string): boolean {
    const rows = this.raw.exec(sql);
    return rows[0]?.values.length === 1 && rows[0].values[0]?.[0] === 'ok';
  }

  close(): void {
    this.raw.close();
  }
}
