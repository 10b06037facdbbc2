import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteStap } from '../../electron/main/services/leerlijn';
import { backupFolder } from '../../electron/main/store/backups';
import { Db } from '../../electron/main/store/database';
import { lockPath } from '../../electron/main/store/lock';
import { wisKandidaat } from '../../electron/main/store/repositories/avg';
import { getKandidaat } from '../../electron/main/store/repositories/kandidaten';
import { deleteMeting, saveMeting } from '../../electron/main/store/repositories/voortgang';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { type FileOptions, readSnapshot, WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { codeVan, nieuweKandidaat, nieuweStap } from './helpers/kandidaten';
import { exists, thrown } from './helpers/temp';
import { regioBestand, regioDb } from './helpers/werkgroep-db';

/**
 * Attacks on the erasure by someone who can write the werkgroep file in the shared folder (issue
 * #19): a planted trigger that quietly keeps the person, and deleted rows that keep their text.
 */

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const OPTS: FileOptions = { keepBackups: 3, backupIntervalMs: 0 };
const NAAM = 'Wobbe Kwakernaat-Piekstra';

/** A file on disk with one named candidate; returns its path and the candidate's id. */
async function bestandMetKandidaat(): Promise<{ dir: string; path: string; id: string }> {
  const { dir, path, file } = await regioBestand(OPTS);
  const id = await file.write((db) => nieuweKandidaat(db, { naam: NAAM }));
  await file.close();
  return { dir, path, id };
}

/** Changes the file on disk behind Tafelwerk's back, as another program in the shared folder could. */
async function knoei(path: string, sql: string): Promise<void> {
  const raw = new SQL.Database(await fs.readFile(path));
  raw.exec(sql);
  await fs.writeFile(path, raw.export());
  raw.close();
}

const IGNORE_TRIGGER =
  'CREATE TRIGGER kandidaat_blijft BEFORE DELETE ON kandidaat BEGIN SELECT RAISE(IGNORE); END;';

describe('a planted schema object is refused on open', () => {
  it('a BEFORE DELETE … RAISE(IGNORE) trigger: the file is refused in Dutch, naming the trigger', async () => {
    const { path } = await bestandMetKandidaat();
    await knoei(path, IGNORE_TRIGGER);
    const fout = await WerkgroepFile.open(path, OPTS).catch((e: unknown) => e);
    expect(fout).toMatchObject({ code: 'SCHEMA_ONVERWACHT' });
    expect((fout as Error).message).toMatch(/trigger kandidaat_blijft/);
    expect((fout as Error).message).toMatch(/niet geopend/);
    // Refused before anything was written: no lock left, no file set aside as damaged.
    expect(await exists(lockPath(path))).toBe(false);
    expect((await fs.readdir(join(path, '..'))).filter((n) => n.includes('beschadigd'))).toEqual([]);
    // The command line reads through the same check.
    await expect(readSnapshot(path)).rejects.toMatchObject({ code: 'SCHEMA_ONVERWACHT' });
  });

  it.each([
    ['an extra view', 'CREATE VIEW namen AS SELECT naam FROM kandidaat;', /view namen/],
    ['an extra index', 'CREATE INDEX kandidaat_extra ON kandidaat (naam);', /index kandidaat_extra/],
    ['an extra table', 'CREATE TABLE spiegel (naam TEXT);', /tabel spiegel/],
    [
      'a trigger of Tafelwerk rewritten under its own name',
      `DROP TRIGGER kandidaat_stand_nieuw;
       CREATE TRIGGER kandidaat_stand_nieuw AFTER INSERT ON kandidaat BEGIN DELETE FROM kandidaat_stand; END;`,
      /trigger kandidaat_stand_nieuw/,
    ],
    ['a missing index', 'DROP INDEX kandidaat_code;', /index kandidaat_code ontbreekt/],
  ])('%s is refused', async (_naam, sql, melding) => {
    const { path } = await bestandMetKandidaat();
    await knoei(path, sql);
    const fout = await WerkgroepFile.open(path, OPTS).catch((e: unknown) => e);
    expect(fout).toMatchObject({ code: 'SCHEMA_ONVERWACHT' });
    expect((fout as Error).message).toMatch(melding);
  });

  it('an untouched file (and one written by this app again) opens', async () => {
    const { path, id } = await bestandMetKandidaat();
    const { file } = await WerkgroepFile.open(path, OPTS);
    expect(getKandidaat(file.db, id).naam).toBe(NAAM);
    await file.close();
  });

  it('trusted_schema is off: the schema cannot call functions with side effects', () => {
    const db = regioDb(SQL);
    expect(Number(db.pragma('trusted_schema'))).toBe(0);
    db.export(); // older sql.js versions reset pragmas here
    expect(Number(db.pragma('trusted_schema'))).toBe(0);
    db.close();
  });
});

describe('the erasure checks that the person is gone', () => {
  it('a trigger that silently keeps the row makes the erasure fail, not report success', () => {
    const db = regioDb(SQL);
    const id = nieuweKandidaat(db, { naam: NAAM });
    db.exec(IGNORE_TRIGGER);
    const fout = thrown(() => db.transaction(() => wisKandidaat(db, id, codeVan(db, id))));
    expect(fout).toMatchObject({ code: 'WISSEN_MISLUKT' });
    expect(fout.message).toMatch(/niet verwijderd/);
    db.close();
  });

  it('a trigger that keeps a row about the person elsewhere is caught too', () => {
    const db = regioDb(SQL);
    const id = nieuweKandidaat(db, { naam: NAAM });
    saveMeting(db, { kandidaatId: id, datum: '2026-01-05', trede: 2, toelichting: 'x' });
    db.exec('CREATE TRIGGER meting_blijft BEFORE DELETE ON ladder_meting BEGIN SELECT RAISE(IGNORE); END;');
    // With foreign keys on, the kept child row makes the parent's delete fail (a constraint error)
    // or, if the cascade is skipped, remain: either way the erasure must not report success.
    expect(() => db.transaction(() => wisKandidaat(db, id, codeVan(db, id)))).toThrow();
    db.close();
  });
});

describe('a deleted step or measurement leaves no text behind', () => {
  const GEHEIM_STAP = 'RESULTAAT-psychose-opname-7781';
  const GEHEIM_METING = 'METING-verslaving-terugval-6634';

  it('deleting a leerlijn step or a ladder measurement removes its text from the saved file', async () => {
    const { path, id } = await bestandMetKandidaat();
    const { file } = await WerkgroepFile.open(path, OPTS);
    const { stap, meting } = await file.write((db) => {
      const stap = nieuweStap(db, id, 'training', { resultaat: GEHEIM_STAP });
      saveMeting(db, { kandidaatId: id, datum: '2026-01-05', trede: 2, toelichting: GEHEIM_METING });
      const meting = db.get<{ id: string }>('SELECT id FROM ladder_meting')?.id as string;
      return { stap, meting };
    });
    expect((await fs.readFile(path)).includes(GEHEIM_STAP)).toBe(true);
    await file.write((db) => {
      deleteStap(db, stap);
      deleteMeting(db, meting);
    });
    await file.close();
    const bytes = await fs.readFile(path);
    expect(bytes.includes(GEHEIM_STAP)).toBe(false);
    expect(bytes.includes(GEHEIM_METING)).toBe(false);
    // The tombstone keeps what merging needs: the id and the times, nothing else.
    const { db } = await readSnapshot(path);
    expect(db.all('SELECT * FROM verwijderd ORDER BY tabel')).toEqual([
      expect.objectContaining({ id: meting, tabel: 'ladder_meting', deleted_at: expect.any(String) }),
      expect.objectContaining({ id: stap, tabel: 'leerlijn_stap', deleted_at: expect.any(String) }),
    ]);
    expect(Object.keys(db.get('SELECT * FROM verwijderd') ?? {}).sort()).toEqual([
      'created_at',
      'deleted_at',
      'id',
      'tabel',
      'updated_at',
    ]);
    expect(db.get('SELECT COUNT(*) AS n FROM leerlijn_stap WHERE id = ?', [stap])).toEqual({ n: 0 });
    db.close();
  });

  it('a raw Db: the deleted rows are gone, the live ones stay', () => {
    const db = new Db(new SQL.Database(regioDb(SQL).export()));
    const id = nieuweKandidaat(db, { naam: NAAM });
    const weg = nieuweStap(db, id, 'training', { resultaat: GEHEIM_STAP });
    const blijft = nieuweStap(db, id, 'intake');
    deleteStap(db, weg);
    expect(db.all<{ id: string }>('SELECT id FROM leerlijn_stap').map((r) => r.id)).toEqual([blijft]);
    db.close();
  });
});

describe('temp files a crash left hold the data: the next open and an erasure remove them', () => {
  /** Every `*.tmp` under the folder, relative to it. */
  async function tmpBestanden(dir: string): Promise<string[]> {
    const alle = (await fs.readdir(dir, { recursive: true })) as string[];
    return alle.filter((n) => n.endsWith('.tmp')).sort();
  }

  /** What an interrupted save, backup and mark write leave: partial copies holding the name. */
  async function plantResten(path: string): Promise<void> {
    const kopieen = backupFolder(path);
    await fs.mkdir(kopieen, { recursive: true });
    const bytes = await fs.readFile(path);
    await fs.writeFile(`${path}.0badc0de.tmp`, bytes);
    await fs.writeFile(join(kopieen, '20260101T120000000Z.tafelwerk.1234abcd.tmp'), bytes);
    await fs.writeFile(join(kopieen, 'gecontroleerd.json.99aa88bb.tmp'), '{"sha256":"');
  }

  it('on open, beside the file and in its backup folder', async () => {
    const { dir, path } = await bestandMetKandidaat();
    await plantResten(path);
    expect(await tmpBestanden(dir)).toHaveLength(3);
    const { file } = await WerkgroepFile.open(path, OPTS);
    await file.settled();
    expect(await tmpBestanden(dir)).toEqual([]);
    await file.close();
  });

  it('by an erasure, which must leave no copy of the person anywhere', async () => {
    const { dir, path, id } = await bestandMetKandidaat();
    const { file } = await WerkgroepFile.open(path, OPTS);
    await file.settled();
    await plantResten(path);
    await file.writeAndPurge((db) => wisKandidaat(db, id, codeVan(db, id)));
    expect(await tmpBestanden(dir)).toEqual([]);
    await file.close();
  });
});
