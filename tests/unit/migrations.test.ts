import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { AFGELEIDE_TABELLEN } from '../../electron/main/store/afgeleide-tabellen';
import { APPLICATION_ID, Db } from '../../electron/main/store/database';
import { migrate, schemaVersion } from '../../electron/main/store/migrate';
import { APP_SCHEMA_VERSION, MIGRATIONS } from '../../electron/main/store/migrations';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { gevolgdeTabellen, WIJZIGINGSLOG_TABELLEN } from '../../electron/main/store/wijzigingslog';
import { nuIso } from '../../shared/klok';
import { thrown } from './helpers/temp';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const freshDb = () => new Db(new SQL.Database());
const tables = (db: Db) =>
  db
    .all<{ name: string }>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .map((r) => r.name);
const count = (db: Db, table: string) =>
  Number(db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)?.n);

describe('migration 1 (basis)', () => {
  test('creates the base tables on an empty database and enforces foreign keys', () => {
    const db = freshDb();
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['werkgroep', 'organisatie', 'groep', 'kandidaat', 'wijziging']),
    );
    expect(tables(db)).not.toContain('planning_fase');

    db.insert('werkgroep', { naam: 'Werkgroep Test', regio: 'Testregio' });
    const gemeente = db.insert('organisatie', { naam: 'Gemeente Goes', soort: 'gemeente' });
    const groep = db.insert('groep', { naam: 'Groep 1', startdatum: '2026-01-01' });
    db.insert('kandidaat', { code: 'K-1', gemeente_id: gemeente, groep_id: groep });

    const kandidaat = db.get<{ status: string; groep_id: string }>('SELECT status, groep_id FROM kandidaat');
    expect(kandidaat).toEqual({ status: 'aangemeld', groep_id: groep });

    expect(thrown(() => db.insert('kandidaat', { code: 'K-2', groep_id: 'bestaat-niet' })).message).toMatch(
      /FOREIGN KEY/i,
    );
    expect(
      thrown(() => db.insert('kandidaat', { code: 'K-3', gemeente_id: 'bestaat-niet' })).message,
    ).toMatch(/FOREIGN KEY/i);
    expect(thrown(() => db.insert('kandidaat', { code: 'K-1' })).message).toMatch(/UNIQUE/i);
    expect(thrown(() => db.insert('organisatie', { naam: 'X', soort: 'bank' })).message).toMatch(/CHECK/i);
    expect(count(db, 'kandidaat')).toBe(1);
  });
});

describe('migration 2 (planning en bijeenkomsten)', () => {
  test('upgrades a version-1 file that holds data; the data survives and the new tables work', () => {
    const v1 = freshDb();
    migrate(v1, MIGRATIONS.slice(0, 1));
    const werkgroepId = v1.insert('werkgroep', { naam: 'Oude werkgroep', regio: 'Oosterschelderegio' });
    const groep = v1.insert('groep', { naam: 'Groep A' });
    for (let i = 1; i <= 5; i++)
      v1.insert('kandidaat', { code: `K-${i}`, groep_id: groep, status: 'actief' });
    const bytes = v1.export();
    v1.close();

    // The file as an older app left it on disk.
    const db = new Db(new SQL.Database(bytes));
    expect(schemaVersion(db)).toBe(1);
    expect(migrate(db, MIGRATIONS.slice(0, 2))).toBe(2);
    expect(schemaVersion(db)).toBe(2);

    expect(db.get('SELECT id, naam, regio FROM werkgroep')).toEqual({
      id: werkgroepId,
      naam: 'Oude werkgroep',
      regio: 'Oosterschelderegio',
    });
    expect(count(db, 'kandidaat')).toBe(5);
    expect(db.get('SELECT COUNT(*) AS n FROM kandidaat WHERE groep_id = ?', [groep])).toEqual({ n: 5 });

    const bijeenkomst = db.insert('bijeenkomst', { soort: 'werkgroep', datum: '2026-03-10' });
    db.insert('besluit', { bijeenkomst_id: bijeenkomst, nummer: 1, tekst: 'Eerste besluit' });
    expect(
      thrown(() => db.insert('besluit', { bijeenkomst_id: bijeenkomst, nummer: 1, tekst: 'Dubbel' })).message,
    ).toMatch(/UNIQUE/i);
    db.insert('besluit', { bijeenkomst_id: bijeenkomst, nummer: 2, tekst: 'Tweede besluit' });
    expect(
      thrown(() => db.insert('besluit', { bijeenkomst_id: 'onbekend', nummer: 3, tekst: 'Wees' })).message,
    ).toMatch(/FOREIGN KEY/i);

    const fase = db.insert('planning_fase', { naam: 'Voorbereiding', volgorde: 1 });
    const activiteit = (start: string, eind: string) =>
      db.insert('planning_activiteit', {
        fase_id: fase,
        titel: 'Iets',
        start_maand: start,
        eind_maand: eind,
        volgorde: 1,
      });
    activiteit('2026-03', '2026-03');
    activiteit('2026-03', '2026-05');
    expect(thrown(() => activiteit('2026-05', '2026-03')).message).toMatch(/CHECK/i);
    expect(thrown(() => activiteit('maart', '2026-05')).message).toMatch(/CHECK/i);
    expect(count(db, 'planning_activiteit')).toBe(2);
    expect(count(db, 'besluit')).toBe(2);
  });
});

