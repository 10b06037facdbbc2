import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteStap, listStappen, saveStap } from '../../electron/main/services/leerlijn';
import { listBackups } from '../../electron/main/store/backups';
import { bewaarOverzicht, wisKandidaat, zetBewaartermijn } from '../../electron/main/store/repositories/avg';
import { sroiOverzicht } from '../../electron/main/store/repositories/contracten';
import { getKandidaat } from '../../electron/main/store/repositories/kandidaten';
import { listKandidaten } from '../../electron/main/store/repositories/kandidaten-lijst';
import { savePlan } from '../../electron/main/store/repositories/plan';
import { saveMeting, saveTerugval, saveUitstroom } from '../../electron/main/store/repositories/voortgang';
import { slaTabelOpAlsNieuweVersie } from '../../electron/main/store/repositories/waardering';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { type FileOptions, WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { PRESET_UTRECHT } from '../../shared/domain/waarderingstabellen';
import { codeVan, nieuweKandidaat, nieuweStap, planInvoer, stapInvoer, telRijen } from './helpers/kandidaten';
import { aanbieder } from './helpers/sroi';
import { openRaw, scalar, thrown } from './helpers/temp';
import { gemeenteId, regioBestand, regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const OPTS: FileOptions = { keepBackups: 5, backupIntervalMs: 0 };

/** Invented, distinctive strings: if any of their bytes survive an erasure, the test finds them. */
const NAAM = 'Zwanhilde Quackenbosch';
const SPOREN = {
  naam: NAAM,
  klantmanager: 'Klantmanager Ogilvy-Trumpington',
  begeleider: 'Begeleider Fitzwarren-Olthof',
  wensOud: 'WENS-OUD-vuurtorenwachter-7731',
  wens: 'WENS-kapitein-op-de-veerboot-8842',
  eigenWoorden: 'EIGEN-ik-wil-weer-meedoen-1157',
  mogelijkheden: 'MOGELIJK-nauwkeurig-werk-6021',
  belemmering: 'SCHULD-bewindvoering-bij-Mr-Plompeblad-4412',
  resultaat: 'RESULTAAT-bakkerij-Hoogwaterlijn-9083',
  resultaatVerwijderd: 'RESULTAAT-verwijderde-stap-2240',
  meting: 'METING-zelfvertrouwen-gegroeid-5521',
  uitstroom: 'UITSTROOM-havenbedrijf-Sluiskil-3307',
  terugval: 'TERUGVAL-overbelast-na-verhuizing-6619',
  volgendeStap: 'VOLGENDE-rustig-opbouwen-2284',
};

/** Every file under a folder (the werkgroep file, its backups, leftovers of atomic writes). */
async function alleBestanden(dir: string): Promise<string[]> {
  const uit: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) uit.push(...(await alleBestanden(p)));
    else uit.push(p);
  }
  return uit;
}

/** Which of the strings occur, as UTF-8 bytes, in a file. */
async function gevonden(pad: string, strings: string[]): Promise<string[]> {
  const bytes = await fs.readFile(pad);
  return strings.filter((s) => bytes.includes(Buffer.from(s, 'utf8')));
}

/**
 * A werkgroep file on disk with one candidate about whom there is a lot of free text, a finished
 * step that earned a realisation, and a second candidate who must survive the erasure. Saved in
 * several writes, so several backups hold the person's data.
 */
