import fc from 'fast-check';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { verwijderActiviteit } from '../../electron/main/services/planning';
import { bekijkSamenvoegen, voegSamen } from '../../electron/main/services/samenvoegen';
import { Db } from '../../electron/main/store/database';
import { wisKandidaat } from '../../electron/main/store/repositories/avg';
import { deleteBesluit, saveBesluit } from '../../electron/main/store/repositories/bijeenkomsten';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { gevolgdeTabellen } from '../../electron/main/store/wijzigingslog';
import { nieuweActie, werkgroepBijeenkomst } from './helpers/bijeenkomsten';
import { thrown } from './helpers/temp';
import { regioDb, voorbeeldDb } from './helpers/werkgroep-db';

/**
 * Merging real sql.js files: copies of one file (the same bytes, as a file copied to a second
 * laptop), each changed through the normal write path, merged with the service the CLI uses.
 */

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

/** A second laptop's copy: the same bytes, opened as its own writer. */
const kopie = (db: Db) => new Db(new SQL.Database(db.export()));
const schrijf = <T>(db: Db, werk: () => T) => db.transaction(werk);
const orgId = (db: Db, naam: string) =>
  String(db.get<{ id: string }>('SELECT id FROM organisatie WHERE naam = ?', [naam])?.id);

/** Every tracked table's rows (updated_at aside: it follows from the changes), in id order. */
function gegevens(db: Db) {
  return Object.fromEntries(
    gevolgdeTabellen(db)
      .filter((t) => t !== 'wijziging')
      .map((t) => [t, db.all(`SELECT * FROM ${t} ORDER BY id`).map(({ updated_at: _, ...r }) => r)]),
  );
}

const gezond = (db: Db) => {
  expect(db.integrityOk()).toBe(true);
  expect(db.all('PRAGMA foreign_key_check')).toEqual([]);
};