describe('migration 3 (organisaties)', () => {
  test('upgrades a version-2 file: organisations keep their data and gain werkgebied, capacity and archiving', () => {
    const v2 = freshDb();
    migrate(v2, MIGRATIONS.slice(0, 2));
    const goes = v2.insert('organisatie', { naam: 'Gemeente Goes', soort: 'gemeente' });
    const zorg = v2.insert('organisatie', {
      naam: 'Zorg Proef',
      soort: 'zorgaanbieder',
      contactpersoon: 'A. Test',
    });
    const kandidaat = v2.insert('kandidaat', { code: 'K-1', gemeente_id: goes, status: 'actief' });
    const bytes = v2.export();
    v2.close();

    const db = new Db(new SQL.Database(bytes));
    expect(migrate(db, MIGRATIONS.slice(0, 3))).toBe(3);
    expect(
      db.get(
        'SELECT naam, soort, contactpersoon, jaaromzet_cent, fte, gearchiveerd_op FROM organisatie WHERE id = ?',
        [zorg],
      ),
    ).toEqual({
      naam: 'Zorg Proef',
      soort: 'zorgaanbieder',
      contactpersoon: 'A. Test',
      jaaromzet_cent: null,
      fte: null,
      gearchiveerd_op: null,
    });
    expect(db.get('SELECT gemeente_id FROM kandidaat WHERE id = ?', [kandidaat])).toEqual({
      gemeente_id: goes,
    });

    db.update('organisatie', zorg, { jaaromzet_cent: 125_000_00, fte: 12.5 });
    expect(thrown(() => db.update('organisatie', zorg, { fte: -1 })).message).toMatch(/CHECK/i);
    db.insert('organisatie_gemeente', { organisatie_id: zorg, gemeente_id: goes });
    expect(
      thrown(() => db.insert('organisatie_gemeente', { organisatie_id: zorg, gemeente_id: goes })).message,
    ).toMatch(/UNIQUE/i);
    expect(
      thrown(() => db.insert('organisatie_gemeente', { organisatie_id: zorg, gemeente_id: 'onbekend' }))
        .message,
    ).toMatch(/FOREIGN KEY/i);
  });
});