async function opzet() {
  const { dir, path, file } = await regioBestand(OPTS);
  const { id, zorg, blijft } = await file.write((db) => {
    const zorg = aanbieder(db);
    slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT);
    const id = nieuweKandidaat(db, {
      naam: NAAM,
      initialen: 'Z.Q.',
      gemeenteId: gemeenteId(db, 'Goes'),
      uitkering: 'participatiewet_lang',
      klantmanager: SPOREN.klantmanager,
      begeleiderNaam: SPOREN.begeleider,
      begeleiderOrganisatieId: zorg,
      startdatum: '2026-01-01',
    });
    const blijft = nieuweKandidaat(db, { naam: 'Blijft Bestaan', uitkering: 'ww' });
    savePlan(db, planInvoer(blijft, { wensen: 'Plan van een ander.' }));
    return { id, zorg, blijft };
  });
  await file.write((db) => savePlan(db, planInvoer(id, { wensen: SPOREN.wensOud })));
  await file.write((db) =>
    savePlan(
      db,
      planInvoer(id, {
        wensen: SPOREN.wens,
        eigenWoorden: SPOREN.eigenWoorden,
        mogelijkheden: SPOREN.mogelijkheden,
        belemmeringen: [{ soort: 'schulden', status: 'mee_bezig', toelichting: SPOREN.belemmering }],
      }),
    ),
  );
  await file.write((db) => {
    const weg = nieuweStap(db, id, 'training', { resultaat: SPOREN.resultaatVerwijderd });
    deleteStap(db, weg);
    // 1 Jan – 30 Jun = 6 months, 24 of 36 h, participatiewet_lang € 40.000:
    // 4_000_000 × 24/36 × 6/12 = 1_333_333.33 → 1_333_333 cents.
    nieuweStap(db, id, 'betaalde_baan', {
      organisatieId: zorg,
      start: '2026-01-01',
      eind: '2026-06-30',
      urenPerWeek: 24,
      status: 'afgerond',
      resultaat: SPOREN.resultaat,
    });
  });
  await file.write((db) => {
    saveMeting(db, { kandidaatId: id, datum: '2026-01-05', trede: 2, toelichting: SPOREN.meting });
    saveUitstroom(db, {
      kandidaatId: id,
      soort: 'regulier_werk',
      datum: '2026-07-01',
      toelichting: SPOREN.uitstroom,
      na6Maanden: null,
      na12Maanden: null,
    });
  });
  await file.write((db) =>
    saveTerugval(db, {
      kandidaatId: id,
      datum: '2026-08-01',
      reden: SPOREN.terugval,
      volgendeStap: SPOREN.volgendeStap,
    }),
  );
  const code = codeVan(file.db, id);
  return { dir, path, file, id, zorg, blijft, code };
}

