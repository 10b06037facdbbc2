import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { schrijfKopieZonderPersoonsgegevens } from '../../electron/main/services/kopie-werkgroeplid';
import { bekijkSamenvoegen, voegSamen } from '../../electron/main/services/samenvoegen';
import { vulVoorbeeld } from '../../electron/main/services/voorbeeld';
import { loadVerified } from '../../electron/main/store/bestand-lezen';
import type { Db } from '../../electron/main/store/database';
import { isZonderPersoonsgegevens } from '../../electron/main/store/persoonsgegevens-weglaten';
import { countRecords } from '../../electron/main/store/repositories/werkgroep';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { nieuweSleutel } from '../../electron/main/store/versleuteling';
import { WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { gevolgdeTabellen } from '../../electron/main/store/wijzigingslog';
import { WEGGELATEN_TABELLEN, WEGGELATEN_VELDEN } from '../../shared/domain/persoonsgegevens';
import { nieuweKandidaat } from './helpers/kandidaten';
import { tempDir } from './helpers/temp';

const weigering = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('Expected a refusal.');
    },
    (e: Error & { code?: string }) => e,
  );

/**
 * "Kopie voor een werkgroeplid" (issue #20) on real sql.js files: the copy holds no personal data
 * (not in a row, not in the change log, not in a free page), opens and passes every check, counts
 * the same, and merges both ways without personal data changing or travelling.
 */

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

/** Every withheld value (and every withheld row) of a database, by table and id. */
function persoonlijk(db: Db) {
  const velden = Object.entries(WEGGELATEN_VELDEN).map(([tabel, vs]) => [
    tabel,
    db.all(`SELECT id, ${vs.map((v) => v.veld).join(', ')} FROM ${tabel} ORDER BY id`),
  ]);
  const rijen = WEGGELATEN_TABELLEN.map((t) => [t, db.all(`SELECT * FROM ${t} ORDER BY id`)]);
  return Object.fromEntries([...velden, ...rijen]);
}

/** The withheld text values of a database (at least 5 characters: a whole name or note). */
function persoonlijkeTeksten(db: Db): string[] {
  const teksten = new Set<string>();
  for (const rijen of Object.values(persoonlijk(db)) as Record<string, unknown>[][])
    for (const rij of rijen)
      for (const [k, v] of Object.entries(rij))
        if (k !== 'id' && typeof v === 'string' && v.length >= 5 && !/^[0-9a-f-]{36}$/.test(v))
          teksten.add(v);
  return [...teksten];
}

/**
 * Withheld texts that are not also kept elsewhere by right (a coach's name may be a meeting's
 * attendee as well, a barrier's kind is a word of the schema): those must be gone from the copy's
 * bytes.
 */
function alleenPersoonlijk(db: Db): string[] {
  const kolommen = (t: string) =>
    db.all<{ name: string }>('SELECT name FROM pragma_table_info(?)', [t]).map((k) => k.name);
  const behouden: string[] = [];
  for (const t of gevolgdeTabellen(db)) {
    if (WEGGELATEN_TABELLEN.includes(t)) continue;
    const weg = new Set((WEGGELATEN_VELDEN[t] ?? []).map((v) => v.veld));
    for (const rij of db.all(
      `SELECT ${kolommen(t)
        .filter((k) => !weg.has(k))
        .join(', ')} FROM ${t}`,
    ))
      for (const v of Object.values(rij)) if (typeof v === 'string') behouden.push(v);
  }
  // The schema itself names the kinds of barrier and their states (its CHECK lists).
  for (const r of db.all<{ sql: string | null }>('SELECT sql FROM sqlite_master')) behouden.push(r.sql ?? '');
  const alles = behouden.join('\n');
  return persoonlijkeTeksten(db).filter((t) => !alles.includes(t));
}

const bevat = (bytes: Uint8Array, tekst: string) => Buffer.from(bytes).includes(Buffer.from(tekst, 'utf8'));