describe('merging two copies of a werkgroep file', () => {
  test('edits to different fields both come in; nothing is a conflict', () => {
    const a = regioDb(SQL);
    const goes = orgId(a, 'Gemeente Goes');
    const b = kopie(a);
    schrijf(a, () => a.update('organisatie', goes, { telefoon: '0113 111 111' }));
    schrijf(b, () => b.update('organisatie', goes, { contactpersoon: 'P. de Boer' }));
    schrijf(b, () => b.insert('organisatie', { naam: 'Bouwbedrijf Zeeland', soort: 'werkgever' }));
    const voorbeeld = bekijkSamenvoegen(a, b);
    expect(voorbeeld.conflicten).toEqual([]);
    expect(voorbeeld.binnenkomend.find((t) => t.tabel === 'organisatie')?.aantal).toBeGreaterThan(0);
    schrijf(a, () => voegSamen(a, b, 'Test'));
    expect(a.get('SELECT telefoon, contactpersoon FROM organisatie WHERE id = ?', [goes])).toEqual({
      telefoon: '0113 111 111',
      contactpersoon: 'P. de Boer',
    });
    expect(orgId(a, 'Bouwbedrijf Zeeland')).not.toBe('undefined');
    gezond(a);
    // The audit log names the merge by counts and laptop, never a person.
    const log = a.get<{ omschrijving: string }>(
      `SELECT omschrijving FROM wijziging WHERE omschrijving LIKE 'Samengevoegd%'`,
    );
    expect(log?.omschrijving).toMatch(
      /^Samengevoegd: \d+ wijzigingen uit de kopie \(laptop .+\), 0 conflicten beslist$/,
    );
    expect(log?.omschrijving).not.toMatch(/Boer/);
    // Merging the result back gives B the same data.
    schrijf(b, () => voegSamen(b, a, 'Test'));
    expect(gegevens(b)).toEqual(gegevens(a));
  });

  test('one field changed on both: both values with who and when; newest wins by default, the other stays in the report', () => {
    const a = regioDb(SQL);
    const goes = orgId(a, 'Gemeente Goes');
    const b = kopie(a);
    b.klok.auteur = 'Sanne';
    schrijf(a, () => a.update('organisatie', goes, { telefoon: '0113 111 111' }, '2026-03-01T10:00:00.000Z'));
    schrijf(b, () => b.update('organisatie', goes, { telefoon: '0113 222 222' }, '2026-03-01T11:00:00.000Z'));
    const [conflict] = bekijkSamenvoegen(a, b).conflicten;
    expect(conflict?.soort).toBe('veld');
    expect(conflict?.opties.map((o) => o.waarde).sort()).toEqual(['0113 111 111', '0113 222 222']);
    expect(conflict?.opties.some((o) => o.door?.startsWith('Sanne'))).toBe(true);
    expect(conflict?.opties.every((o) => /^\d{4}-\d\d-\d\dT/.test(o.tijd ?? ''))).toBe(true);
    const verslag = schrijf(a, () => voegSamen(a, b, 'Test', { [conflict?.sleutel as string]: 1 }));
    const gekozen = conflict?.opties[1]?.waarde;
    expect(a.get('SELECT telefoon FROM organisatie WHERE id = ?', [goes])).toEqual({ telefoon: gekozen });
    expect(verslag.besluiten[0]?.nietGekozen[0]).toContain(String(conflict?.opties[0]?.waarde));
    // Decided once: merging B again brings no conflict back.
    expect(bekijkSamenvoegen(a, b).conflicten).toEqual([]);
    gezond(a);
  });

  test('two laptops adding "Zorg BV" (any case) and besluit 12: conflicts with a proposal that keeps both', () => {
    const a = voorbeeldDb(SQL);
    const b = kopie(a);
    const bijeenkomst = String(a.get<{ id: string }>('SELECT id FROM bijeenkomst LIMIT 1')?.id);
    const volgend = Number(a.get<{ n: number }>('SELECT MAX(nummer) + 1 AS n FROM besluit')?.n);
    schrijf(a, () => a.insert('organisatie', { naam: 'Zorg BV', soort: 'werkgever' }));
    schrijf(b, () => b.insert('organisatie', { naam: 'zorg bv', soort: 'werkgever' }));
    schrijf(a, () =>
      a.insert('besluit', { bijeenkomst_id: bijeenkomst, nummer: volgend, tekst: 'Besluit op laptop A' }),
    );
    schrijf(b, () =>
      b.insert('besluit', { bijeenkomst_id: bijeenkomst, nummer: volgend, tekst: 'Besluit op laptop B' }),
    );
    const soorten = bekijkSamenvoegen(a, b).conflicten.map((c) => c.soort);
    expect(soorten.sort()).toEqual(['besluitnummer', 'organisatienaam']);
    schrijf(a, () => voegSamen(a, b, 'Test'));
    expect(a.all(`SELECT naam FROM organisatie WHERE lower(naam) LIKE 'zorg bv%' ORDER BY naam`)).toEqual([
      { naam: 'Zorg BV' },
      { naam: 'zorg bv (2)' },
    ]);
    expect(
      a.all('SELECT nummer FROM besluit WHERE tekst LIKE ? ORDER BY nummer', ['Besluit op laptop %']),
    ).toEqual([{ nummer: volgend }, { nummer: volgend + 1 }]);
    gezond(a);
  });

  describe('a link to a besluit or activity deleted on the other laptop', () => {
    /**
     * Laptop A deletes a besluit and an activity through the app's delete path; laptop B, not
     * knowing, adds an action under that besluit for that activity and links another besluit to it.
     */
    function tweeKopieen() {
      const a = voorbeeldDb(SQL);
      const b = kopie(a);
      const [weg, blijft] = a.all<{ id: string; nummer: number; bijeenkomst_id: string }>(
        'SELECT id, nummer, bijeenkomst_id FROM besluit WHERE deleted_at IS NULL ORDER BY nummer LIMIT 2',
      );
      const activiteit = a.get<{ id: string; titel: string }>(
        'SELECT id, titel FROM planning_activiteit WHERE deleted_at IS NULL LIMIT 1',
      );
      if (!weg || !blijft || !activiteit) throw new Error('Het voorbeeld heeft besluiten en een planning.');
      schrijf(a, () => {
        deleteBesluit(a, weg.id);
        verwijderActiviteit(a, activiteit.id);
      });
      const actie = schrijf(b, () => {
        saveBesluit(b, blijft.bijeenkomst_id, 'Tekst van B', blijft.id, activiteit.id);
        return nieuweActie(b, {
          omschrijving: 'Actie van laptop B',
          bijeenkomstId: weg.bijeenkomst_id,
          besluitId: weg.id,
          activiteitId: activiteit.id,
        });
      });
      return { a, b, weg, blijft, activiteit, actie };
    }

    test('each dangling link is a conflict; proposed: unlink, the delete stands, nothing breaks a foreign key', () => {
      const { a, b, weg, blijft, activiteit, actie } = tweeKopieen();
      const conflicten = bekijkSamenvoegen(a, b).conflicten.filter((c) => c.soort === 'verwijzing');
      expect(conflicten.map((c) => c.omschrijving).sort()).toEqual([
        `Actiepunt "Actie van laptop B" is gekoppeld aan activiteit "${activiteit.titel}", die op een andere laptop is verwijderd.`,
        `Actiepunt "Actie van laptop B" is gekoppeld aan besluit ${weg.nummer}, dat op een andere laptop is verwijderd.`,
        `Besluit ${blijft.nummer} is gekoppeld aan activiteit "${activiteit.titel}", die op een andere laptop is verwijderd.`,
      ]);
      expect(conflicten.every((c) => c.opties.length === 2 && c.voorstel === 0)).toBe(true);
      schrijf(a, () => voegSamen(a, b, 'Test'));
      gezond(a);
      expect(
        a.get('SELECT omschrijving, besluit_id, activiteit_id FROM actiepunt WHERE id = ?', [actie]),
      ).toEqual({ omschrijving: 'Actie van laptop B', besluit_id: null, activiteit_id: null });
      expect(a.get('SELECT tekst, activiteit_id FROM besluit WHERE id = ?', [blijft.id])).toEqual({
        tekst: 'Tekst van B',
        activiteit_id: null,
      });
      expect(a.get('SELECT deleted_at IS NOT NULL AS weg FROM besluit WHERE id = ?', [weg.id])).toEqual({
        weg: 1,
      });
      // Decided once: merging B again brings no conflict back, and B gets the same links.
      expect(bekijkSamenvoegen(a, b).conflicten).toEqual([]);
      schrijf(b, () => voegSamen(b, a, 'Test'));
      expect(b.get('SELECT besluit_id FROM actiepunt WHERE id = ?', [actie])).toEqual({ besluit_id: null });
    });

    test('the other option brings the besluit back, and the action keeps its link', () => {
      const { a, b, weg, actie } = tweeKopieen();
      const conflict = bekijkSamenvoegen(a, b).conflicten.find(
        (c) => c.soort === 'verwijzing' && c.omschrijving.includes(`besluit ${weg.nummer},`),
      );
      expect(conflict?.opties[1]?.label).toBe(`Zet besluit ${weg.nummer} terug`);
      schrijf(a, () => voegSamen(a, b, 'Test', { [String(conflict?.sleutel)]: 1 }));
      gezond(a);
      expect(a.get('SELECT deleted_at FROM besluit WHERE id = ?', [weg.id])).toEqual({ deleted_at: null });
      expect(a.get('SELECT besluit_id FROM actiepunt WHERE id = ?', [actie])).toEqual({ besluit_id: weg.id });
    });

    test('a besluit deleted for real (no row left) can only be unlinked; the merge passes the foreign key check', () => {
      const a = voorbeeldDb(SQL);
      const b = kopie(a);
      const bijeenkomst = werkgroepBijeenkomst(a, '2026-01-15');
      const besluit = schrijf(a, () => saveBesluit(a, bijeenkomst, 'Kort bestaan'));
      const b2 = kopie(a);
      schrijf(a, () => a.run('DELETE FROM besluit WHERE id = ?', [besluit]));
      const actie = schrijf(b2, () => nieuweActie(b2, { bijeenkomstId: bijeenkomst, besluitId: besluit }));
      const conflict = bekijkSamenvoegen(a, b2).conflicten.find((c) => c.soort === 'verwijzing');
      expect(conflict?.omschrijving).toBe(
        'Actiepunt "Formulier versturen" is gekoppeld aan een besluit dat op een andere laptop is verwijderd.',
      );
      expect(conflict?.opties.map((o) => o.label)).toEqual([
        'Haal de koppeling weg; actiepunt "Formulier versturen" blijft bewaard',
      ]);
      schrijf(a, () => voegSamen(a, b2, 'Test'));
      gezond(a);
      expect(a.get('SELECT besluit_id FROM actiepunt WHERE id = ?', [actie])).toEqual({ besluit_id: null });
      expect(bekijkSamenvoegen(a, b).conflicten).toEqual([]);
    });
  });

  test("another werkgroep's file is refused", () => {
    const a = regioDb(SQL);
    const ander = regioDb(SQL);
    expect(thrown(() => bekijkSamenvoegen(a, ander)).code).toBe('ANDERE_WERKGROEP');
  });

  test('an erased person never returns, and the change log keeps no value of theirs', () => {
    const a = voorbeeldDb(SQL);
    const k = a.get<{ id: string; code: string; naam: string }>(
      'SELECT id, code, naam FROM kandidaat WHERE naam IS NOT NULL LIMIT 1',
    );
    if (!k) throw new Error('Het voorbeeld heeft kandidaten met een naam.');
    schrijf(a, () => a.update('kandidaat', k.id, { klantmanager: 'Klantmanager Vos' }));
    const b = kopie(a);
    schrijf(a, () => wisKandidaat(a, k.id, k.code));
    schrijf(b, () => b.update('kandidaat', k.id, { uitkering: 'ww' }));
    for (const [doel, bron] of [
      [a, b],
      [b, a],
    ] as const) {
      schrijf(doel, () => voegSamen(doel, bron, 'Test'));
      expect(doel.get('SELECT 1 AS x FROM kandidaat WHERE id = ?', [k.id])).toBeUndefined();
      expect(doel.all(`SELECT * FROM veldwijziging WHERE rij_id = ? AND veld <> '*'`, [k.id])).toEqual([]);
      const bytes = Buffer.from(doel.export());
      expect(bytes.includes(Buffer.from('Klantmanager Vos'))).toBe(false);
      gezond(doel);
    }
  });
});