describe('migration 4 (contracten)', () => {
  test('upgrades a version-3 file: organisations survive and the contract tables enforce their rules', () => {
    const v3 = freshDb();
    migrate(v3, MIGRATIONS.slice(0, 3));
    const goes = v3.insert('organisatie', { naam: 'Gemeente Goes', soort: 'gemeente' });
    const tholen = v3.insert('organisatie', { naam: 'Gemeente Tholen', soort: 'gemeente' });
    const zorg = v3.insert('organisatie', { naam: 'Zorg Proef', soort: 'zorgaanbieder', fte: 12.5 });
    v3.insert('organisatie_gemeente', { organisatie_id: zorg, gemeente_id: goes });
    const bytes = v3.export();
    v3.close();

    const db = new Db(new SQL.Database(bytes));
    expect(schemaVersion(db)).toBe(3);
    expect(migrate(db, MIGRATIONS.slice(0, 4))).toBe(4);
    expect(schemaVersion(db)).toBe(4);
    expect(db.get('SELECT naam, soort, fte FROM organisatie WHERE id = ?', [zorg])).toEqual({
      naam: 'Zorg Proef',
      soort: 'zorgaanbieder',
      fte: 12.5,
    });
    expect(count(db, 'organisatie')).toBe(3);
    expect(count(db, 'organisatie_gemeente')).toBe(1);

    const contract = (over: Record<string, string | number | null> = {}) =>
      db.insert('contract', {
        naam: 'Thuisbegeleiding',
        opdrachtnemer_id: zorg,
        startdatum: '2026-01-01',
        einddatum: '2027-12-31',
        waarde_cent: 2_000_000_00,
        sroi_percentage_bp: 500,
        ...over,
      });
    const id = contract();
    expect(db.get('SELECT gebundeld, sroi_vast_cent FROM contract WHERE id = ?', [id])).toEqual({
      gebundeld: 0,
      sroi_vast_cent: null,
    });
    contract({ einddatum: '2026-01-01' });
    contract({ sroi_percentage_bp: null, sroi_vast_cent: 0 });
    contract({ sroi_percentage_bp: 10_000 });

    expect(thrown(() => contract({ einddatum: '2025-12-31' })).message).toMatch(/CHECK/i);
    expect(thrown(() => contract({ sroi_percentage_bp: null, sroi_vast_cent: null })).message).toMatch(
      /CHECK/i,
    );
    expect(thrown(() => contract({ sroi_percentage_bp: 10_001 })).message).toMatch(/CHECK/i);
    expect(thrown(() => contract({ loonaandeel_bp: 10_001 })).message).toMatch(/CHECK/i);
    expect(thrown(() => contract({ waarde_cent: -1 })).message).toMatch(/CHECK/i);
    expect(thrown(() => contract({ gebundeld: 2 })).message).toMatch(/CHECK/i);
    expect(thrown(() => contract({ opdrachtnemer_id: 'onbekend' })).message).toMatch(/FOREIGN KEY/i);
    expect(count(db, 'contract')).toBe(4);

    const gever = (gemeente_id: string, contract_id = id) =>
      db.insert('contract_opdrachtgever', { contract_id, gemeente_id, aandeel_cent: null });
    const eerste = gever(goes);
    gever(tholen);
    expect(thrown(() => gever(goes)).message).toMatch(/UNIQUE/i);
    expect(thrown(() => gever('onbekend')).message).toMatch(/FOREIGN KEY/i);
    expect(thrown(() => gever(goes, 'onbekend')).message).toMatch(/FOREIGN KEY/i);
    // A tombstoned opdrachtgever no longer blocks the same gemeente.
    db.update('contract_opdrachtgever', eerste, { deleted_at: nuIso() });
    gever(goes);
    expect(count(db, 'contract_opdrachtgever')).toBe(3);
  });
});

describe('migrations 6 and 7 (kandidaten, inventarisatie)', () => {
  test('upgrades a version-5 file: candidates and groups keep their data; erasing a candidate cascades', () => {
    const v5 = freshDb();
    migrate(v5, MIGRATIONS.slice(0, 5));
    v5.insert('werkgroep', { naam: 'Test', regio: 'Testregio' });
    const groep = v5.insert('groep', { naam: 'Groep 1', startdatum: '2026-03-01' });
    const k = v5.insert('kandidaat', {
      code: 'K-0001',
      initialen: 'A.B.',
      groep_id: groep,
      status: 'actief',
    });
    const bytes = v5.export();
    v5.close();

    const db = new Db(new SQL.Database(bytes));
    expect(migrate(db, MIGRATIONS.slice(0, 6))).toBe(6);
    expect(
      db.get('SELECT code, initialen, status, bonussen_json, naam, einddatum FROM kandidaat WHERE id = ?', [
        k,
      ]),
    ).toEqual({
      code: 'K-0001',
      initialen: 'A.B.',
      status: 'actief',
      bonussen_json: '[]',
      naam: null,
      einddatum: null,
    });
    expect(db.get('SELECT naam, terugkoppeldatum FROM groep')).toEqual({
      naam: 'Groep 1',
      terugkoppeldatum: null,
    });
    expect(db.get('SELECT bewaartermijn_maanden AS m FROM werkgroep')).toEqual({ m: 24 });
    const optie = db.get<{ id: string }>("SELECT id FROM menukaart_optie WHERE code = 'intake'")?.id ?? '';
    db.insert('leerlijn_stap', {
      kandidaat_id: k,
      volgorde: 1,
      menukaart_optie_id: optie,
      status: 'gepland',
    });
    db.insert('ladder_meting', { kandidaat_id: k, datum: '2026-03-01', trede: 2 });
    db.insert('kandidaat_plan', { kandidaat_id: k, wensen: 'Werk' });
    expect(
      thrown(() => db.insert('ladder_meting', { kandidaat_id: k, datum: '2026-03-01', trede: 7 })).message,
    ).toMatch(/CHECK/i);
    expect(thrown(() => db.insert('kandidaat', { code: 'K-0002', uitkering: 'bijstand' })).message).toMatch(
      /CHECK/i,
    );
    db.run('DELETE FROM kandidaat WHERE id = ?', [k]);
    expect([count(db, 'leerlijn_stap'), count(db, 'ladder_meting'), count(db, 'kandidaat_plan')]).toEqual([
      0, 0, 0,
    ]);
  });

  test('version 7 adds the standard form as version 1 and keeps answers unique per question', () => {
    const db = freshDb();
    expect(migrate(db, MIGRATIONS.slice(0, 7))).toBe(7);
    const sjabloon = db.get<{ id: string; naam: string; versie: number; secties_json: string }>(
      'SELECT id, naam, versie, secties_json FROM formulier_sjabloon',
    );
    expect(sjabloon).toMatchObject({ naam: 'Inventarisatie SROI bij zorgaanbieders', versie: 1 });
    expect(JSON.parse(sjabloon?.secties_json ?? '[]')).toHaveLength(2);
    const org = db.insert('organisatie', { naam: 'Zorg Proef', soort: 'zorgaanbieder' });
    const ronde = db.insert('inventarisatie_ronde', { naam: 'R', sjabloon_id: sjabloon?.id ?? '' });
    db.insert('ronde_deelname', { ronde_id: ronde, organisatie_id: org });
    const antwoord = () =>
      db.insert('inventarisatie_antwoord', {
        ronde_id: ronde,
        organisatie_id: org,
        sleutel: 'x',
        waarde_json: '{}',
      });
    antwoord();
    expect(thrown(antwoord).message).toMatch(/UNIQUE/i);
    expect(
      thrown(() => db.insert('ronde_deelname', { ronde_id: ronde, organisatie_id: org, status: 'kwijt' }))
        .message,
    ).toMatch(/CHECK|UNIQUE/i);
  });
});

