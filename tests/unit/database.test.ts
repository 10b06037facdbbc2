import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { Db, ident } from '../../electron/main/store/database';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { uuidv7 } from '../../electron/main/store/uuid';
import { thrown } from './helpers/temp';
import { schemaDb } from './helpers/werkgroep-db';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const namen = (db: Db) => db.all<{ naam: string }>('SELECT naam FROM groep ORDER BY naam').map((r) => r.naam);

/** The 48-bit millisecond timestamp at the start of a UUIDv7. */
const idTime = (id: string) => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('Db.transaction', () => {
  test('commits on success and rolls back everything on a throw', () => {
    const db = schemaDb(SQL);
    db.transaction(() => db.insert('groep', { naam: 'Blijft' }));
    expect(() =>
      db.transaction(() => {
        db.insert('groep', { naam: 'Weg 1' });
        db.insert('groep', { naam: 'Weg 2' });
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(namen(db)).toEqual(['Blijft']);
    expect(db.inTransaction).toBe(false);
    // The connection is usable again: no transaction was left open.
    db.transaction(() => db.insert('groep', { naam: 'Daarna' }));
    expect(namen(db)).toEqual(['Blijft', 'Daarna']);
  });

  test('a failing SQL statement rolls back the earlier statements of the same transaction', () => {
    const db = schemaDb(SQL);
    expect(() =>
      db.transaction(() => {
        db.insert('groep', { naam: 'Eerst' });
        db.insert('kandidaat', { code: 'K-1', groep_id: 'onbekend' });
      }),
    ).toThrow(/FOREIGN KEY/i);
    expect(namen(db)).toEqual([]);
  });

  test('a nested savepoint that throws rolls back only the inner level', () => {
    const db = schemaDb(SQL);
    const result = db.transaction(() => {
      db.insert('groep', { naam: 'Buiten voor' });
      expect(() =>
        db.transaction(() => {
          db.insert('groep', { naam: 'Binnen' });
          throw new Error('binnen mis');
        }),
      ).toThrow('binnen mis');
      expect(db.inTransaction).toBe(true);
      db.transaction(() => db.insert('groep', { naam: 'Binnen gelukt' }));
      db.insert('groep', { naam: 'Buiten na' });
      return 'klaar';
    });
    expect(result).toBe('klaar');
    expect(namen(db)).toEqual(['Binnen gelukt', 'Buiten na', 'Buiten voor']);
  });

  test('an outer throw also undoes an inner level that succeeded', () => {
    const db = schemaDb(SQL);
    expect(() =>
      db.transaction(() => {
        db.transaction(() => db.insert('groep', { naam: 'Binnen' }));
        throw new Error('buiten mis');
      }),
    ).toThrow('buiten mis');
    expect(namen(db)).toEqual([]);
  });

  test('refuses an async function and rolls back what it did synchronously', () => {
    const db = schemaDb(SQL);
    expect(() =>
      db.transaction(() => {
        db.insert('groep', { naam: 'Sync deel' });
        return Promise.resolve(1);
      }),
    ).toThrow(/synchroon/);
    expect(namen(db)).toEqual([]);
  });
});

describe('Db.export', () => {
  test('throws inside a transaction (with a Dutch message) and works outside', () => {
    const db = schemaDb(SQL);
    const error = thrown(() => db.transaction(() => db.export()));
    expect(error.message).toMatch(/transactie/);
    expect(db.inTransaction).toBe(false);
    const bytes = db.export();
    const copy = new SQL.Database(bytes);
    expect(copy.exec(`SELECT COUNT(*) FROM sqlite_master WHERE name = 'groep'`)[0]?.values[0]?.[0]).toBe(1);
    copy.close();
  });

  test('a Db opened from exported bytes enforces foreign keys (SQLite itself defaults to off)', () => {
    const bytes = schemaDb(SQL).export();
    const raw = new SQL.Database(bytes);
    expect(raw.exec('PRAGMA foreign_keys')[0]?.values[0]?.[0]).toBe(0);
    const db = new Db(raw);
    expect(db.pragma('foreign_keys')).toBe(1);
    expect(() => db.insert('kandidaat', { code: 'K-1', groep_id: 'onbekend' })).toThrow(/FOREIGN KEY/i);
  });

  // sql.js before 1.13 closed and reopened the connection in export(), dropping the pragma; 1.16 uses the
  // backup API and keeps it. Either way the wrapper must leave foreign keys on.
  test('foreign keys are enforced again after export()', () => {
    const db = schemaDb(SQL);
    expect(db.pragma('foreign_keys')).toBe(1);
    db.export();
    expect(db.pragma('foreign_keys')).toBe(1);
    expect(() => db.insert('kandidaat', { code: 'K-1', groep_id: 'onbekend' })).toThrow(/FOREIGN KEY/i);
    db.export();
    db.export();
    expect(() => db.insert('kandidaat', { code: 'K-2', gemeente_id: 'onbekend' })).toThrow(/FOREIGN KEY/i);
  });
});

describe('Db.insert and ids', () => {
  test('generates UUIDv7 ids that are time-ordered and carry the insert time', () => {
    const db = schemaDb(SQL);
    const before = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < 300; i++) ids.push(db.insert('groep', { naam: `G${i}` }));
    const after = Date.now();

    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(idTime(id)).toBeGreaterThanOrEqual(before);
      expect(idTime(id)).toBeLessThanOrEqual(after);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // Insertion order and id order agree in the table too.
    const byId = db.all<{ naam: string }>('SELECT naam FROM groep ORDER BY id').map((r) => r.naam);
    expect(byId).toEqual(ids.map((_, i) => `G${i}`));
  });

  test('stamps created_at and updated_at; update() moves only updated_at', () => {
    const db = schemaDb(SQL);
    const id = db.insert('groep', { naam: 'A' }, '2026-01-01T00:00:00.000Z');
    db.update('groep', id, { naam: 'B' }, '2026-02-01T00:00:00.000Z');
    expect(db.get('SELECT naam, created_at, updated_at, deleted_at FROM groep WHERE id = ?', [id])).toEqual({
      naam: 'B',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-02-01T00:00:00.000Z',
      deleted_at: null,
    });
  });

  test('ids stay ordered when many are made in one millisecond', () => {
    const nu0 = Date.now();
    const klok = vi.spyOn(Date, 'now').mockReturnValue(nu0);
    try {
      const ids = Array.from({ length: 5000 }, () => uuidv7());
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(ids);
      for (const id of ids) expect(id[14]).toBe('7');
    } finally {
      klok.mockRestore();
    }
  });

  test('ids stay ordered when the clock steps back', () => {
    const klok = vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 50);
    try {
      const first = uuidv7();
      klok.mockReturnValue(Date.now() - 60_000);
      const second = uuidv7();
      expect(second > first).toBe(true);
    } finally {
      klok.mockRestore();
    }
  });
});

describe('ident', () => {
  test('accepts plain identifiers', () => {
    expect(ident('kandidaat')).toBe('kandidaat');
    expect(ident('_x1')).toBe('_x1');
  });

  test.each([
    'groep; DROP TABLE groep',
    'groep--',
    'naam) VALUES (1); --',
    'Groep',
    '1groep',
    '"groep"',
    'groep\n',
    '',
  ])('rejects %j', (name) => {
    expect(() => ident(name)).toThrow(/Ongeldige naam/);
  });

  test('insert, update and pragma refuse injected names and leave the data alone', () => {
    const db = schemaDb(SQL);
    const id = db.insert('groep', { naam: 'Veilig' });
    expect(() => db.insert('groep; DROP TABLE groep; --', { naam: 'x' })).toThrow(/Ongeldige naam/);
    expect(() => db.insert('groep', { 'naam) VALUES (1); DROP TABLE groep; --': 'x' })).toThrow(
      /Ongeldige naam/,
    );
    expect(() => db.update('groep', id, { 'naam = naam; DROP TABLE groep; --': 'x' })).toThrow(
      /Ongeldige naam/,
    );
    expect(() => db.pragma('foreign_keys = OFF')).toThrow(/Ongeldige naam/);
    expect(db.pragma('foreign_keys')).toBe(1);
    expect(namen(db)).toEqual(['Veilig']);
  });

  test('values travel as parameters, never as SQL', () => {
    const db = schemaDb(SQL);
    const evil = "x'); DROP TABLE groep; --";
    const id = db.insert('groep', { naam: evil });
    expect(db.get('SELECT naam FROM groep WHERE id = ?', [id])).toEqual({ naam: evil });
  });
});