describe('the change log stays small over sessions and merges', () => {
  test('two laptops, each reopening its file every round, edit and merge ten times: only the conflict of that round, one entry per changed field', () => {
    const basis = regioDb(SQL);
    const goes = orgId(basis, 'Gemeente Goes');
    // Every round each laptop closes and reopens its file: a new writer that starts where the file was.
    let a = kopie(basis);
    let b = kopie(basis);
    for (let ronde = 0; ronde < 10; ronde++) {
      a = kopie(a);
      b = kopie(b);
      const wa = a;
      const wb = b;
      schrijf(wa, () => wa.update('organisatie', goes, { telefoon: `0113 ${ronde}00 000` }));
      schrijf(wb, () =>
        wb.update('organisatie', goes, { contactpersoon: `P. ${ronde}`, email: `r${ronde}@goes.test` }),
      );
      // From the second round B also sets the phone A set this round: a real conflict, between this
      // round's two values only (B had seen every earlier one).
      if (ronde > 0) schrijf(wb, () => wb.update('organisatie', goes, { telefoon: `0113 ${ronde}11 111` }));
      const conflicten = bekijkSamenvoegen(wa, wb).conflicten;
      expect(conflicten.map((c) => c.opties.map((o) => o.waarde).sort())).toEqual(
        ronde > 0 ? [[`0113 ${ronde}00 000`, `0113 ${ronde}11 111`]] : [],
      );
      schrijf(wa, () => voegSamen(wa, wb, 'Test'));
      schrijf(wb, () => voegSamen(wb, wa, 'Test'));
      expect(gegevens(wb)).toEqual(gegevens(wa));
      for (const db of [wa, wb]) {
        const log = db.all<{ veld: string; ouders: string; waarde: unknown }>(
          'SELECT veld, ouders, waarde FROM veldwijziging WHERE rij_id = ? ORDER BY veld',
          [goes],
        );
        // The base id, and one head per changed field whatever the number of rounds; each has seen at
        // most one change per laptop, and none keeps a value (the row holds it).
        expect(log.map((w) => w.veld)).toEqual(['+', 'contactpersoon', 'email', 'telefoon']);
        for (const w of log) {
          expect(JSON.parse(w.ouders).length).toBeLessThanOrEqual(2);
          expect(w.waarde).toBeNull();
        }
      }
    }
    gezond(a);
  });
});