describe('migration 8 (capaciteit)', () => {
  test('upgrades a version-7 file; offers are unique per organisation and option; tenders check their numbers', () => {
    const v7 = freshDb();
    migrate(v7, MIGRATIONS.slice(0, 7));
    const zorg = v7.insert('organisatie', { naam: 'Zorg Proef', soort: 'zorgaanbieder' });
    const bytes = v7.export();
    v7.close();
    const db = new Db(new SQL.Database(bytes));
    expect(migrate(db, MIGRATIONS.slice(0, 8))).toBe(8);
    expect(db.get('SELECT naam FROM organisatie WHERE id = ?', [zorg])).toEqual({ naam: 'Zorg Proef' });
    const optie = db.get<{ id: string }>("SELECT id FROM menukaart_optie WHERE code = 'bbl'")?.id ?? '';
    const aanbod = (plaatsen: number) =>
      db.insert('aanbod', { organisatie_id: zorg, menukaart_optie_id: optie, plaatsen, bron: 'handmatig' });
    aanbod(2);
    expect(thrown(() => aanbod(3)).message).toMatch(/UNIQUE/i);
    expect(
      thrown(() =>
        db.insert('aanbod', { organisatie_id: zorg, menukaart_optie_id: optie, plaatsen: -1, bron: 'x' }),
      ).message,
    ).toMatch(/CHECK/i);
    const tender = (over: Record<string, string | number>) =>
      db.insert('aanbesteding', {
        naam: 'T',
        sector: 'zorg',
        verwachte_start: '2027-01-01',
        waarde_cent: 1,
        sroi_percentage_bp: 500,
        ...over,
      });
    tender({});
    expect(thrown(() => tender({ sroi_percentage_bp: 10_001 })).message).toMatch(/CHECK/i);
    expect(thrown(() => tender({ sector: 'ruimtevaart' })).message).toMatch(/CHECK/i);
  });
});