const perTabel = (db: Db) =>
  Object.fromEntries(
    gevolgdeTabellen(db)
      .filter((t) => !WEGGELATEN_TABELLEN.includes(t) && t !== 'wijziging')
      .map((t) => [t, db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`)?.n]),
  );

async function voorbeeldBestand(metConflict = false): Promise<{ dir: string; file: WerkgroepFile }> {
  const dir = await tempDir();
  const file = await WerkgroepFile.create(join(dir, 'werkgroep.tafelwerk'), (db) => vulVoorbeeld(db));
  // A candidate changed twice (an update after the insert), so the log holds their base and a head.
  await file.write((db) => {
    const id = String(db.get<{ id: string }>('SELECT id FROM kandidaat ORDER BY code LIMIT 1')?.id);
    db.update('kandidaat', id, { naam: 'Bram Tweedenaam', klantmanager: 'Klaas Klantmanager' });
    // The other side of a conflict left open keeps its value in the log: here a name.
    if (metConflict)
      db.run(
        `INSERT INTO veldwijziging (tabel, rij_id, veld, id, waarde, ouders)
       VALUES ('kandidaat', ?, 'naam', '2026-01-01T00:00:00.000Z-00000001@aaaaaaaaaaaa', 'Bram Conflictnaam', '[]')`,
        [id],
      );
  });
  return { dir, file };
}

async function kopieVan(file: WerkgroepFile, dir: string, naam = 'lid.tafelwerk'): Promise<string> {
  const pad = join(dir, naam);
  await schrijfKopieZonderPersoonsgegevens(await file.inhoudNu(), pad, 'Secretaris');
  return pad;
}

const lees = async (pad: string) => loadVerified(SQL, new Uint8Array(await fs.readFile(pad))).db;

describe('a copy for a werkgroep member', () => {
  test('holds no personal data in any byte, opens, passes the checks and counts the same', async () => {
    const { dir, file } = await voorbeeldBestand(true);
    const origineel = await fs.readFile(file.path);
    const namen = file.db.all<{ naam: string }>('SELECT naam FROM kandidaat WHERE naam IS NOT NULL');
    expect(namen.length).toBeGreaterThan(5);
    const teksten = alleenPersoonlijk(file.db);
    expect(teksten).toEqual(expect.arrayContaining(['Bram Tweedenaam', 'Klaas Klantmanager']));
    // The test can fail: the full file holds every one of them.
    for (const t of [...teksten, 'Bram Conflictnaam']) expect(bevat(origineel, t), t).toBe(true);

    const pad = await kopieVan(file, dir);
    const bytes = new Uint8Array(await fs.readFile(pad));
    const lek = [...teksten, 'Bram Conflictnaam', ...namen.map((n) => n.naam)].filter((t) => bevat(bytes, t));
    expect(lek).toEqual([]);

    // It opens through the schema check, like any file, and is whole.
    const kopie = loadVerified(SQL, bytes).db;
    expect(kopie.integrityOk()).toBe(true);
    expect(kopie.all('PRAGMA foreign_key_check')).toEqual([]);
    expect(isZonderPersoonsgegevens(kopie)).toBe(true);
    expect(isZonderPersoonsgegevens(file.db)).toBe(false);
    // Every area counts the same (barriers aside: no row of them is in the copy), and so does the stand.
    expect(perTabel(kopie)).toEqual(perTabel(file.db));
    expect(countRecords(kopie)).toEqual(countRecords(file.db));
    expect(kopie.all('SELECT * FROM kandidaat_stand ORDER BY kandidaat_id')).toEqual(
      file.db.all('SELECT * FROM kandidaat_stand ORDER BY kandidaat_id'),
    );
    expect(file.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM kandidaat_belemmering')?.n).toBeGreaterThan(
      0,
    );
    expect(kopie.get<{ n: number }>('SELECT COUNT(*) AS n FROM kandidaat_belemmering')?.n).toBe(0);
    // What stays: codes, status, dates; every withheld field is blank.
    expect(
      kopie.all('SELECT id, code, status, gemeente_id, startdatum, updated_at FROM kandidaat ORDER BY id'),
    ).toEqual(
      file.db.all('SELECT id, code, status, gemeente_id, startdatum, updated_at FROM kandidaat ORDER BY id'),
    );
    for (const [tabel, velden] of Object.entries(WEGGELATEN_VELDEN))
      for (const v of velden)
        expect(
          kopie.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${tabel} WHERE ${v.veld} IS NOT ?`, [v.leeg])
            ?.n,
          `${tabel}.${v.veld}`,
        ).toBe(0);
    // The blanks are no edits: the log has the same entries as the full file's (without their values).
    const log = (db: Db) => db.all('SELECT tabel, rij_id, veld, id FROM veldwijziging ORDER BY 1, 2, 3, 4');
    expect(log(kopie).filter((r) => r.tabel !== 'kandidaat_belemmering')).toEqual(
      log(file.db).filter((r) => r.tabel !== 'kandidaat_belemmering'),
    );
    // The audit log names no person, and says that the copy was made.
    const audit = kopie.all<{ omschrijving: string }>('SELECT omschrijving FROM wijziging');
    expect(audit.map((a) => a.omschrijving)).toContain('Kopie zonder persoonsgegevens gemaakt');
    kopie.close();
    await file.close();
  });

  test('refuses an existing target; with its own passphrase it opens only with that one', async () => {
    const { dir, file } = await voorbeeldBestand();
    const pad = await kopieVan(file, dir);
    expect((await weigering(kopieVan(file, dir))).message).toMatch(/bestaat al/);
    const { sleutel } = await nieuweSleutel('een lange zin voor het lid', { N: 1024, r: 8, p: 1 });
    const beveiligd = join(dir, 'beveiligd.tafelwerk');
    await schrijfKopieZonderPersoonsgegevens(await file.inhoudNu(), beveiligd, 'Secretaris', sleutel);
    const bytes = await fs.readFile(beveiligd);
    expect(bytes.subarray(0, 15).toString()).not.toBe('SQLite format 3');
    expect((await weigering(WerkgroepFile.open(beveiligd))).code).toBe('WACHTWOORD_NODIG');
    const { file: open } = await WerkgroepFile.open(
      beveiligd,
      {},
      { wachtwoord: 'een lange zin voor het lid' },
    );
    expect(isZonderPersoonsgegevens(open.db)).toBe(true);
    await open.close();
    expect(isZonderPersoonsgegevens(await lees(pad))).toBe(true);
    await file.close();
  });
});