describe('Verwijderen (AVG)', () => {
  it('erases a person so that nothing about them is left in the saved file or any backup', async () => {
    const { dir, path, file, id, blijft, code } = await opzet();
    const sporen = [...Object.values(SPOREN), code];

    // Before: the data is really there, in the file and in the backups (else this test proves nothing).
    // A step deleted in the write that made it never reaches the disk with its text (migration 15).
    expect((await gevonden(path, sporen)).sort()).toEqual(
      [...sporen].filter((s) => s !== SPOREN.wensOud && s !== SPOREN.resultaatVerwijderd).sort(),
    );
    const backupsVoor = await listBackups(path);
    expect(backupsVoor.length).toBeGreaterThanOrEqual(3);
    const inBackups = new Set<string>();
    for (const b of backupsVoor) for (const s of await gevonden(b, sporen)) inBackups.add(s);
    expect(inBackups.has(NAAM)).toBe(true);
    expect(inBackups.has(SPOREN.wensOud)).toBe(true);
    const [realisatieVoor] = listStappen(file.db, id).filter((s) => s.realisatieId);
    expect(realisatieVoor?.waardeCent).toBe(1_333_333);

    // The wrong code: refused in Dutch, nothing deleted, backups untouched.
    await expect(file.writeAndPurge((db) => wisKandidaat(db, id, 'K-XXXX'))).rejects.toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: `Typ de code ${code} om te bevestigen; er is niets verwijderd.`,
    });
    expect(getKandidaat(file.db, id).naam).toBe(NAAM);
    expect(await listBackups(path)).toEqual(backupsVoor);
    expect(await gevonden(path, [NAAM])).toEqual([NAAM]);

    // Copies beside the file that hold the person too: a damaged file set aside on recovery and a
    // temp file left by a crash mid-save.
    const bytes = await fs.readFile(path);
    await fs.writeFile(`${path}.beschadigd-20260101T000000000Z`, bytes);
    await fs.writeFile(`${path}.a1b2c3d4.tmp`, bytes);

    // The right code, typed in lower case with spaces around it.
    await file.writeAndPurge((db) => wisKandidaat(db, id, `  ${code.toLowerCase()} `));
    expect(thrown(() => getKandidaat(file.db, id))).toMatchObject({ code: 'NIET_GEVONDEN' });
    await file.close();

    // No file in the folder (the werkgroep file, every backup, any leftover) holds any trace.
    const bestanden = await alleBestanden(dir);
    const backupsNa = await listBackups(path);
    expect(backupsNa).toHaveLength(1);
    expect(bestanden).toEqual(expect.arrayContaining([path, ...backupsNa]));
    for (const b of bestanden)
      expect({ bestand: b, gevonden: await gevonden(b, sporen) }).toEqual({ bestand: b, gevonden: [] });
    // The other candidate is still in the file.
    expect(await gevonden(path, ['Blijft Bestaan', 'Plan van een ander.'])).toHaveLength(2);

    // Every row about the person is gone; the realisation stays, anonymous, with its value.
    const raw = await openRaw(path);
    try {
      expect(raw.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
      for (const tabel of [
        'kandidaat_plan',
        'kandidaat_belemmering',
        'leerlijn_stap',
        'ladder_meting',
        'uitstroom',
        'terugval',
      ])
        expect([tabel, scalar(raw, `SELECT COUNT(*) FROM ${tabel} WHERE kandidaat_id = ?`, [id])]).toEqual([
          tabel,
          0,
        ]);
      expect(scalar(raw, 'SELECT COUNT(*) FROM kandidaat WHERE id = ?', [id])).toBe(0);
      expect(scalar(raw, 'SELECT COUNT(*) FROM kandidaat')).toBe(1);
      expect(scalar(raw, 'SELECT COUNT(*) FROM kandidaat_plan WHERE kandidaat_id = ?', [blijft])).toBe(1);
      const rij = raw.exec(`SELECT waarde_cent, bron, bron_id, omschrijving, deleted_at FROM realisatie`)[0]
        ?.values;
      expect(rij).toEqual([
        [1_333_333, 'leerlijn', null, 'Leerlijnstap van een verwijderde kandidaat', null],
      ]);
      // Nothing points at the erased steps any more.
      expect(scalar(raw, 'SELECT COUNT(*) FROM realisatie WHERE bron_id IS NOT NULL')).toBe(0);
      expect(scalar(raw, 'PRAGMA freelist_count')).toBe(0);
    } finally {
      raw.close();
    }

    // The file opens normally (no fallback to a backup) and still counts the realisation.
    const { file: weer, melding } = await WerkgroepFile.open(path, OPTS);
    try {
      expect(melding).toBeNull();
      expect(weer.db.integrityOk()).toBe(true);
      expect(sroiOverzicht(weer.db, '2026-01-01', '2026-12-31').gerealiseerdCent).toBe(1_333_333);
      expect(listKandidaten(weer.db, { metNamen: true }).map((k) => k.naam)).toEqual(['Blijft Bestaan']);
      // The one backup left is a healthy copy of the cleaned state.
      const [backup] = backupsNa;
      const kopie = await openRaw(backup as string);
      try {
        expect(kopie.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
        expect(scalar(kopie, 'SELECT COUNT(*) FROM kandidaat')).toBe(1);
      } finally {
        kopie.close();
      }
    } finally {
      await weer.close();
    }
  });

  it('an unknown candidate is NIET_GEVONDEN; erasing does not touch other candidates’ realisations', () => {
    const db = regioDb(SQL);
    const zorg = aanbieder(db);
    slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT);
    const klaar = {
      organisatieId: zorg,
      start: '2026-01-01',
      eind: '2026-06-30',
      urenPerWeek: 24,
      status: 'afgerond',
    } as const;
    const weg = nieuweKandidaat(db, { uitkering: 'ww' });
    const blijft = nieuweKandidaat(db, { uitkering: 'ww' });
    saveStap(db, stapInvoer(db, weg, 'betaalde_baan', klaar));
    saveStap(db, stapInvoer(db, blijft, 'betaalde_baan', klaar));
    expect(thrown(() => wisKandidaat(db, '01890a5d-ac96-774b-bcce-b302099a8057', 'K-AAAA'))).toMatchObject({
      code: 'NIET_GEVONDEN',
    });
    wisKandidaat(db, weg, codeVan(db, weg));
    const rijen = db.all<{ bron_id: string | null; omschrijving: string }>(
      'SELECT bron_id, omschrijving FROM realisatie ORDER BY bron_id IS NOT NULL',
    );
    const stap = listStappen(db, blijft)[0];
    expect(rijen).toEqual([
      { bron_id: null, omschrijving: 'Leerlijnstap van een verwijderde kandidaat' },
      { bron_id: stap?.id, omschrijving: 'Leerlijnstap: Betaalde baan' },
    ]);
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM leerlijn_stap')).toBe(1);
  });
});

