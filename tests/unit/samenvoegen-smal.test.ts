import fc from 'fast-check';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { bekijkSamenvoegen, type Lezing, voegSamen } from '../../electron/main/services/samenvoegen';
import { Db } from '../../electron/main/store/database';
import { wisKandidaat } from '../../electron/main/store/repositories/avg';
import { verschil } from '../../electron/main/store/samenvoeg-verschil';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { gevolgdeTabellen, leesWijzigingen } from '../../electron/main/store/wijzigingslog';
import { normaliseer } from '../../shared/domain/wijzigingen';
import { voorbeeldDb } from './helpers/werkgroep-db';

/**
 * A merge reads only the rows that differ between the two copies (store/samenvoeg-verschil.ts).
 * Over random histories of three real copies (edits, names and besluit numbers that collide,
 * archived and deleted rows, links, erasures, new sessions, merges), the narrowed reading must
 * give exactly the preview and the result of reading every row (`{ volledig: true }`, the first
 * engine's reading, kept as the oracle).
 */

let SQL: SqlJsStatic;
let bytes: Uint8Array;
let ids: { org: string[]; stap: string[]; besluit: string[]; actie: string[]; kandidaat: string[] };
let bijeenkomst: string;
beforeAll(async () => {
  SQL = await loadSqlJs();
  const basis = voorbeeldDb(SQL);
  const eerste = (sql: string) => basis.all<{ id: string }>(sql).map((r) => r.id);
  ids = {
    org: eerste(`SELECT id FROM organisatie WHERE soort <> 'gemeente' ORDER BY id LIMIT 4`),
    stap: eerste('SELECT id FROM leerlijn_stap ORDER BY id LIMIT 4'),
    besluit: eerste('SELECT id FROM besluit WHERE deleted_at IS NULL ORDER BY nummer LIMIT 3'),
    actie: eerste('SELECT id FROM actiepunt ORDER BY id LIMIT 3'),
    kandidaat: eerste('SELECT id FROM kandidaat ORDER BY id LIMIT 2'),
  };
  bijeenkomst = String(basis.get<{ id: string }>('SELECT id FROM bijeenkomst LIMIT 1')?.id);
  bytes = basis.export();
}, 60_000);

const open = (b: Uint8Array) => new Db(new SQL.Database(b));
const NAMEN = ['Zorg BV', 'zorg bv', 'Bouw BV', 'Groen & Co'];

type Stap =
  | { soort: 'org'; kopie: number; i: number; veld: 'telefoon' | 'email' | 'naam'; w: number }
  | { soort: 'nieuweOrg' | 'archiveer' | 'verwijderOrg'; kopie: number; i: number }
  | { soort: 'stap' | 'koppel'; kopie: number; i: number; j: number }
  | { soort: 'besluit' | 'besluitWeg' | 'actieWeg' | 'wis' | 'sessie'; kopie: number; i: number }
  | { soort: 'haal'; kopie: number; i: number };

const kopie = fc.nat(2);
const stap: fc.Arbitrary<Stap> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      soort: fc.constant('org' as const),
      kopie,
      i: fc.nat(3),
      veld: fc.constantFrom('telefoon' as const, 'email' as const, 'naam' as const),
      w: fc.nat(3),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      soort: fc.constantFrom('nieuweOrg' as const, 'archiveer' as const, 'verwijderOrg' as const),
      kopie,
      i: fc.nat(3),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      soort: fc.constantFrom('stap' as const, 'koppel' as const),
      kopie,
      i: fc.nat(3),
      j: fc.nat(3),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      soort: fc.constantFrom(
        'besluit' as const,
        'besluitWeg' as const,
        'actieWeg' as const,
        'wis' as const,
        'sessie' as const,
      ),
      kopie,
      i: fc.nat(2),
    }),
  },
  { weight: 4, arbitrary: fc.record({ soort: fc.constant('haal' as const), kopie, i: fc.nat(2) }) },
);

const elk = <T>(lijst: T[], i: number) => lijst[i % lijst.length] as T;