describe('migrate', () => {
  test('records each applied version in schema_migratie and is idempotent', () => {
    const db = freshDb();
    expect(schemaVersion(db)).toBe(0);
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(db.all('SELECT versie, naam FROM schema_migratie ORDER BY versie')).toEqual([
      { versie: MIGRATIONS[0]?.versie, naam: MIGRATIONS[0]?.naam },
    ]);
    migrate(db);
    migrate(db);
    const rows = db.all<{ versie: number; naam: string; id: string; created_at: string }>(
      'SELECT id, versie, naam, created_at FROM schema_migratie ORDER BY versie',
    );
    expect(rows.map((r) => [r.versie, r.naam])).toEqual(MIGRATIONS.map((m) => [m.versie, m.naam]));
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
      expect(Number.isNaN(Date.parse(row.created_at))).toBe(false);
    }
    expect(Number(db.pragma('application_id'))).toBe(APPLICATION_ID);
  });

  test('a migration that fails leaves neither its changes nor its record behind', () => {
    const db = freshDb();
    migrate(db);
    const broken = {
      versie: APP_SCHEMA_VERSION + 1,
      naam: 'kapot',
      up(d: Db) {
        d.exec('CREATE TABLE half_af (id TEXT PRIMARY KEY)');
        throw new Error('mislukt halverwege');
      },
    };
    expect(thrown(() => migrate(db, [...MIGRATIONS, broken])).message).toBe('mislukt halverwege');
    expect(schemaVersion(db)).toBe(APP_SCHEMA_VERSION);
    expect(tables(db)).not.toContain('half_af');
    expect(db.inTransaction).toBe(false);
  });

  test('refuses a file written by a newer Tafelwerk (BESTAND_TE_NIEUW)', () => {
    const db = freshDb();
    migrate(db);
    db.insert('schema_migratie', { versie: APP_SCHEMA_VERSION + 1, naam: 'uit_de_toekomst' });
    const error = thrown(() => migrate(db));
    expect(error.code).toBe('BESTAND_TE_NIEUW');
    expect(error.message).toMatch(/nieuwere versie/);

    // A version-1 app is also "older" than a version-2 file.
    const v2 = freshDb();
    migrate(v2);
    expect(thrown(() => migrate(v2, MIGRATIONS.slice(0, 1))).code).toBe('BESTAND_TE_NIEUW');
  });

  test('refuses a plain SQLite file without the Tafelwerk application_id (GEEN_TAFELWERK_BESTAND)', () => {
    const db = freshDb();
    db.exec('CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT)');
    db.run('INSERT INTO klanten (naam) VALUES (?)', ['Jansen']);
    const error = thrown(() => migrate(db));
    expect(error.code).toBe('GEEN_TAFELWERK_BESTAND');
    expect(error.message).toMatch(/geen Tafelwerk-bestand/);
    // Untouched: no Tafelwerk tables were added to someone else's database.
    expect(tables(db)).toEqual(['klanten']);
    expect(Number(db.pragma('application_id'))).not.toBe(APPLICATION_ID);
  });

  test('refuses a file whose recorded history does not match the known migrations', () => {
    const db = freshDb();
    migrate(db);
    db.run('UPDATE schema_migratie SET naam = ? WHERE versie = 1', ['iets_anders']);
    expect(thrown(() => migrate(db)).code).toBe('BESTAND_BESCHADIGD');
  });

  test('every tracked table logs a change of each of its columns (a migration that adds one rebuilds its triggers)', () => {
    const db = freshDb();
    migrate(db);
    const tabellen = gevolgdeTabellen(db);
    expect(tabellen).toEqual(expect.arrayContaining(['actiepunt', 'besluit', 'planning_activiteit']));
    for (const tabel of tabellen) {
      const trigger = String(
        db.get<{ sql: string }>(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?`, [
          `wl_${tabel}_gewijzigd`,
        ])?.sql,
      );
      const gelogd = [...trigger.matchAll(/\('(\w+)',OLD\.\w+ IS NOT NEW\.\w+\)/g)].map((m) => m[1]);
      const kolommen = db
        .all<{ name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid', [tabel])
        .map((k) => k.name)
        .filter((k) => k !== 'updated_at');
      expect({ tabel, gelogd }).toEqual({ tabel, gelogd: kolommen });
    }
  });

  test('every table has id, created_at, updated_at and deleted_at', () => {
    const db = freshDb();
    migrate(db);
    const names = tables(db);
    expect(names.length).toBeGreaterThan(5);
    for (const table of names) {
      if ((AFGELEIDE_TABELLEN as readonly string[]).includes(table)) {
        // A derived table is rebuilt from its view, not merged: it needs the view, not the columns.
        expect(
          db.get(`SELECT name FROM sqlite_master WHERE type = 'view' AND name = ?`, [`${table}_berekend`]),
        ).toBeDefined();
        continue;
      }
      // The change log is how tables are merged (migration 019), not a table that is merged itself.
      if ((WIJZIGINGSLOG_TABELLEN as readonly string[]).includes(table)) continue;
      const columns = db
        .all<{ name: string }>(`SELECT name FROM pragma_table_info(?)`, [table])
        .map((c) => c.name);
      expect({ table, columns }).toEqual({
        table,
        columns: expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at']),
      });
      const pk = db.all<{ name: string }>(`SELECT name FROM pragma_table_info(?) WHERE pk > 0`, [table]);
      expect({ table, pk }).toEqual({ table, pk: [{ name: 'id' }] });
    }
  });
});