describe('bewaartermijn', () => {
  it('lists who ended longer ago than the period; exactly at the term is not yet past', () => {
    const db = regioDb(SQL);
    const uit = (datum: string, soort: 'regulier_werk' | 'verhuisd' = 'regulier_werk') => {
      const id = nieuweKandidaat(db);
      saveUitstroom(db, {
        kandidaatId: id,
        soort,
        datum,
        toelichting: null,
        na6Maanden: null,
        na12Maanden: null,
      });
      return { id, code: codeVan(db, id), sinds: datum, reden: 'afgerond' as const };
    };
    const a = uit('2024-01-15');
    const b = uit('2024-02-10', 'verhuisd');
    const d = uit('2025-01-01');
    // Still in a trajectory, or back in one after a fallback: never listed, whatever the dates.
    nieuweKandidaat(db, { status: 'actief', einddatum: '2020-01-01' });
    const terug = uit('2020-06-01');
    saveTerugval(db, { kandidaatId: terug.id, datum: '2020-07-01', reden: 'Terugval', volgendeStap: null });

    // The default is 24 months. 15 Jan 2024 + 24 months = 15 Jan 2026: on that day not yet past.
    expect(bewaarOverzicht(db, '2026-01-15')).toEqual({ maanden: 24, verlopen: [] });
    // A day later it is.
    expect(bewaarOverzicht(db, '2026-01-16')).toEqual({ maanden: 24, verlopen: [a] });
    // 10 Feb 2024 + 24 = 10 Feb 2026; the list is in order of end date.
    expect(bewaarOverzicht(db, '2026-02-11')).toEqual({ maanden: 24, verlopen: [a, b] });

    // 12 months: 1 Jan 2025 + 12 = 1 Jan 2026 < 16 Jan 2026, so d too.
    zetBewaartermijn(db, 12);
    expect(bewaarOverzicht(db, '2026-01-16')).toEqual({ maanden: 12, verlopen: [a, b, d] });
    expect(bewaarOverzicht(db, '2026-01-01').verlopen).toEqual([a, b]);
    // A registration that never started counts from its last change.
    const nooit = nieuweKandidaat(db, { status: 'aangemeld' });
    db.run("UPDATE kandidaat SET updated_at = '2024-12-01T09:00:00.000Z' WHERE id = ?", [nooit]);
    expect(bewaarOverzicht(db, '2026-01-16').verlopen).toEqual([
      a,
      b,
      { id: nooit, code: codeVan(db, nooit), sinds: '2024-12-01', reden: 'nooit_gestart' },
      d,
    ]);
    // The database refuses a period outside 1–240 months; the setting stays.
    expect(() => zetBewaartermijn(db, 0)).toThrow();
    expect(bewaarOverzicht(db, '2026-01-16').maanden).toBe(12);
  });
});
