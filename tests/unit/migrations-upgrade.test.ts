import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { AFGELEIDE_TABELLEN, herbouwAfgeleideTabellen } from '../../electron/main/store/afgeleide-tabellen';
import { loadVerified } from '../../electron/main/store/bestand-lezen';
import type { Db } from '../../electron/main/store/database';
import { schemaVersion } from '../../electron/main/store/migrate';
import { MIGRATIONS } from '../../electron/main/store/migrations';
import {
  formulierSleutel,
  zorgVoorFormulierSleutel,
} from '../../electron/main/store/repositories/formulier-sleutel';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { bestandOpVersie, inhoud, migreerTot, oudeInhoud, queryPlan } from './helpers/migraties';
import { thrown } from './helpers/temp';

/**
 * One upgrade test per migration, after Signal's `updateToVersion` tests: a file that an older app
 * filled with a werkgroep's data is upgraded by exactly one migration; every old row and value
 * survives, and the new schema enforces its rules on the data that was already there.
 * (Migrations 1–4 and 6–8 are tested in migrations.test.ts.)
 */

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

/** Ids of what a fill made, by an invented name. */
class Ids {
  private readonly ids = new Map<string, string>();
  zet(naam: string, id: string): string {
    this.ids.set(naam, id);
    return id;
  }
  get(naam: string): string {
    const id = this.ids.get(naam);
    if (!id) throw new Error(`Geen ${naam} in de vulling.`);
    return id;
  }
}

