import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { celTekst } from '../../electron/main/excel/import-lezen';
import {
  type ExportStap,
  type KandidaatExportRij,
  type KandidatenExportGegevens,
  privacyRegel,
  schrijfKandidatenWerkboek,
} from '../../electron/main/excel/kandidaten-export';
import { schrijfStroomAtomisch } from '../../electron/main/excel/stroom-bestand';
import { NUMFMT } from '../../electron/main/excel/werkboek';
import {
  bewaarKandidatenExport,
  type KandidatenExportKeuze,
  schrijfKandidatenExport,
} from '../../electron/main/services/kandidaten-export';
import { exportStappen } from '../../electron/main/services/kandidaten-export-gegevens';
import { listStappen } from '../../electron/main/services/leerlijn';
import { saveGroep } from '../../electron/main/store/repositories/groepen';
import { savePlan } from '../../electron/main/store/repositories/plan';
import { saveMeting, saveUitstroom } from '../../electron/main/store/repositories/voortgang';
import { slaTabelOpAlsNieuweVersie } from '../../electron/main/store/repositories/waardering';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import type { Stap } from '../../shared/domain/kandidaten';
import { PRESET_UTRECHT } from '../../shared/domain/waarderingstabellen';
import { nieuweKandidaat, nieuweStap, planInvoer } from './helpers/kandidaten';
import { aanbieder } from './helpers/sroi';
import { tempDir } from './helpers/temp';
import { gemeenteId, regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

/** Invented people; the export must never show these unless names were asked for. */
const NAMEN = ['Fenna Fictief', 'F.F.', 'Bram Bedacht', 'B.B.'];
/** Free text of the persoonlijk plan and barrier notes: never in the export unless asked. */
const PLAN_TEKST = 'Droomt van een eigen moestuin';
const BELEMMERING_TEKST = 'Schuldhulp loopt via de gemeente';

const kandidaat = (code: string, over: Partial<KandidaatExportRij> = {}): KandidaatExportRij => ({
  id: `id-${code}`,
  code,
  naam: null,
  initialen: null,
  gemeente: 'Goes',
  groepId: 'g1',
  groep: 'Groep 1 – maart',
  status: 'actief',
  startdatum: '2026-03-02',
  huidigeStap: 'Werkervaringsplaats',
  huidigeStapOrganisatie: 'Zorggroep De Proef',
  tredeStart: 2,
  tredeNu: 4,
  uitstroom: null,
  uitkering: 'participatiewet_lang',
  uitstroomDatum: null,
  ...over,
});

const stap = (kandidaatId: string, volgorde: number, over: Partial<Stap> = {}): Stap => ({
  id: `${kandidaatId}-s${volgorde}`,
  kandidaatId,
  volgorde,
  optie: 'Werkervaringsplaats',
  optieCode: 'werkervaringsplaats',
  organisatie: 'Zorggroep De Proef',
  menukaartOptieId: 'm1',
  organisatieId: 'o1',
  geplandStart: '2026-03-02',
  geplandEind: '2026-06-01',
  start: '2026-03-09',
  eind: null,
  urenPerWeek: 16,
  status: 'lopend',
  vastContract: false,
  resultaat: null,
  realisatieId: null,
  waardeCent: null,
  sroiUitleg: '',
  ...over,
});

/** Rows hold names (as listKandidaten with metNamen would); metNamen decides whether they are written. */
const gegevens = (over: Partial<KandidatenExportGegevens> = {}): KandidatenExportGegevens => ({
  werkgroep: 'Werkgroep Oosterschelde',
  gemaaktOp: new Date(2026, 4, 12, 10, 0),
  kandidaten: [
    kandidaat('K-ACDE', { naam: 'Fenna Fictief', initialen: 'F.F.' }),
    kandidaat('K-FGHJ', {
      naam: 'Bram Bedacht',
      initialen: 'B.B.',
      gemeente: 'Tholen',
      groep: null,
      groepId: null,
      uitkering: 'ww',
      status: 'uitgestroomd',
      huidigeStap: null,
      huidigeStapOrganisatie: null,
      tredeStart: 3,
      tredeNu: 6,
      uitstroom: 'regulier_werk',
      uitstroomDatum: '2026-04-30',
    }),
  ],
  stappen: [
    stap('id-K-ACDE', 1, { optie: 'Intake', status: 'afgerond', geplandEind: null, urenPerWeek: null }),
    stap('id-K-ACDE', 2, { resultaat: 'Komt op tijd, werkt graag in de keuken.' }),
    stap('id-K-FGHJ', 1, {
      status: 'afgerond',
      eind: '2026-04-30',
      waardeCent: 150_000,
      realisatieId: 'r1',
      resultaat: 'Contract bij de werkgever.',
    }),
    // A step of a candidate not in the list (erased meanwhile) never shows up.
    stap('id-weg', 1, { waardeCent: 99_900 }),
  ],
  belemmeringen: null,
  metNamen: false,
  ...over,
});

/** Every text in the workbook: all cells of all sheets, and the print headers and footers. */
function alleTekst(wb: ExcelJS.Workbook): string[] {
  const teksten: string[] = [];
  for (const blad of wb.worksheets) {
    teksten.push(blad.name, blad.headerFooter.oddHeader ?? '', blad.headerFooter.oddFooter ?? '');
    blad.eachRow({ includeEmpty: false }, (rij) => {
      rij.eachCell({ includeEmpty: false }, (cel) => {
        teksten.push(celTekst(cel.value));
      });
    });
  }
  return teksten;
}

type Schrijver = (uit: Writable) => Promise<void>;
const vanGegevens =
  (g: KandidatenExportGegevens): Schrijver =>
  (uit) =>
    schrijfKandidatenWerkboek(g, uit);
const uitDb =
  (db: Parameters<typeof schrijfKandidatenExport>[0], keuze: KandidatenExportKeuze): Schrijver =>
  (uit) =>
    schrijfKandidatenExport(db, keuze, uit);

/** Streamed to a file the way the app saves it, then read back by exceljs from disk. */
const leesTerug = async (schrijf: Schrijver) => {
  const pad = join(await tempDir(), 'kandidaten.xlsx');
  await schrijfStroomAtomisch(pad, schrijf);
  const terug = new ExcelJS.Workbook();
  await terug.xlsx.readFile(pad);
  return terug;
};
const waarden = (blad: ExcelJS.Worksheet, r: number) => (blad.getRow(r).values as unknown[]).slice(1);
const blad = (wb: ExcelJS.Workbook, naam: string) => {
  const b = wb.getWorksheet(naam);
  if (!b) throw new Error(`Blad ${naam} ontbreekt.`);
  return b;
};
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('schrijfKandidatenWerkboek', () => {
  it('pseudonymised by default: two sheets, no name or initials in any cell, a note saying so', async () => {
    const wb = await leesTerug(vanGegevens(gegevens()));
    expect(wb.worksheets.map((b) => b.name)).toEqual(['Kandidaten', 'Stappen']);
    const tekst = alleTekst(wb).join('\n');
    for (const naam of NAMEN) expect(tekst).not.toContain(naam);

    const k = blad(wb, 'Kandidaten');
    expect(k.getCell('A1').value).toBe('Kandidaten en trajecten');
    expect(k.getCell('A2').value).toBe('Werkgroep Oosterschelde · gemaakt op 12-05-2026');
    expect(k.getCell('A3').value).toBe(privacyRegel(false, false));
    expect(k.getCell('A3').value).toMatch(/^Gepseudonimiseerd: .*alleen met hun code/);
    expect(k.headerFooter.oddHeader).toBe(
      '&L&BKandidaten en trajecten&B\nWerkgroep Oosterschelde&RGepseudonimiseerd',
    );
    expect(waarden(k, 4)).toEqual([
      'Code',
      'Gemeente',
      'Groep',
      'Uitkering',
      'Status',
      'Startdatum',
      'Huidige stap',
      'Bij organisatie',
      'Trede bij start',
      'Trede nu',
      'Uitstroom',
      'Uitstroom-datum',
    ]);
    expect(waarden(k, 5)).toEqual([
      'K-ACDE',
      'Goes',
      'Groep 1 – maart',
      'Participatiewet, 2 jaar of langer',
      'In traject',
      utc('2026-03-02'),
      'Werkervaringsplaats',
      'Zorggroep De Proef',
      2,
      4,
    ]);
    expect(waarden(k, 6)).toEqual([
      'K-FGHJ',
      'Tholen',
      undefined,
      'WW',
      'Uitgestroomd',
      utc('2026-03-02'),
      undefined,
      undefined,
      3,
      6,
      'Regulier werk',
      utc('2026-04-30'),
    ]);
    expect(k.getCell('F5').numFmt).toBe(NUMFMT.datum);
    expect(k.getCell('L6').numFmt).toBe(NUMFMT.datum);
  });

  it('Stappen: every step of the listed candidates, € with a total formula, dates; the result note only with the barriers', async () => {
    const wb = await leesTerug(vanGegevens(gegevens()));
    const s = blad(wb, 'Stappen');
    expect(waarden(s, 4)).toEqual([
      'Code',
      'Volg-orde',
      'Soort stap',
      'Organisatie',
      'Gepland van',
      'Gepland tot',
      'Werkelijk van',
      'Werkelijk tot',
      'Uren per week',
      'Status',
      'SROI-waarde',
    ]);
    expect(s.getCell('A5').value).toBe('K-ACDE');
    expect(waarden(s, 6)).toEqual([
      'K-ACDE',
      2,
      'Werkervaringsplaats',
      'Zorggroep De Proef',
      utc('2026-03-02'),
      utc('2026-06-01'),
      utc('2026-03-09'),
      undefined,
      16,
      'Loopt',
    ]);
    const metNotities = blad(await leesTerug(vanGegevens(gegevens({ belemmeringen: [] }))), 'Stappen');
    expect(metNotities.getCell('L4').value).toBe('Resultaat');
    expect(metNotities.getCell('L6').value).toBe('Komt op tijd, werkt graag in de keuken.');
    expect(waarden(s, 7).slice(0, 2)).toEqual(['K-FGHJ', 1]);
    expect(s.getCell('H7').value).toEqual(utc('2026-04-30'));
    expect(s.getCell('J7').value).toBe('Afgerond');
    expect(s.getCell('K7').value).toBe(1500);
    expect(s.getCell('K7').numFmt).toBe(NUMFMT.bedrag);
    expect(s.getCell('E6').numFmt).toBe(NUMFMT.datum);
    // Three steps (the erased candidate's step is left out), then the total.
    expect(s.getCell('A8').value).toBe('Totaal');
    expect(s.getCell('K8').value).toEqual({ formula: 'SUM(K5:K7)', result: 1500 });
    expect(s.getCell('A3').value).toBe(privacyRegel(false, false));
  });

  it('house style on every sheet: frozen header, autofilter, A4 landscape fitted to the width', async () => {
    const wb = await leesTerug(
      vanGegevens(
        gegevens({ belemmeringen: [{ code: 'K-ACDE', soort: 'taal', status: 'open', toelichting: null }] }),
      ),
    );
    for (const b of wb.worksheets) {
      expect(b.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
      expect(b.autoFilter).toBeTruthy();
      expect(b.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
      });
      expect(b.headerFooter.oddFooter).toBe('&LGemaakt op 12-05-2026&RPagina &P van &N');
      expect(b.getCell(4, 1).font?.bold).toBe(true);
    }
    expect(blad(wb, 'Kandidaten').autoFilter).toBe('A4:L6');
  });

  it('with names: name and initials columns, a warning note and a confidential page header', async () => {
    const wb = await leesTerug(vanGegevens(gegevens({ metNamen: true })));
    const k = blad(wb, 'Kandidaten');
    expect(waarden(k, 4).slice(0, 4)).toEqual(['Code', 'Naam', 'Initialen', 'Gemeente']);
    expect(waarden(k, 5).slice(0, 4)).toEqual(['K-ACDE', 'Fenna Fictief', 'F.F.', 'Goes']);
    expect(k.getCell('A3').value).toMatch(/^Let op: dit bestand bevat namen en initialen/);
    expect(k.getCell('A3').font?.bold).toBe(true);
    expect(k.headerFooter.oddHeader).toMatch(/&RVertrouwelijk: persoonsgegevens$/);
    // Still no Belemmeringen sheet: that is a separate choice.
    expect(wb.worksheets.map((b) => b.name)).toEqual(['Kandidaten', 'Stappen']);
    // Steps are listed by code only, also with names.
    expect(waarden(blad(wb, 'Stappen'), 5)[0]).toBe('K-ACDE');
  });

  it('Belemmeringen only on request, without names unless also asked', async () => {
    const wb = await leesTerug(
      vanGegevens(
        gegevens({
          belemmeringen: [
            { code: 'K-ACDE', soort: 'schulden', status: 'mee_bezig', toelichting: BELEMMERING_TEKST },
            { code: 'K-FGHJ', soort: 'vervoer', status: 'opgelost', toelichting: null },
            {
              code: 'K-WEG1',
              soort: 'medisch',
              status: 'open',
              toelichting: 'van iemand die er niet meer is',
            },
          ],
        }),
      ),
    );
    expect(wb.worksheets.map((b) => b.name)).toEqual(['Kandidaten', 'Stappen', 'Belemmeringen']);
    const b = blad(wb, 'Belemmeringen');
    expect(waarden(b, 4)).toEqual(['Code', 'Belemmering', 'Stand', 'Toelichting']);
    expect(waarden(b, 5)).toEqual(['K-ACDE', 'Schulden', 'Wordt aan gewerkt', BELEMMERING_TEKST]);
    expect(waarden(b, 6)).toEqual(['K-FGHJ', 'Vervoer', 'Opgelost']);
    expect(b.getCell('A7').value).toBeNull();
    expect(b.getCell('A3').value).toMatch(/gezondheid en schulden/);
    const tekst = alleTekst(wb).join('\n');
    for (const naam of NAMEN) expect(tekst).not.toContain(naam);
  });

  it('an empty werkgroep gives a readable sheet instead of an empty table', async () => {
    const wb = await leesTerug(vanGegevens(gegevens({ kandidaten: [], stappen: [] })));
    expect(blad(wb, 'Kandidaten').getCell('A5').value).toBe('Er zijn nog geen kandidaten.');
    expect(blad(wb, 'Stappen').getCell('A5').value).toBe('Er zijn nog geen stappen.');
  });
});

describe('schrijfKandidatenExport on a real werkgroep', () => {
  function werkgroep() {
    const db = regioDb(SQL);
    const zorg = aanbieder(db, 'Zorggroep De Proef');
    // € 12.000 a year for a full-time werkervaringsplaats (36 h), as in the leerlijn tests.
    slaTabelOpAlsNieuweVersie(db, {
      ...PRESET_UTRECHT,
      naam: 'Proeftabel',
      jaarbedragCent: { ...PRESET_UTRECHT.jaarbedragCent, werkervaringsplaats: 1_200_000 },
    });
    const groep = saveGroep(db, {
      naam: 'Groep 1 – maart',
      startdatum: '2026-03-02',
      terugkoppeldatum: null,
      organisatieIds: [zorg],
    });
    const fenna = nieuweKandidaat(db, {
      naam: 'Fenna Fictief',
      initialen: 'F.F.',
      gemeenteId: gemeenteId(db, 'Goes'),
      groepId: groep,
      uitkering: 'participatiewet_lang',
      startdatum: '2026-03-02',
      klantmanager: 'Klantmanager Karel Verzonnen',
    });
    const bram = nieuweKandidaat(db, {
      naam: 'Bram Bedacht',
      initialen: 'B.B.',
      gemeenteId: gemeenteId(db, 'Tholen'),
      uitkering: 'ww',
    });
    nieuweStap(db, fenna, 'intake', { organisatieId: zorg, status: 'afgerond', start: '2026-03-02' });
    nieuweStap(db, fenna, 'werkervaringsplaats', {
      organisatieId: zorg,
      geplandStart: '2026-03-09',
      start: '2026-03-09',
      eind: '2026-06-08',
      urenPerWeek: 24,
      status: 'afgerond',
      resultaat: 'Werkt zelfstandig in de keuken.',
    });
    savePlan(
      db,
      planInvoer(fenna, {
        wensen: PLAN_TEKST,
        belemmeringen: [{ soort: 'schulden', status: 'mee_bezig', toelichting: BELEMMERING_TEKST }],
      }),
    );
    saveMeting(db, { kandidaatId: fenna, datum: '2026-03-02', trede: 2, toelichting: null });
    saveMeting(db, { kandidaatId: fenna, datum: '2026-06-08', trede: 4, toelichting: null });
    saveMeting(db, { kandidaatId: bram, datum: '2026-01-10', trede: 3, toelichting: null });
    saveUitstroom(db, {
      kandidaatId: bram,
      soort: 'loonkostensubsidie',
      datum: '2026-05-01',
      toelichting: null,
      na6Maanden: null,
      na12Maanden: null,
    });
    return { db, fenna, bram };
  }

  it('fills every column from the repositories and leaves names, plan and barriers out', async () => {
    const { db, fenna } = werkgroep();
    const wb = await leesTerug(uitDb(db, { metNamen: false, metBelemmeringen: false }));
    const tekst = alleTekst(wb).join('\n');
    for (const verboden of [...NAMEN, PLAN_TEKST, BELEMMERING_TEKST, 'Karel Verzonnen'])
      expect(tekst).not.toContain(verboden);
    expect(wb.worksheets.map((b) => b.name)).toEqual(['Kandidaten', 'Stappen']);

    const k = blad(wb, 'Kandidaten');
    const rijen = [5, 6].map((r) => waarden(k, r));
    const rijVan = (gemeente: string) => rijen.find((r) => r[1] === gemeente) ?? [];
    expect(rijVan('Goes')).toEqual([
      expect.stringMatching(/^K-/),
      'Goes',
      'Groep 1 – maart',
      'Participatiewet, 2 jaar of langer',
      'In traject',
      utc('2026-03-02'),
      'Werkervaringsplaats',
      'Zorggroep De Proef',
      2,
      4,
    ]);
    expect(rijVan('Tholen')).toMatchObject({
      3: 'WW',
      8: 3,
      9: 3,
      10: 'Werk met loonkostensubsidie',
      11: utc('2026-05-01'),
    });

    const s = blad(wb, 'Stappen');
    const stappen = listStappen(db, fenna);
    const wep = stappen.find((x) => x.optieCode === 'werkervaringsplaats');
    // € 12.000 × 24/36 h × 3 months/12 = € 2.000.
    expect(wep?.waardeCent).toBe(200_000);
    const wepRij = [5, 6].map((r) => waarden(s, r)).find((r) => r[2] === 'Werkervaringsplaats') ?? [];
    expect(wepRij[10]).toBe(2000);
    // The free-text note stays out of a file without the sensitive details.
    expect(wepRij).not.toContain('Werkt zelfstandig in de keuken.');
    expect(wepRij[8]).toBe(24);
  });

  it('the export reads the same steps, in the same order, as listStappen', async () => {
    const { db } = werkgroep();
    const velden = (s: ExportStap) => ({
      kandidaatId: s.kandidaatId,
      volgorde: s.volgorde,
      optie: s.optie,
      organisatie: s.organisatie,
      geplandStart: s.geplandStart,
      geplandEind: s.geplandEind,
      start: s.start,
      eind: s.eind,
      urenPerWeek: s.urenPerWeek,
      status: s.status,
      waardeCent: s.waardeCent,
    });
    const alle = listStappen(db);
    expect(alle.length).toBeGreaterThan(1);
    expect(exportStappen(db, false)).toEqual(alle.map(velden));
    expect(exportStappen(db, true)).toEqual(alle.map((s) => ({ ...velden(s), resultaat: s.resultaat })));
  });

  it('bewaarKandidatenExport writes the file in place, owner-only, without temp files', async () => {
    const { db } = werkgroep();
    const dir = await tempDir();
    const pad = join(dir, 'export.xlsx');
    await bewaarKandidatenExport(db, { metNamen: false, metBelemmeringen: false }, pad);
    expect(await fs.readdir(dir)).toEqual(['export.xlsx']);
    if (process.platform !== 'win32') expect((await fs.stat(pad)).mode & 0o777).toBe(0o600);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    expect(wb.worksheets.map((b) => b.name)).toEqual(['Kandidaten', 'Stappen']);
  });

  it('with both choices: names in the list and the barriers sheet, the plan text still left out', async () => {
    const { db } = werkgroep();
    const wb = await leesTerug(uitDb(db, { metNamen: true, metBelemmeringen: true }));
    expect(wb.worksheets.map((b) => b.name)).toEqual(['Kandidaten', 'Stappen', 'Belemmeringen']);
    const tekst = alleTekst(wb).join('\n');
    expect(tekst).toContain('Fenna Fictief');
    expect(tekst).toContain(BELEMMERING_TEKST);
    expect(tekst).not.toContain(PLAN_TEKST);
    expect(tekst).not.toContain('Karel Verzonnen');
  });
});

describe('streamed: large exports in bounded memory, files replaced only when complete', () => {
  const veel = (kandidaten: number, perKandidaat: number) => {
    const rijen = Array.from({ length: kandidaten }, (_, i) =>
      kandidaat(`K-${String(i).padStart(4, '0')}`, { id: `id-${i}` }),
    );
    function* stappen() {
      for (let i = 0; i < kandidaten; i++)
        for (let v = 1; v <= perKandidaat; v++) yield stap(`id-${i}`, v, { waardeCent: 100 * v });
    }
    return { rijen, stappen };
  };

  it('5,000 steps read back whole: every row, the total over all of them, the house style', async () => {
    const { rijen, stappen } = veel(500, 10);
    const wb = await leesTerug(vanGegevens(gegevens({ kandidaten: rijen, stappen: stappen() })));
    const s = blad(wb, 'Stappen');
    expect(s.rowCount).toBe(4 + 5000 + 1);
    expect(waarden(s, 5).slice(0, 3)).toEqual(['K-0000', 1, 'Werkervaringsplaats']);
    expect(waarden(s, 5004).slice(0, 2)).toEqual(['K-0499', 10]);
    expect(s.getCell('K5004').value).toBe(10);
    expect(s.getCell('K5004').numFmt).toBe(NUMFMT.bedrag);
    // 500 × (1 + … + 10) euro.
    expect(s.getCell('K5005').value).toEqual({ formula: 'SUM(K5:K5004)', result: 27_500 });
    expect(s.autoFilter).toBe('A4:K5004');
    expect(s.getCell('B5004').alignment).toMatchObject({ horizontal: 'center' });
    expect(blad(wb, 'Kandidaten').rowCount).toBe(4 + 500);
  });

  it('a failure half-way leaves the previous file untouched and no temp file behind', async () => {
    const dir = await tempDir();
    const pad = join(dir, 'kandidaten.xlsx');
    await fs.writeFile(pad, 'vorige export');
    const { rijen, stappen } = veel(300, 10);
    function* breekt() {
      let n = 0;
      for (const s of stappen()) {
        if (++n === 2000) throw new Error('database weg');
        yield s;
      }
    }
    await expect(
      schrijfStroomAtomisch(pad, vanGegevens(gegevens({ kandidaten: rijen, stappen: breekt() }))),
    ).rejects.toThrow('database weg');
    expect(await fs.readFile(pad, 'utf8')).toBe('vorige export');
    expect(await fs.readdir(dir)).toEqual(['kandidaten.xlsx']);
  });
});