/** One step on one copy through the normal write path; a step the database refuses is skipped. */
function doe(kopieen: Db[], s: Stap): void {
  const db = kopieen[s.kopie] as Db;
  const naamVrij = (naam: string) =>
    !db.get('SELECT 1 FROM organisatie WHERE lower(naam) = lower(?)', [naam]);
  try {
    db.transaction(() => {
      if (s.soort === 'org') {
        const waarde = s.veld === 'naam' ? elk(NAMEN, s.w) : elk(['x', 'y', null], s.w);
        if (s.veld !== 'naam' || naamVrij(String(waarde)))
          db.update('organisatie', elk(ids.org, s.i), { [s.veld]: waarde });
      } else if (s.soort === 'nieuweOrg') {
        if (naamVrij(elk(NAMEN, s.i)))
          db.insert('organisatie', { naam: elk(NAMEN, s.i), soort: 'werkgever' });
      } else if (s.soort === 'archiveer')
        db.update('organisatie', elk(ids.org, s.i), { gearchiveerd_op: '2026-02-01' });
      else if (s.soort === 'verwijderOrg')
        db.update('organisatie', elk(ids.org, s.i), { deleted_at: '2026-02-02T00:00:00.000Z' });
      else if (s.soort === 'stap')
        db.update('leerlijn_stap', elk(ids.stap, s.i), {
          organisatie_id: elk(ids.org, s.j),
          resultaat: `r${s.j}`,
        });
      else if (s.soort === 'koppel')
        db.update('actiepunt', elk(ids.actie, s.i), { besluit_id: elk(ids.besluit, s.j) });
      else if (s.soort === 'besluit') {
        const n = Number(db.get<{ n: number }>('SELECT MAX(nummer) + 1 AS n FROM besluit')?.n);
        db.insert('besluit', { bijeenkomst_id: bijeenkomst, nummer: n, tekst: `Besluit ${s.kopie}` });
      } else if (s.soort === 'besluitWeg')
        db.update('besluit', elk(ids.besluit, s.i), { deleted_at: '2026-02-03T00:00:00.000Z' });
      else if (s.soort === 'actieWeg') db.run('DELETE FROM actiepunt WHERE id = ?', [elk(ids.actie, s.i)]);
      else if (s.soort === 'wis') {
        const id = elk(ids.kandidaat, s.i);
        const k = db.get<{ code: string }>('SELECT code FROM kandidaat WHERE id = ?', [id]);
        if (k) wisKandidaat(db, id, k.code);
      } else if (s.soort === 'haal') {
        const van = (s.kopie + 1 + (s.i % 2)) % 3;
        voegSamen(db, kopieen[van] as Db, 'Test');
      }
    });
  } catch {
    // A refused step (a unique or foreign key the history happened to hit) changes nothing.
  }
  // Closed and opened again: a new writer that starts where the file was.
  if (s.soort === 'sessie') kopieen[s.kopie] = open(db.export());
}

/** Every tracked row, `updated_at` included, in id order; the audit log aside (it is stamped now). */
const rijen = (db: Db) =>
  Object.fromEntries(
    gevolgdeTabellen(db)
      .filter((t) => t !== 'wijziging')
      .map((t) => [t, db.all(`SELECT * FROM ${t} ORDER BY id`)]),
  );

/** The file after a merge on a fixed writer and clock, so both readings write under the same ids. */
function pasToe(db: Db, andere: Db, lezing: Lezing) {
  const kloon = open(db.export());
  Object.assign(kloon.klok, { apparaat: 'kloon' });
  kloon.run(`UPDATE replica SET tijd = '2999-01-01T00:00:00.000Z', teller = 0`);
  let uitkomst: unknown;
  try {
    uitkomst = kloon.transaction(() => voegSamen(kloon, andere, 'Test', {}, lezing));
  } catch (e) {
    uitkomst = { fout: (e as Error).message };
  }
  const log = normaliseer(leesWijzigingen(kloon));
  return {
    uitkomst,
    rijen: rijen(kloon),
    log: { ...log, wijzigingen: log.wijzigingen.filter((w) => w.tabel !== 'wijziging') },
  };
}

describe('the narrowed reading of a merge (property)', () => {
  test('gives the same preview and the same merged file as reading every row', () => {
    fc.assert(
      fc.property(fc.array(stap, { minLength: 1, maxLength: 14 }), (stappen) => {
        const kopieen = [0, 1, 2].map(() => open(bytes));
        for (const s of stappen) doe(kopieen, s);
        for (const [x, y] of [
          [0, 1],
          [1, 2],
          [2, 0],
        ] as const) {
          const a = kopieen[x] as Db;
          const b = kopieen[y] as Db;
          expect(bekijkSamenvoegen(a, b)).toEqual(bekijkSamenvoegen(a, b, { volledig: true }));
          expect(pasToe(a, b, {})).toEqual(pasToe(a, b, { volledig: true }));
        }
      }),
      { numRuns: 12 },
    );
  }, 600_000);

  test('reads only what differs: two fresh copies of one file differ in nothing', () => {
    const a = open(bytes);
    const b = open(bytes);
    expect(verschil(a, b).rijen.size).toBe(0);
    a.transaction(() => a.update('organisatie', ids.org[0] as string, { telefoon: '0113 000 000' }));
    b.transaction(() => b.insert('organisatie', { naam: 'Nieuw BV', soort: 'werkgever' }));
    const rijenA = [...verschil(a, b).rijen].map((k) => k.split('\u0000')[0]);
    expect(rijenA).toEqual(['organisatie', 'organisatie']);
  });
});