/** What a werkgroep put in its file while it ran the app of each version: a file used for years. */
const VULLING: Record<number, (db: Db, ids: Ids) => void> = {
  1(db, ids) {
    ids.zet(
      'werkgroep',
      db.insert('werkgroep', { naam: 'Werkgroep Zeeuwse Stromen', regio: 'Oosterschelderegio' }),
    );
    ids.zet('goes', db.insert('organisatie', { naam: 'Gemeente Goes', soort: 'gemeente' }));
    ids.zet('tholen', db.insert('organisatie', { naam: 'Gemeente Tholen', soort: 'gemeente' }));
    ids.zet(
      'linde',
      db.insert('organisatie', {
        naam: 'Zorggroep De Linde',
        soort: 'zorgaanbieder',
        contactpersoon: 'M. Verhoef',
        email: 'sroi@delinde.example',
        telefoon: '0113 000 111',
      }),
    );
    ids.zet('groep', db.insert('groep', { naam: 'Groep Voorjaar', startdatum: '2025-03-01' }));
    ['K-0001', 'K-0002', 'K-0003', 'K-0004'].forEach((code, i) => {
      ids.zet(
        code,
        db.insert('kandidaat', {
          code,
          initialen: ['J.', 'A.B.', null, 'R.'][i] ?? null,
          gemeente_id: ids.get(i % 2 ? 'tholen' : 'goes'),
          groep_id: ids.get('groep'),
          startdatum: '2025-03-01',
          status: i === 3 ? 'aangemeld' : 'actief',
        }),
      );
    });
    db.insert('wijziging', {
      auteur: 'Coördinator',
      soort: 'kandidaat',
      omschrijving: 'Vier kandidaten aangemeld',
    });
    db.insert('wijziging', { auteur: 'Secretaris', soort: 'groep', omschrijving: 'Groep Voorjaar gestart' });
  },
  2(db, ids) {
    const fase = db.insert('planning_fase', { naam: 'Voorbereiding', volgorde: 1 });
    ['Partners benaderen', 'Inventarisatie uitzetten'].forEach((titel, i) => {
      ids.zet(
        titel,
        db.insert('planning_activiteit', {
          fase_id: fase,
          titel,
          eigenaar: 'Coördinator',
          start_maand: `2025-0${i + 1}`,
          eind_maand: `2025-0${i + 3}`,
          status: i ? 'bezig' : 'klaar',
          volgorde: i + 1,
        }),
      );
    });
    const bijeenkomst = ids.zet(
      'bijeenkomst',
      db.insert('bijeenkomst', { soort: 'werkgroep', datum: '2025-02-10', tijd: '14:00', plaats: 'Goes' }),
    );
    db.insert('agendapunt', { bijeenkomst_id: bijeenkomst, volgnummer: 1, titel: 'Opening' });
    db.insert('agendapunt', { bijeenkomst_id: bijeenkomst, volgnummer: 2, titel: 'Stand van de groep' });
    db.insert('besluit', { bijeenkomst_id: bijeenkomst, nummer: 1, tekst: 'De groep start in maart.' });
    db.insert('actiepunt', {
      bijeenkomst_id: bijeenkomst,
      omschrijving: 'Zorgaanbieders bellen',
      deadline: '2025-02-28',
    });
  },
  3(db, ids) {
    db.update('organisatie', ids.get('linde'), { jaaromzet_cent: 48_000_000_00, fte: 310.5 });
    db.insert('organisatie_gemeente', { organisatie_id: ids.get('linde'), gemeente_id: ids.get('goes') });
  },
  4(db, ids) {
    const contract = ids.zet(
      'contract',
      db.insert('contract', {
        naam: 'Wmo-begeleiding 2025',
        opdrachtnemer_id: ids.get('linde'),
        startdatum: '2025-01-01',
        einddatum: '2026-12-31',
        waarde_cent: 1_250_000_00,
        sroi_percentage_bp: 500,
      }),
    );
    db.insert('contract_opdrachtgever', {
      contract_id: contract,
      gemeente_id: ids.get('goes'),
      aandeel_cent: null,
    });
  },
  5(db, ids) {
    const optie = (code: string) =>
      ids.zet(
        code,
        db.get<{ id: string }>('SELECT id FROM menukaart_optie WHERE code = ?', [code])?.id ?? '',
      );
    for (const code of ['intake', 'werkervaringsplaats', 'bbl', 'betaalde_baan']) optie(code);
    const tabel = db.insert('waarderingstabel', {
      naam: 'Waardering 2025',
      versie: 1,
      basis_uren: 1560,
      minimum_uren: 100,
      uurtarief_cent: 40_00,
      bedragen_json: JSON.stringify({ doelgroep: { participatiewet: 15_000_00 } }),
    });
    db.update('werkgroep', ids.get('werkgroep'), { waarderingstabel_id: tabel });
    db.insert('realisatie', {
      opdrachtnemer_id: ids.get('linde'),
      contract_id: ids.get('contract'),
      menukaart_optie_id: ids.get('werkervaringsplaats'),
      datum: '2025-06-30',
      omschrijving: 'Werkervaringsplaats in de keuken',
      uren_per_week: 24,
      maanden: 3,
      waarde_cent: 7_500_00,
      uitleg: '24 uur per week, 3 maanden',
    });
  },
  6(db, ids) {
    const k1 = ids.get('K-0001');
    db.insert('kandidaat_plan', { kandidaat_id: k1, wensen: 'Werken in de keuken', doel: 'Betaalde baan' });
    db.insert('kandidaat_belemmering', { kandidaat_id: k1, soort: 'vervoer', status: 'mee_bezig' });
    db.insert('uitstroom', { kandidaat_id: ids.get('K-0003'), soort: 'opleiding', datum: '2025-09-01' });
    db.insert('terugval', { kandidaat_id: ids.get('K-0002'), datum: '2025-07-01', reden: 'Ziek geworden' });
    db.update('groep', ids.get('groep'), { terugkoppeldatum: '2025-12-01' });
    db.insert('groep_organisatie', { groep_id: ids.get('groep'), organisatie_id: ids.get('linde') });
    // The leerlijnen and ladders that decide each candidate's stand (migration 14).
    const stap = (code: string, volgorde: number, status: string, over: Record<string, string> = {}) =>
      db.insert('leerlijn_stap', {
        kandidaat_id: ids.get(code),
        volgorde,
        menukaart_optie_id: ids.get(
          ['intake', 'werkervaringsplaats', 'bbl', 'betaalde_baan'][volgorde - 1] ?? 'intake',
        ),
        organisatie_id: ids.get('linde'),
        status,
        ...over,
      });
    stap('K-0001', 1, 'afgerond');
    ids.zet('K-0001 lopend', stap('K-0001', 2, 'lopend'));
    ids.zet('K-0001 gepland', stap('K-0001', 3, 'gepland'));
    stap('K-0002', 1, 'afgerond');
    stap('K-0002', 2, 'gepland', { deleted_at: '2025-05-01T10:00:00.000Z' });
    ids.zet('K-0002 gepland', stap('K-0002', 3, 'gepland'));
    stap('K-0003', 1, 'afgerond');
    ids.zet('K-0003 laatste', stap('K-0003', 2, 'afgebroken'));
    const meting = (code: string, datum: string, trede: number, moment: string) =>
      db.insert('ladder_meting', { kandidaat_id: ids.get(code), datum, trede }, moment);
    meting('K-0001', '2025-03-01', 2, '2025-03-01T09:00:00.000Z');
    meting('K-0001', '2025-09-01', 3, '2025-09-01T09:00:00.000Z');
    // Two measurements on one date: the one entered last is where the candidate is now.
    meting('K-0001', '2025-09-01', 4, '2025-09-02T09:00:00.000Z');
    meting('K-0003', '2025-04-01', 1, '2025-04-01T09:00:00.000Z');
  },
  7(db, ids) {
    const sjabloon = db.get<{ id: string }>('SELECT id FROM formulier_sjabloon')?.id ?? '';
    const ronde = db.insert('inventarisatie_ronde', {
      naam: 'Ronde 2025',
      sjabloon_id: sjabloon,
      deadline: '2025-04-01',
    });
    db.insert('ronde_deelname', { ronde_id: ronde, organisatie_id: ids.get('linde'), status: 'ontvangen' });
    db.insert('inventarisatie_antwoord', {
      ronde_id: ronde,
      organisatie_id: ids.get('linde'),
      sleutel: 'ondersteuning',
      waarde_json: JSON.stringify({ soort: 'open', tekst: 'Met een vaste werkbegeleider.' }),
    });
  },
  8(db, ids) {
    db.insert('aanbod', {
      organisatie_id: ids.get('linde'),
      menukaart_optie_id: ids.get('bbl'),
      plaatsen: 2,
      bron: 'inventarisatie',
    });
    const aanbesteding = db.insert('aanbesteding', {
      naam: 'Huishoudelijke hulp 2027',
      sector: 'zorg',
      verwachte_start: '2027-01-01',
      waarde_cent: 3_000_000_00,
      sroi_percentage_bp: 500,
    });
    db.insert('aanbesteding_gemeente', { aanbesteding_id: aanbesteding, gemeente_id: ids.get('tholen') });
  },
  9(db) {
    db.insert('mijlpaal', { naam: 'Terugkoppeling aan het FO', datum: '2025-11-15' });
  },
  10(db, ids) {
    db.insert('aanwezige', {
      bijeenkomst_id: ids.get('bijeenkomst'),
      naam: 'M. Verhoef',
      rol: 'Zorggroep De Linde',
      aanwezig: 1,
      volgorde: 1,
    });
  },
  11(db, ids) {
    db.insert('les', {
      groep_id: ids.get('groep'),
      soort: 'werkt',
      datum: '2025-05-01',
      auteur: 'Coördinator',
      tekst: 'Vaste begeleider helpt.',
    });
    db.insert('evaluatie', {
      titel: 'Eerste halfjaar',
      van: '2025-03-01',
      tot: '2025-08-31',
      groep_id: ids.get('groep'),
      status: 'verzonden',
      verzonden_op: '2025-09-10',
      vastgelegd_op: '2025-09-05T10:00:00.000Z',
      momentopname_json: JSON.stringify({ kandidaten: 4, uitgestroomd: 1 }),
      conclusies: 'De groep loopt goed.',
    });
  },
  12(db, ids) {
    db.insert('wijziging', {
      auteur: 'Coördinator',
      soort: 'kandidaat',
      omschrijving: 'Kandidaat gewijzigd',
      actie: 'wijzigen',
      object_id: ids.get('K-0001'),
    });
  },
  14(db, ids) {
    // Deleted before migration 15: marked, with their free text still in the row.
    ids.zet(
      'stap weg',
      db.insert('leerlijn_stap', {
        kandidaat_id: ids.get('K-0001'),
        volgorde: 4,
        menukaart_optie_id: ids.get('intake'),
        status: 'afgebroken',
        resultaat: 'Gestopt wegens psychose-opname',
        deleted_at: '2025-10-02T10:00:00.000Z',
      }),
    );
    ids.zet(
      'meting weg',
      db.insert('ladder_meting', {
        kandidaat_id: ids.get('K-0003'),
        datum: '2025-10-01',
        trede: 1,
        toelichting: 'Terugval door verslaving',
        deleted_at: '2025-10-03T10:00:00.000Z',
      }),
    );
  },
};