describe('merging real files is order-independent (property)', () => {
  test('three copies with random edits, merged in two orders, give the same data', () => {
    const basis = regioDb(SQL);
    const orgs = basis.all<{ id: string }>('SELECT id FROM organisatie ORDER BY id').map((o) => o.id);
    const bytes = basis.export();
    const bewerking = fc.record({
      kopie: fc.nat(2),
      org: fc.nat(orgs.length - 1),
      veld: fc.constantFrom('telefoon', 'email', 'contactpersoon'),
      waarde: fc.constantFrom('x', 'y', null),
    });
    fc.assert(
      fc.property(fc.array(bewerking, { maxLength: 12 }), (bewerkingen) => {
        const maak = () => [0, 1, 2].map(() => new Db(new SQL.Database(bytes)));
        const [a, b, c] = maak() as [Db, Db, Db];
        const [d, e, f] = maak() as [Db, Db, Db];
        for (const w of bewerkingen)
          for (const db of [
            [a, d],
            [b, e],
            [c, f],
          ][w.kopie] as Db[])
            schrijf(db, () =>
              db.update(
                'organisatie',
                orgs[w.org] as string,
                { [w.veld]: w.waarde },
                '2026-05-01T00:00:00.000Z',
              ),
            );
        // (a ← b) ← c against f ← (e ← d): another order and pairing.
        schrijf(a, () => voegSamen(a, b, 'Test'));
        schrijf(a, () => voegSamen(a, c, 'Test'));
        schrijf(e, () => voegSamen(e, d, 'Test'));
        schrijf(f, () => voegSamen(f, e, 'Test'));
        const organisaties = (db: Db) => gegevens(db).organisatie;
        expect(organisaties(f)).toEqual(organisaties(a));
        gezond(a);
        gezond(f);
      }),
      { numRuns: 15 },
    );
  });
});