describe('merging a copy for a werkgroep member', () => {
  test("the member's actions, planning, meetings and lessons come in; no personal field changes, no conflict", async () => {
    const { dir, file } = await voorbeeldBestand();
    const { file: lid } = await WerkgroepFile.open(await kopieVan(file, dir));
    const actie = String(
      lid.db.get<{ id: string }>("SELECT id FROM actiepunt WHERE status = 'open' LIMIT 1")?.id,
    );
    const activiteit = String(lid.db.get<{ id: string }>('SELECT id FROM planning_activiteit LIMIT 1')?.id);
    await lid.write((db) => {
      db.update('actiepunt', actie, { status: 'klaar' });
      db.update('planning_activiteit', activiteit, { status: 'vertraagd' });
      const b = db.insert('bijeenkomst', { soort: 'werkgroep', datum: '2027-03-04', plaats: 'Goes' });
      db.insert('actiepunt', { bijeenkomst_id: b, omschrijving: 'Werkgevers uitnodigen', status: 'open' });
      db.insert('les', { soort: 'werkt', datum: '2027-03-04', auteur: 'Lid', tekst: 'Kort overleg werkt' });
    });
    // The app refuses candidate changes in such a copy; were a withheld field written anyway (by
    // hand, or an older app), the merge must still not take it.
    const beide = String(
      lid.db.get<{ id: string }>('SELECT id FROM kandidaat ORDER BY code DESC LIMIT 1')?.id,
    );
    const andere = String(lid.db.get<{ id: string }>('SELECT id FROM kandidaat ORDER BY code LIMIT 1')?.id);
    await lid.db.transaction(() => {
      lid.db.update('kandidaat', beide, { naam: 'Door Lid Getypt' });
      lid.db.update('kandidaat', andere, { klantmanager: 'Ook Door Lid' });
    });
    // Meanwhile the secretary edits a name in the full file.
    const kandidaat = String(
      file.db.get<{ id: string }>('SELECT id FROM kandidaat ORDER BY code DESC LIMIT 1')?.id,
    );
    await file.write((db) => db.update('kandidaat', kandidaat, { naam: 'Nieuwe Naam' }));
    const voor = persoonlijk(file.db);

    const voorbeeld = bekijkSamenvoegen(file.db, lid.db);
    expect(voorbeeld.conflicten).toEqual([]);
    await file.write((db) => voegSamen(db, lid.db, 'Secretaris'));

    expect(persoonlijk(file.db)).toEqual(voor);
    expect(file.db.get('SELECT naam FROM kandidaat WHERE id = ?', [kandidaat])).toEqual({
      naam: 'Nieuwe Naam',
    });
    expect(file.db.get('SELECT status FROM actiepunt WHERE id = ?', [actie])).toEqual({ status: 'klaar' });
    expect(file.db.get('SELECT status FROM planning_activiteit WHERE id = ?', [activiteit])).toEqual({
      status: 'vertraagd',
    });
    expect(file.db.get("SELECT 1 AS j FROM actiepunt WHERE omschrijving = 'Werkgevers uitnodigen'")).toEqual({
      j: 1,
    });
    expect(file.db.get("SELECT 1 AS j FROM les WHERE tekst = 'Kort overleg werkt'")).toEqual({ j: 1 });
    expect(file.db.get("SELECT 1 AS j FROM bijeenkomst WHERE datum = '2027-03-04'")).toEqual({ j: 1 });
    expect(isZonderPersoonsgegevens(file.db)).toBe(false);
    expect(file.db.all('PRAGMA foreign_key_check')).toEqual([]);
    await lid.close();
    await file.close();
  });

  test('the full file merged into the copy brings no personal data, also of a new candidate and barrier', async () => {
    const { dir, file } = await voorbeeldBestand();
    const pad = await kopieVan(file, dir);
    const { file: lid } = await WerkgroepFile.open(pad);
    const kandidaat = String(
      file.db.get<{ id: string }>('SELECT id FROM kandidaat ORDER BY code LIMIT 1')?.id,
    );
    let nieuw = '';
    await file.write((db) => {
      db.update('kandidaat', kandidaat, { naam: 'Gewijzigde Naam', status: 'uitgestroomd' });
      nieuw = nieuweKandidaat(db, { naam: 'Nieuwe Kandidaatnaam', klantmanager: 'Nieuwe Klantmanager' });
      db.insert('kandidaat_belemmering', {
        kandidaat_id: nieuw,
        soort: 'medisch',
        status: 'open',
        toelichting: 'Nieuwe belemmering toelichting',
      });
      db.insert('terugval', { kandidaat_id: nieuw, datum: '2027-01-01', reden: 'Nieuwe terugval reden' });
    });
    await lid.write((db) => voegSamen(db, file.db, 'Lid'));
    await lid.close();
    const bytes = new Uint8Array(await fs.readFile(pad));
    const namen = [
      ...alleenPersoonlijk(file.db),
      ...file.db
        .all<{ naam: string }>('SELECT naam FROM kandidaat WHERE naam IS NOT NULL')
        .map((n) => n.naam),
    ];
    expect(namen).toEqual(
      expect.arrayContaining(['Gewijzigde Naam', 'Nieuwe Kandidaatnaam', 'Nieuwe terugval reden']),
    );
    expect(namen.filter((t) => bevat(bytes, t))).toEqual([]);
    // What may come in did: the status change and the new candidate, by code only.
    const kopie = await lees(pad);
    expect(kopie.get('SELECT status, naam FROM kandidaat WHERE id = ?', [kandidaat])).toEqual({
      status: 'uitgestroomd',
      naam: null,
    });
    expect(kopie.get('SELECT code, naam, klantmanager FROM kandidaat WHERE id = ?', [nieuw])).toEqual({
      code: file.db.get<{ code: string }>('SELECT code FROM kandidaat WHERE id = ?', [nieuw])?.code,
      naam: null,
      klantmanager: null,
    });
    expect(kopie.get('SELECT reden FROM terugval WHERE kandidaat_id = ?', [nieuw])).toEqual({ reden: '' });
    expect(kopie.get<{ n: number }>('SELECT COUNT(*) AS n FROM kandidaat_belemmering')?.n).toBe(0);
    expect(isZonderPersoonsgegevens(kopie)).toBe(true);
    // And back: the copy's blanks of the new candidate do not blank the full file.
    const voor = persoonlijk(file.db);
    await file.write((db) => voegSamen(db, kopie, 'Secretaris'));
    expect(persoonlijk(file.db)).toEqual(voor);
    await file.close();
  });
});