/** A file with everything a werkgroep entered up to `versie`, as the app of that version left it. */
function bestandMetGeschiedenis(versie: number) {
  return bestandOpVersie(SQL, versie, (db) => {
    const ids = new Ids();
    for (let v = 1; v <= versie; v++) VULLING[v]?.(db, ids);
    return ids;
  });
}

/**
 * Upgrades a filled file at `versie - 1` by exactly migration `versie`; checks that every old row
 * and value is still there as it was.
 */
function upgrade(versie: number): { db: Db; ids: Ids } {
  const { db, data: ids } = bestandMetGeschiedenis(versie - 1);
  const voor = inhoud(db);
  expect(schemaVersion(db)).toBe(versie - 1);
  expect(migreerTot(db, versie)).toBe(versie);
  expect(oudeInhoud(db, voor)).toEqual(voor);
  return { db, ids };
}

const count = (db: Db, sql: string, params: string[] = []) =>
  Number(db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${sql}`, params)?.n);

describe('the upgrade tests themselves', () => {
  test('the filled file holds data in every table, so "survives unchanged" says something', () => {
    const { db } = bestandMetGeschiedenis(13);
    const leeg = Object.entries(inhoud(db))
      .filter(([, rijen]) => rijen.length === 0)
      .map(([tabel]) => tabel);
    expect(leeg).toEqual([]);
  });

  test('a changed old value is noticed', () => {
    const { db } = bestandMetGeschiedenis(4);
    const voor = inhoud(db);
    db.run(`UPDATE organisatie SET telefoon = '0113 999 999' WHERE telefoon IS NOT NULL`);
    expect(oudeInhoud(db, voor)).not.toEqual(voor);
  });
});

describe('migration 5 (waardering)', () => {
  test('upgrades a version-4 file: contracts and organisations survive; the valuation tables enforce their rules', () => {
    const { db, ids } = upgrade(5);
    expect(db.get('SELECT waarderingstabel_id FROM werkgroep')).toEqual({ waarderingstabel_id: null });
    expect(count(db, 'menukaart_optie WHERE deleted_at IS NULL')).toBe(11);

    const tabel = (over: Record<string, string | number> = {}) =>
      db.insert('waarderingstabel', {
        naam: 'Zeeuwse waardering',
        versie: 1,
        basis_uren: 1560,
        minimum_uren: 0,
        uurtarief_cent: 35_00,
        bedragen_json: '{}',
        ...over,
      });
    const t1 = tabel();
    expect(thrown(() => tabel()).message).toMatch(/UNIQUE/i);
    tabel({ versie: 2 });
    expect(thrown(() => tabel({ versie: 3, basis_uren: 0 })).message).toMatch(/CHECK/i);
    db.update('werkgroep', ids.get('werkgroep'), { waarderingstabel_id: t1 });
    expect(
      thrown(() => db.update('werkgroep', ids.get('werkgroep'), { waarderingstabel_id: 'onbekend' })).message,
    ).toMatch(/FOREIGN KEY/i);

    const optie = db.get<{ id: string }>(`SELECT id FROM menukaart_optie WHERE code = 'bbl'`)?.id ?? '';
    const realisatie = (over: Record<string, string | number> = {}) =>
      db.insert('realisatie', {
        opdrachtnemer_id: ids.get('linde'),
        contract_id: ids.get('contract'),
        menukaart_optie_id: optie,
        datum: '2025-10-01',
        omschrijving: 'BBL-plaats helpende zorg',
        uren_per_week: 32,
        maanden: 12,
        waarde_cent: 25_000_00,
        waarderingstabel_id: t1,
        uitleg: '32 uur per week, 12 maanden',
        ...over,
      });
    const r = realisatie();
    expect(db.get('SELECT bonussen_json, bron, bron_id FROM realisatie WHERE id = ?', [r])).toEqual({
      bonussen_json: '[]',
      bron: 'direct',
      bron_id: null,
    });
    expect(thrown(() => realisatie({ uren_per_week: 61 })).message).toMatch(/CHECK/i);
    expect(thrown(() => realisatie({ bron: 'elders' })).message).toMatch(/CHECK/i);
    expect(thrown(() => realisatie({ menukaart_optie_id: 'onbekend' })).message).toMatch(/FOREIGN KEY/i);
    expect(thrown(() => realisatie({ contract_id: 'onbekend' })).message).toMatch(/FOREIGN KEY/i);
    expect(
      thrown(() =>
        db.insert('menukaart_optie', { code: 'bbl', naam: 'Dubbel', waardering: 'uren', volgorde: 12 }),
      ).message,
    ).toMatch(/UNIQUE/i);
    expect(
      thrown(() =>
        db.insert('menukaart_optie', { code: 'nieuw', naam: 'Nieuw', waardering: 'veel', volgorde: 12 }),
      ).message,
    ).toMatch(/CHECK/i);
  });
});

describe('migration 9 (planning)', () => {
  test('upgrades a version-8 file: activities keep their data, may wait for another, and milestones are stored', () => {
    const { db, ids } = upgrade(9);
    expect(count(db, 'planning_activiteit WHERE afhankelijk_van IS NULL')).toBe(2);
    db.update('planning_activiteit', ids.get('Inventarisatie uitzetten'), {
      afhankelijk_van: ids.get('Partners benaderen'),
    });
    expect(
      db.get('SELECT afhankelijk_van FROM planning_activiteit WHERE id = ?', [
        ids.get('Inventarisatie uitzetten'),
      ]),
    ).toEqual({ afhankelijk_van: ids.get('Partners benaderen') });
    expect(
      thrown(() =>
        db.update('planning_activiteit', ids.get('Partners benaderen'), { afhankelijk_van: 'onbekend' }),
      ).message,
    ).toMatch(/FOREIGN KEY/i);
    db.insert('mijlpaal', { naam: 'FO-overleg', datum: '2025-10-01' });
    expect(thrown(() => db.insert('mijlpaal', { naam: null, datum: '2025-10-01' })).message).toMatch(
      /NOT NULL/i,
    );
    expect(count(db, 'mijlpaal')).toBe(1);
  });
});

describe('migration 10 (bijeenkomsten)', () => {
  test('upgrades a version-9 file: meetings keep their agenda and decisions, get attendees, and are read by index', () => {
    const plannen = [
      ['agendapunt', 'SELECT titel FROM agendapunt WHERE bijeenkomst_id = ? ORDER BY volgnummer', ['x']],
      ['besluit', 'SELECT tekst FROM besluit WHERE bijeenkomst_id = ?', ['x']],
      ['actiepunt', 'SELECT omschrijving FROM actiepunt WHERE bijeenkomst_id = ?', ['x']],
      ['bijeenkomst', 'SELECT id FROM bijeenkomst WHERE datum >= ? ORDER BY datum', ['2025-01-01']],
    ] as const;
    const { db: oud } = bestandMetGeschiedenis(9);
    for (const [tabel, sql, params] of plannen)
      expect(queryPlan(oud, sql, [...params])).toMatch(`SCAN ${tabel}`);

    const { db, ids } = upgrade(10);
    for (const [tabel, sql, params] of plannen) {
      const plan = queryPlan(db, sql, [...params]);
      expect(plan).toMatch(new RegExp(`(SEARCH|SCAN) ${tabel} USING INDEX ${tabel}_(bijeenkomst|datum)`));
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }

    const aanwezige = (naam: string, aanwezig: number, bijeenkomst_id = ids.get('bijeenkomst')) =>
      db.insert('aanwezige', { bijeenkomst_id, naam, rol: 'Gemeente Goes', aanwezig, volgorde: 1 });
    aanwezige('P. de Wit', 1);
    aanwezige('S. Jansen', 0);
    expect(thrown(() => aanwezige('T. Bakker', 2)).message).toMatch(/CHECK/i);
    expect(thrown(() => aanwezige('T. Bakker', 1, 'onbekend')).message).toMatch(/FOREIGN KEY/i);
    expect(count(db, 'aanwezige WHERE bijeenkomst_id = ?', [ids.get('bijeenkomst')])).toBe(2);
  });
});

describe('migration 11 (monitoring)', () => {
  test('upgrades a version-10 file: the werkgroep gets the default benefit amount; lessons and evaluations check their rules', () => {
    const { db, ids } = upgrade(11);
    expect(db.get('SELECT naam, uitkering_per_maand_cent FROM werkgroep')).toEqual({
      naam: 'Werkgroep Zeeuwse Stromen',
      uitkering_per_maand_cent: 130_000,
    });
    expect(
      thrown(() => db.update('werkgroep', ids.get('werkgroep'), { uitkering_per_maand_cent: 1_000_001 }))
        .message,
    ).toMatch(/CHECK/i);

    const les = (over: Record<string, string>) =>
      db.insert('les', {
        soort: 'lopen_we_tegenaan',
        datum: '2025-06-01',
        auteur: 'Secretaris',
        tekst: 'Vervoer.',
        ...over,
      });
    les({ groep_id: ids.get('groep') });
    les({});
    expect(thrown(() => les({ soort: 'mopperen' })).message).toMatch(/CHECK/i);
    expect(thrown(() => les({ groep_id: 'onbekend' })).message).toMatch(/FOREIGN KEY/i);

    const evaluatie = (van: string, tot: string) =>
      db.insert('evaluatie', {
        titel: 'Halfjaar',
        van,
        tot,
        groep_id: ids.get('groep'),
        vastgelegd_op: '2025-09-01T10:00:00.000Z',
        momentopname_json: '{}',
      });
    const e = evaluatie('2025-03-01', '2025-08-31');
    expect(db.get('SELECT status, verzonden_op FROM evaluatie WHERE id = ?', [e])).toEqual({
      status: 'concept',
      verzonden_op: null,
    });
    expect(thrown(() => evaluatie('2025-08-31', '2025-03-01')).message).toMatch(/CHECK/i);
  });
});

describe('migration 12 (logboek)', () => {
  test('upgrades a version-11 file: earlier changes become "wijzigen, gelukt"; the log checks its actions and is read by time', () => {
    const { db } = upgrade(12);
    expect(db.all('SELECT omschrijving, actie, object_id, resultaat FROM wijziging ORDER BY rowid')).toEqual([
      { omschrijving: 'Vier kandidaten aangemeld', actie: 'wijzigen', object_id: null, resultaat: 'gelukt' },
      { omschrijving: 'Groep Voorjaar gestart', actie: 'wijzigen', object_id: null, resultaat: 'gelukt' },
    ]);
    const regel = (over: Record<string, string>) =>
      db.insert('wijziging', {
        auteur: 'Coördinator',
        soort: 'kandidaat',
        omschrijving: 'Kandidaat gewist',
        ...over,
      });
    regel({ actie: 'wissen', object_id: 'k-1' });
    regel({ actie: 'ontgrendelen_mislukt', resultaat: 'mislukt' });
    expect(thrown(() => regel({ actie: 'kopieren' })).message).toMatch(/CHECK/i);
    expect(thrown(() => regel({ resultaat: 'half' })).message).toMatch(/CHECK/i);
    expect(queryPlan(db, 'SELECT omschrijving FROM wijziging ORDER BY created_at DESC LIMIT 50')).toBe(
      'SCAN wijziging USING INDEX wijziging_tijd',
    );
  });
});

describe('migration 13 (indexen)', () => {
  const PLANNEN = [
    [
      `SELECT id FROM leerlijn_stap WHERE kandidaat_id = ? AND status = 'lopend' AND deleted_at IS NULL ORDER BY volgorde LIMIT 1`,
      'leerlijn_stap_stand',
    ],
    [
      'SELECT trede FROM ladder_meting WHERE kandidaat_id = ? AND deleted_at IS NULL ORDER BY datum, created_at LIMIT 1',
      'ladder_meting_stand',
    ],
    [
      'SELECT trede FROM ladder_meting WHERE kandidaat_id = ? AND deleted_at IS NULL ORDER BY datum DESC, created_at DESC LIMIT 1',
      'ladder_meting_stand',
    ],
    [
      'SELECT soort FROM uitstroom WHERE kandidaat_id = ? AND deleted_at IS NULL ORDER BY datum DESC, created_at DESC LIMIT 1',
      'uitstroom_stand',
    ],
    ['SELECT id, code FROM kandidaat ORDER BY code COLLATE NOCASE', 'kandidaat_code'],
    ['SELECT SUM(waarde_cent) FROM realisatie WHERE datum BETWEEN ? AND ?', 'realisatie_datum'],
  ] as const;
  const params = (sql: string) =>
    sql.includes('BETWEEN') ? ['2025-01-01', '2025-12-31'] : sql.includes('?') ? ['x'] : [];

  test('upgrades a version-12 file: the data is untouched and the stand queries seek by index, without sorting', () => {
    const { db: oud } = bestandMetGeschiedenis(12);
    const voor = PLANNEN.map(([sql]) => queryPlan(oud, sql, params(sql)));

    const { db, ids } = upgrade(13);
    PLANNEN.forEach(([sql, index], i) => {
      const plan = queryPlan(db, sql, params(sql));
      expect(plan).toMatch(`USING INDEX ${index}`);
      expect(plan).not.toMatch(/TEMP B-TREE/);
      expect(plan).not.toBe(voor[i]);
    });
    // The indexes give the same answers the data holds.
    expect(db.all('SELECT code FROM kandidaat ORDER BY code COLLATE NOCASE').map((r) => r.code)).toEqual([
      'K-0001',
      'K-0002',
      'K-0003',
      'K-0004',
    ]);
    expect(
      db.get(
        'SELECT trede FROM ladder_meting WHERE kandidaat_id = ? AND deleted_at IS NULL ORDER BY datum DESC, created_at DESC LIMIT 1',
        [ids.get('K-0001')],
      ),
    ).toEqual({ trede: 4 });
    expect(
      db.get(
        `SELECT SUM(waarde_cent) AS s FROM realisatie WHERE datum BETWEEN '2025-01-01' AND '2025-12-31'`,
      ),
    ).toEqual({
      s: 7_500_00,
    });
    expect(db.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
  });
});

describe('migration 14 (kandidaat_stand)', () => {
  const STAND = `SELECT k.code, s.stap_id, s.stap_optie_id, s.stap_organisatie_id, s.trede_start, s.trede_nu
                   FROM kandidaat k LEFT JOIN kandidaat_stand s ON s.kandidaat_id = k.id ORDER BY k.code`;
  const stand = (db: Db) => db.all<Record<string, string | number | null>>(STAND);

  test('upgrades a version-13 file: every existing candidate gets their stand; the triggers keep it', () => {
    const { db, ids } = upgrade(14);
    const linde = ids.get('linde');
    expect(stand(db)).toEqual([
      // The running step; the first rung, and of two on one date the one entered last.
      {
        code: 'K-0001',
        stap_id: ids.get('K-0001 lopend'),
        stap_optie_id: ids.get('werkervaringsplaats'),
        stap_organisatie_id: linde,
        trede_start: 2,
        trede_nu: 4,
      },
      // No running step: the first planned one that is not removed; no measurements.
      {
        code: 'K-0002',
        stap_id: ids.get('K-0002 gepland'),
        stap_optie_id: ids.get('bbl'),
        stap_organisatie_id: linde,
        trede_start: null,
        trede_nu: null,
      },
      // Nothing running or planned: the last step.
      {
        code: 'K-0003',
        stap_id: ids.get('K-0003 laatste'),
        stap_optie_id: ids.get('werkervaringsplaats'),
        stap_organisatie_id: linde,
        trede_start: 1,
        trede_nu: 1,
      },
      // A candidate without steps or measurements still has a (empty) row.
      {
        code: 'K-0004',
        stap_id: null,
        stap_optie_id: null,
        stap_organisatie_id: null,
        trede_start: null,
        trede_nu: null,
      },
    ]);

    // Triggers: a tombstoned running step, a new running step, a new measurement, a new candidate, an erasure.
    db.update('leerlijn_stap', ids.get('K-0001 lopend'), { deleted_at: '2025-10-01T10:00:00.000Z' });
    const nieuw = db.insert('leerlijn_stap', {
      kandidaat_id: ids.get('K-0002'),
      volgorde: 4,
      menukaart_optie_id: ids.get('intake'),
      status: 'lopend',
    });
    db.insert('ladder_meting', { kandidaat_id: ids.get('K-0004'), datum: '2025-10-01', trede: 3 });
    db.insert('kandidaat', { code: 'K-0005', status: 'aangemeld' });
    db.run('DELETE FROM kandidaat WHERE id = ?', [ids.get('K-0003')]);

    const na = stand(db);
    expect(na.map((r) => [r.code, r.stap_id, r.trede_start, r.trede_nu])).toEqual([
      ['K-0001', ids.get('K-0001 gepland'), 2, 4],
      ['K-0002', nieuw, null, null],
      ['K-0004', null, 3, 3],
      ['K-0005', null, null, null],
    ]);
    expect(count(db, 'kandidaat_stand')).toBe(4);
    expect(db.all('SELECT * FROM kandidaat_stand ORDER BY kandidaat_id')).toEqual(
      db.all('SELECT * FROM kandidaat_stand_berekend ORDER BY kandidaat_id'),
    );
  });

  test('the store rebuilds every derived table from its view (as the save path does after a VACUUM)', () => {
    const { db } = upgrade(14);
    const verwacht = stand(db);
    expect(AFGELEIDE_TABELLEN).toEqual(['kandidaat_stand']);
    db.run('UPDATE kandidaat_stand SET trede_nu = NULL, stap_id = NULL');
    db.run('DELETE FROM kandidaat_stand WHERE rowid = (SELECT MIN(rowid) FROM kandidaat_stand)');
    expect(stand(db)).not.toEqual(verwacht);
    db.vacuum();
    db.transaction(() => herbouwAfgeleideTabellen(db));
    expect(stand(db)).toEqual(verwacht);
  });
});

describe('migration 16 (formulier_sleutel)', () => {
  test('upgrades a filled file from the version before: its data is untouched; the table takes one valid key', () => {
    const vorige = 15;
    const { db } = bestandMetGeschiedenis(vorige);
    const voor = inhoud(db);
    expect(count(db, 'inventarisatie_ronde')).toBeGreaterThan(0);
    expect(migreerTot(db, 16)).toBe(16);
    expect(oudeInhoud(db, voor)).toEqual(voor);
    // No secret in the migration: the first forms make the key.
    expect(count(db, 'formulier_sleutel')).toBe(0);
    expect(formulierSleutel(db)).toBeNull();
    const sleutel = zorgVoorFormulierSleutel(db);
    expect(sleutel).toHaveLength(32);
    expect(formulierSleutel(db)?.equals(sleutel)).toBe(true);
    expect(zorgVoorFormulierSleutel(db).equals(sleutel)).toBe(true);
    expect(count(db, 'formulier_sleutel')).toBe(1);

    // One key at most, and only 64 lower-case hex digits.
    const tweede = thrown(() => db.insert('formulier_sleutel', { id: 'tweede', sleutel: 'a'.repeat(64) }));
    expect(tweede.message).toMatch(/CHECK constraint failed/);
    for (const fout of ['kort', 'G'.repeat(64), 'A'.repeat(64)])
      expect(thrown(() => db.run('UPDATE formulier_sleutel SET sleutel = ?', [fout])).message).toMatch(
        /CHECK constraint failed/,
      );
    expect(formulierSleutel(db)?.equals(sleutel)).toBe(true);
  });
});

describe('migration 15 (verwijderd)', () => {
  const bevat = (db: Db, tekst: string) => Buffer.from(db.export()).includes(Buffer.from(tekst, 'utf8'));

  test('upgrades a version-14 file: rows marked deleted become tombstones and their text leaves the file', () => {
    const { db, data: ids } = bestandMetGeschiedenis(14);
    const stand = db.all('SELECT * FROM kandidaat_stand ORDER BY kandidaat_id');
    const levend = (t: string) => db.all(`SELECT * FROM ${t} WHERE deleted_at IS NULL ORDER BY rowid`);
    const voor = { stappen: levend('leerlijn_stap'), metingen: levend('ladder_meting') };
    const weg = db.all<{ id: string; created_at: string; updated_at: string; deleted_at: string }>(
      `SELECT id, created_at, updated_at, deleted_at FROM leerlijn_stap WHERE deleted_at IS NOT NULL
       UNION ALL SELECT id, created_at, updated_at, deleted_at FROM ladder_meting WHERE deleted_at IS NOT NULL`,
    );
    // Two steps (one from version 6, one with a result) and one measurement were marked deleted.
    expect(weg).toHaveLength(3);
    expect(weg.map((r) => r.id)).toEqual(
      expect.arrayContaining([ids.get('stap weg'), ids.get('meting weg')]),
    );
    expect(bevat(db, 'psychose-opname')).toBe(true);
    expect(bevat(db, 'Terugval door verslaving')).toBe(true);

    expect(migreerTot(db, 15)).toBe(15);

    expect(bevat(db, 'psychose-opname')).toBe(false);
    expect(bevat(db, 'Terugval door verslaving')).toBe(false);
    expect(db.integrityOk()).toBe(true);
    // The tombstones hold the id and the times, nothing else; the live rows and the stand are untouched.
    expect(db.all('SELECT id, created_at, updated_at, deleted_at FROM verwijderd ORDER BY id')).toEqual(
      [...weg].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(count(db, "verwijderd WHERE tabel = 'ladder_meting'")).toBe(1);
    expect(count(db, 'leerlijn_stap WHERE deleted_at IS NOT NULL')).toBe(0);
    expect(count(db, 'ladder_meting WHERE deleted_at IS NOT NULL')).toBe(0);
    expect({ stappen: levend('leerlijn_stap'), metingen: levend('ladder_meting') }).toEqual(voor);
    expect(db.all('SELECT * FROM kandidaat_stand ORDER BY kandidaat_id')).toEqual(stand);
    // A tombstone names only the tables that have one.
    expect(
      thrown(() => db.run("INSERT INTO verwijderd VALUES ('x', 'kandidaat', 'a', 'a', 'a')")).message,
    ).toMatch(/CHECK/);
  });

  test('a file left by the app of every earlier version passes the schema check on open', () => {
    for (let versie = 1; versie <= 14; versie++) {
      const { db } = bestandMetGeschiedenis(versie);
      const bytes = db.export();
      db.close();
      const geopend = loadVerified(SQL, bytes);
      expect([versie, geopend.fileVersion, schemaVersion(geopend.db)]).toEqual([
        versie,
        versie,
        Math.max(...MIGRATIONS.map((m) => m.versie)),
      ]);
      geopend.db.close();
    }
  });
});

describe('migration 17 (actie_uitgesteld)', () => {
  test('upgrades a filled file from the version before: actions keep their data and start at 0 postponements', () => {
    const vorige = Math.max(...MIGRATIONS.filter((m) => m.versie < 17).map((m) => m.versie));
    const { db } = bestandMetGeschiedenis(vorige);
    const voor = inhoud(db);
    expect(count(db, 'actiepunt')).toBeGreaterThan(0);
    expect(migreerTot(db, 17)).toBe(17);
    expect(oudeInhoud(db, voor)).toEqual(voor);
    expect(db.all('SELECT omschrijving, keer_uitgesteld FROM actiepunt')).toEqual([
      { omschrijving: 'Zorgaanbieders bellen', keer_uitgesteld: 0 },
    ]);
    expect(thrown(() => db.run('UPDATE actiepunt SET keer_uitgesteld = -1')).message).toMatch(
      /CHECK constraint failed/,
    );
  });
});

describe('migration 18 (deelname_data)', () => {
  test('upgrades a filled file from the version before: participants keep their status and start without dates', () => {
    const vorige = Math.max(...MIGRATIONS.filter((m) => m.versie < 18).map((m) => m.versie));
    const { db } = bestandMetGeschiedenis(vorige);
    const voor = inhoud(db);
    expect(count(db, 'ronde_deelname')).toBeGreaterThan(0);
    expect(migreerTot(db, 18)).toBe(18);
    expect(oudeInhoud(db, voor)).toEqual(voor);
    expect(db.all('SELECT status, formulier_gemaakt_op, verstuurd_op FROM ronde_deelname')).toEqual([
      { status: 'ontvangen', formulier_gemaakt_op: null, verstuurd_op: null },
    ]);
  });
});

describe('migration 19 (wijzigingslog)', () => {
  test('upgrades a filled file: data untouched, no changes yet; an insert records nothing, an update its base id and one head per changed field, without the value the row holds', () => {
    const { db, data: ids } = bestandMetGeschiedenis(18);
    const voor = inhoud(db);
    expect(migreerTot(db, 19)).toBe(19);
    expect(oudeInhoud(db, voor)).toEqual(voor);
    expect(count(db, 'veldwijziging')).toBe(0);

    // A new row is its own base, as every row from before 019 is.
    db.transaction(() => db.insert('organisatie', { naam: 'Nieuw BV', soort: 'werkgever' }));
    expect(count(db, 'veldwijziging')).toBe(0);

    const org = ids.get('linde');
    const oud = db.get<{ updated_at: string }>('SELECT updated_at FROM organisatie WHERE id = ?', [org]);
    const basis = `${oud?.updated_at}-00000000@basis`;
    const log = () =>
      db.all<{ veld: string; id: string; waarde: unknown; ouders: string }>(
        'SELECT veld, id, waarde, ouders FROM veldwijziging WHERE rij_id = ? ORDER BY veld, id',
        [org],
      );
    db.transaction(() => db.update('organisatie', org, { telefoon: '0113 999 999' }));
    const eerst = log();
    // The row's base id (what its unchanged fields keep), and over the changed field's base one head
    // that holds no value: the row has it.
    expect(eerst.map((w) => [w.veld, w.waarde, w.ouders])).toEqual([
      ['+', null, '[]'],
      ['telefoon', null, JSON.stringify([basis])],
    ]);
    expect(eerst[0]?.id).toBe(basis);
    expect(eerst[1]?.id).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z-\d{8}@[0-9a-f]{12}$/);
    // Edited again: still one entry for the field; the overwritten one is gone, implied by what the new one saw.
    db.transaction(() =>
      db.update('organisatie', org, { telefoon: '0113 888 888', email: 'info@linde.test' }),
    );
    const daarna = log();
    expect(daarna.map((w) => [w.veld, w.waarde, w.ouders])).toEqual([
      ['+', null, '[]'],
      ['email', null, JSON.stringify([basis])],
      ['telefoon', null, JSON.stringify([basis])],
    ]);
    expect(daarna.some((w) => w.veld === 'updated_at')).toBe(false);
    expect(Buffer.from(db.export()).includes(Buffer.from('0113 999 999'))).toBe(false);
    // One row of clock; its changes can be told apart from any other writer's.
    expect(count(db, 'replica')).toBe(1);
    expect(
      thrown(() => db.run('INSERT INTO replica (id, apparaat, tijd) VALUES (2, ?, ?)', ['x', 'y'])).message,
    ).toMatch(/CHECK constraint failed/);
    expect(db.integrityOk()).toBe(true);
  });
});

describe('migration 20 (besluit_actie_keten)', () => {
  test('upgrades a filled file with a change log: data and log untouched, links start empty, are checked, read by index and logged', () => {
    const { db, data: ids } = bestandMetGeschiedenis(19);
    const actie = String(db.get<{ id: string }>('SELECT id FROM actiepunt')?.id);
    const besluit = String(db.get<{ id: string }>('SELECT id FROM besluit WHERE nummer = 1')?.id);
    // The file's own log already holds a change of the action from before the upgrade.
    db.transaction(() => db.update('actiepunt', actie, { eigenaar: 'Secretaris' }));
    const voor = inhoud(db);
    expect(count(db, 'veldwijziging WHERE rij_id = ?', [actie])).toBe(2);
    expect(migreerTot(db, 20)).toBe(20);
    // The migration's transaction ticks the clock row (as every write does); everything else is as it was.
    const { replica: _, ...rest } = voor;
    const { replica: __, ...restNa } = oudeInhoud(db, voor);
    expect(restNa).toEqual(rest);
    expect(db.all('SELECT besluit_id, activiteit_id FROM actiepunt')).toEqual([
      { besluit_id: null, activiteit_id: null },
    ]);
    expect(db.all('SELECT activiteit_id FROM besluit')).toEqual([{ activiteit_id: null }]);

    // The rebuilt triggers log the new columns, beside the entry from before, over the row's base.
    const activiteit = ids.get('Partners benaderen');
    db.transaction(() => {
      db.update('actiepunt', actie, { besluit_id: besluit, activiteit_id: activiteit });
      db.update('besluit', besluit, { activiteit_id: activiteit });
    });
    const velden = (rij: string) =>
      db
        .all<{ veld: string }>('SELECT veld FROM veldwijziging WHERE rij_id = ? ORDER BY veld', [rij])
        .map((w) => w.veld);
    expect(velden(actie)).toEqual(['+', 'activiteit_id', 'besluit_id', 'eigenaar']);
    expect(velden(besluit)).toEqual(['+', 'activiteit_id']);
    // A link must point at a row that exists.
    for (const [tabel, kolom, rij] of [
      ['besluit', 'activiteit_id', besluit],
      ['actiepunt', 'activiteit_id', actie],
      ['actiepunt', 'besluit_id', actie],
    ] as const)
      expect(
        thrown(() => db.run(`UPDATE ${tabel} SET ${kolom} = 'onbekend' WHERE id = ?`, [rij])).message,
      ).toMatch(/FOREIGN KEY constraint failed/);
    // A delete still leaves its tombstone through the rebuilt delete trigger.
    db.transaction(() => db.run('DELETE FROM actiepunt WHERE id = ?', [actie]));
    expect(velden(actie)).toEqual(['*']);
    for (const [tabel, kolom] of [
      ['actiepunt', 'besluit_id'],
      ['actiepunt', 'activiteit_id'],
      ['besluit', 'activiteit_id'],
    ] as const)
      expect(queryPlan(db, `SELECT id FROM ${tabel} WHERE ${kolom} = ?`, ['x'])).toMatch(
        new RegExp(`USING INDEX ${tabel}_${kolom.replace('_id', '')}`),
      );
    expect(db.integrityOk()).toBe(true);
  });
});

describe('migration 21 (kopie_zonder_persoonsgegevens)', () => {
  test('upgrades a filled file: data untouched, the file is a full one; the mark holds only 0 or 1 and is not merged', () => {
    const vorige = Math.max(...MIGRATIONS.filter((m) => m.versie < 21).map((m) => m.versie));
    const { db } = bestandMetGeschiedenis(vorige);
    const voor = inhoud(db);
    const log = db.all('SELECT * FROM veldwijziging ORDER BY tabel, rij_id, veld, id');
    expect(migreerTot(db, 21)).toBe(21);
    // The migration's own write transaction is a session of the change log (replica-klok.ts): it
    // moves the clock and records its writer. Everything else is as it was.
    const zonderKlok = ({ replica: _r, apparaat: _a, ...rest }: Record<string, unknown>) => rest;
    expect(zonderKlok(oudeInhoud(db, voor))).toEqual(zonderKlok(voor));
    expect(oudeInhoud(db, voor).apparaat).toEqual(expect.arrayContaining(voor.apparaat ?? []));
    expect(db.all('SELECT * FROM veldwijziging ORDER BY tabel, rij_id, veld, id')).toEqual(log);
    expect(db.get('SELECT zonder_persoonsgegevens FROM replica')).toEqual({ zonder_persoonsgegevens: 0 });
    expect(thrown(() => db.run('UPDATE replica SET zonder_persoonsgegevens = 2')).message).toMatch(
      /CHECK constraint failed/,
    );
    // The one-row clock table has no change-log trigger: the mark is never recorded, so never merged.
    expect(
      db.get(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'replica'`),
    ).toBeUndefined();
    db.transaction(() => db.run('UPDATE replica SET zonder_persoonsgegevens = 1'));
    expect(db.all('SELECT * FROM veldwijziging ORDER BY tabel, rij_id, veld, id')).toEqual(log);
    expect(db.integrityOk()).toBe(true);
  });
});
