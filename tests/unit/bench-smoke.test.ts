import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geschaald, maakWerkgroepDb } from '../../bench/genereer';
import { meetLijsten } from '../../bench/metingen';
import { tempDir } from './helpers/temp';

/** A tiny run of the benchmark generator and one measurement (the real run is `npm run bench`). */
describe('benchmark smoke', () => {
  it('generates 1/1000 of the large region deterministically and measures the list queries once', async () => {
    const aantallen = geschaald(0.001);
    const db = await maakWerkgroepDb(aantallen, 7);
    const tel = (tabel: string, waar = '') =>
      db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${tabel} ${waar}`)?.n ?? 0;
    // The voorbeeldwerkgroep's own rows come on top of the generated ones.
    const voorbeeld = await maakWerkgroepDb('klein');
    const basis = (tabel: string) =>
      voorbeeld.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${tabel}`)?.n ?? 0;
    expect(tel('kandidaat') - basis('kandidaat')).toBe(aantallen.kandidaten);
    expect(tel('leerlijn_stap') - basis('leerlijn_stap')).toBe(aantallen.stappen);
    expect(tel('ladder_meting') - basis('ladder_meting')).toBe(aantallen.metingen);
    expect(tel('organisatie')).toBe(aantallen.organisaties);
    expect(tel('contract') - basis('contract')).toBe(aantallen.contracten);
    expect(tel('inventarisatie_ronde') - basis('inventarisatie_ronde')).toBe(aantallen.rondes);
    expect(tel('actiepunt') - basis('actiepunt')).toBe(aantallen.acties);
    expect(tel('besluit') - basis('besluit')).toBe(aantallen.besluiten);
    expect(db.integrityOk()).toBe(true);
    expect(db.pragma('foreign_key_check')).toBeUndefined();

    // Same seed, same data.
    const nogmaals = await maakWerkgroepDb(aantallen, 7);
    const codes = (d: typeof db) =>
      d
        .all<{ code: string }>("SELECT code FROM kandidaat WHERE code LIKE 'K-_____' ORDER BY code")
        .map((r) => r.code);
    expect(codes(nogmaals)).toEqual(codes(db));

    const pad = join(await tempDir(), 'klein.tafelwerk');
    await fs.writeFile(pad, db.export());
    for (const d of [db, voorbeeld, nogmaals]) d.close();
    const metingen = await meetLijsten(pad, 1);
    expect(metingen.map((m) => m.naam)).toHaveLength(5);
    for (const m of metingen) {
      expect(m.app).toHaveLength(1);
      expect(m.vloer).toHaveLength(1);
      expect(m.extra?.statements).toBeGreaterThan(0);
    }
  });
});
