import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { kandidatenSjabloon, leesKandidatenLijst } from '../../electron/main/excel/kandidaten-import';
import { schrijfWerkboek } from '../../electron/main/excel/werkboek';
import {
  bekijkKandidatenImport,
  voerKandidatenImportUit,
} from '../../electron/main/services/kandidaten-import';
import { Session } from '../../electron/main/services/session';
import { getKandidaat } from '../../electron/main/store/repositories/kandidaten';
import { listKandidaten } from '../../electron/main/store/repositories/kandidaten-lijst';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import type { Result } from '../../shared/api/result';
import type { ImportVoorbeeld, KandidaatImportRij } from '../../shared/domain/import';
import { dialogen } from './helpers/dialogs';
import { nieuweKandidaat, telRijen } from './helpers/kandidaten';
import { invoker } from './helpers/sroi';
import { tempDir, thrown } from './helpers/temp';
import { gemeenteId, regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const gemeenten = [
  { id: 'g-goes', naam: 'Gemeente Goes' },
  { id: 'g-tholen', naam: 'Gemeente Tholen' },
  { id: 'g-noord', naam: 'Gemeente Noord-Beveland' },
];
const context = { bestand: 'aanmelding.xlsx', bestaandeCodes: ['GOES-0001'], gemeenten };

type Cel = ExcelJS.CellValue;
const KOPPEN = ['Code', 'Initialen', 'Gemeente', 'Uitkering', 'Klantmanager', 'Startdatum'];
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A workbook with the given rows from row 1 (first row is usually the header), as bytes. */
async function xlsx(rijen: Cel[][], voorRijen: Cel[][] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const blad = wb.addWorksheet('Aanmelding');
  for (const [i, rij] of [...voorRijen, ...rijen].entries()) blad.getRow(i + 1).values = rij;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function opSchijf(rijen: Cel[][], naam = 'aanmelding.xlsx'): Promise<string> {
  const pad = join(await tempDir(), naam);
  await fs.writeFile(pad, await xlsx(rijen));
  return pad;
}

describe('leesKandidatenLijst', () => {
  it('reads good rows: tolerant gemeente, benefit by label, key or common word, dates in several forms', async () => {
    const v = await leesKandidatenLijst(
      await xlsx([
        KOPPEN,
        [
          'goes-0107',
          'A.B.',
          'Goes',
          'Participatiewet, 2 jaar of langer',
          'Klantmanager Proef',
          d('2026-03-02'),
        ],
        [null, 'C.D.', 'gemeente THOLEN', 'ww', null, '3-2-2026'],
        ['THO-12', null, ' Noord Beveland ', 'bijstand', null, 46082],
        ['NB-1', '', 'Gemeente Noord-Beveland', 'Zonder uitkering', '', '2026-04-01'],
        ['NB-2', 'E.', 'Goes', 'WIA', null, null],
      ]),
      context,
    );
    expect(v).toMatchObject({
      bestand: 'aanmelding.xlsx',
      nieuw: 5,
      bestaatAl: 0,
      fouten: 0,
      algemeneFouten: [],
    });
    expect(v.rijen[0]).toEqual({
      rij: 2,
      code: 'GOES-0107',
      initialen: 'A.B.',
      gemeenteId: 'g-goes',
      gemeente: 'Goes',
      uitkering: 'participatiewet_lang',
      klantmanager: 'Klantmanager Proef',
      startdatum: '2026-03-02',
      status: 'nieuw',
      fouten: [],
    });
    expect(v.rijen[1]).toMatchObject({
      code: null,
      gemeenteId: 'g-tholen',
      uitkering: 'ww',
      startdatum: '2026-02-03',
    });
    // 46082 is an Excel date serial in a cell formatted as General: 1 March 2026.
    expect(v.rijen[2]).toMatchObject({
      code: 'THO-12',
      initialen: null,
      gemeente: 'Noord-Beveland',
      uitkering: 'participatiewet_kort',
      startdatum: '2026-03-01',
    });
    expect(v.rijen[3]).toMatchObject({
      uitkering: 'geen_uitkering',
      klantmanager: null,
      startdatum: '2026-04-01',
    });
    expect(v.rijen[4]).toMatchObject({ uitkering: 'wia_wao', startdatum: null });
  });

  it('gives a Dutch message per kind of bad row, each starting with the row number', async () => {
    const v = await leesKandidatenLijst(
      await xlsx([
        KOPPEN,
        ['K 12!', 'A.', 'Goes'],
        [null, null, 'Goes', 'WW'],
        ['K-1', 'A.', null],
        ['K-2', 'A.', 'Atlantis'],
        ['K-3', 'A.', 'Goes', 'Toeslag'],
        ['K-4', 'A.', 'Goes', null, null, '31-02-2026'],
        ['K-5', 'Anna Maria Geertruida V.', 'Goes'],
        ['K-6', 'A.', 'Goes', null, 'k'.repeat(121)],
        ['X'.repeat(21), null, 'Goes'],
      ]),
      context,
    );
    expect(v.fouten).toBe(9);
    expect(v.rijen.every((r) => r.status === 'fout')).toBe(true);
    expect(v.rijen.map((r) => r.fouten)).toEqual([
      ['Rij 2: de code is geen pseudoniem (alleen letters, cijfers en -, hoogstens 20 tekens).'],
      ['Rij 3: vul een code of initialen in.'],
      ['Rij 4: gemeente ontbreekt.'],
      ['Rij 5: gemeente "Atlantis" is onbekend in deze werkgroep.'],
      [
        'Rij 6: uitkering "Toeslag" is onbekend; kies uit Participatiewet, korter dan 2 jaar, ' +
          'Participatiewet, 2 jaar of langer, WW, WIA / WAO, Wajong, Doelgroepregister / banenafspraak, Zonder uitkering.',
      ],
      ['Rij 7: startdatum "31-02-2026" is geen datum; schrijf dd-mm-jjjj.'],
      ['Rij 8: initialen zijn te lang (hoogstens 20 tekens); zet hier geen volledige naam.'],
      ['Rij 9: klantmanager is te lang (hoogstens 120 tekens).'],
      [`Rij 10: de code is geen pseudoniem (alleen letters, cijfers en -, hoogstens 20 tekens).`],
    ]);
  });

  it('a code of digits only (a BSN or client number?) is refused, and a bad cell is never echoed', async () => {
    const v = await leesKandidatenLijst(
      await xlsx([KOPPEN, ['123456782', 'A.', 'Goes'], ['Jan Jansen!', null, 'Goes']]),
      context,
    );
    expect(v.rijen.map((r) => r.fouten)).toEqual([
      [
        'Rij 2: een code van alleen cijfers kan een BSN of klantnummer zijn; laat de code leeg, dan maakt Tafelwerk er een.',
      ],
      ['Rij 3: de code is geen pseudoniem (alleen letters, cijfers en -, hoogstens 20 tekens).'],
    ]);
    expect(JSON.stringify(v)).not.toMatch(/Jansen|123456782/);
  });

  it('an existing code is bestaat_al (any case), a repeat within the file an error on the second row', async () => {
    const v = await leesKandidatenLijst(
      await xlsx([KOPPEN, ['goes-0001', 'A.', 'Goes'], ['THO-7', 'B.', 'Tholen'], ['tho-7', 'C.', 'Tholen']]),
      context,
    );
    expect(v.rijen.map((r) => r.status)).toEqual(['bestaat_al', 'nieuw', 'fout']);
    expect(v.rijen[0]?.fouten).toEqual([]);
    expect(v.rijen[2]?.fouten).toEqual(['Rij 4: code THO-7 staat al op rij 3 van dit bestand.']);
    expect(v).toMatchObject({ nieuw: 1, bestaatAl: 1, fouten: 1 });
  });

  it('finds the header lower down with other spellings; skips empty rows and the example row', async () => {
    const v = await leesKandidatenLijst(
      await xlsx(
        [
          ['Kenmerk', 'Voorletters', 'Woonplaats', 'Doelgroep', 'Consulent', 'Aanmelddatum'],
          ['VOORBEELD-1', 'X.Y.Z.', 'Goes', 'WW', 'Klantmanager Voorbeeld', d('2026-01-05')],
          [],
          ['G-9', 'Q.', 'Goes', 'Wajong', 'R. Consulent', '05-01-2026'],
        ],
        [['Aanmelding werkgroep, maart 2026'], []],
      ),
      context,
    );
    expect(v.algemeneFouten).toEqual([]);
    expect(v.rijen).toHaveLength(1);
    expect(v.rijen[0]).toMatchObject({
      rij: 6,
      code: 'G-9',
      uitkering: 'wajong',
      klantmanager: 'R. Consulent',
      startdatum: '2026-01-05',
    });
  });

  it('reports a missing Gemeente column, a file that is not xlsx, a list without rows and too many rows', async () => {
    const zonder = await leesKandidatenLijst(
      await xlsx([
        ['Code', 'Initialen'],
        ['K-1', 'A.'],
      ]),
      context,
    );
    expect(zonder.rijen).toEqual([]);
    expect(zonder.algemeneFouten[0]).toMatch(/^Geen kolom "Gemeente" gevonden in de eerste 10 rijen/);

    const geenExcel = await leesKandidatenLijst(
      new TextEncoder().encode('Code;Gemeente\nK-1;Goes\n'),
      context,
    );
    expect(geenExcel.algemeneFouten).toEqual(['Dit bestand is geen leesbaar Excel-bestand (.xlsx).']);

    const leeg = await leesKandidatenLijst(await xlsx([KOPPEN]), context);
    expect(leeg.algemeneFouten).toEqual(['Er staan geen kandidaten onder de kolomkoppen.']);

    const veel = Array.from({ length: 2001 }, (_, i) => [`K-${i + 1}`, null, 'Goes']);
    const teVeel = await leesKandidatenLijst(await xlsx([KOPPEN, ...veel]), context);
    expect(teVeel.rijen).toEqual([]);
    expect(teVeel.algemeneFouten).toEqual([
      'Het bestand heeft meer dan 2000 kandidaten. Verdeel de lijst over meerdere bestanden.',
    ]);
  });
});

describe('kandidatenSjabloon', () => {
  it('has the headers, an obviously invented example row, dropdowns and an explanation sheet', async () => {
    const pad = join(await tempDir(), 'sjabloon.xlsx');
    await schrijfWerkboek(kandidatenSjabloon(['Goes', 'Tholen']), pad);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    expect(wb.worksheets.map((b) => b.name)).toEqual(['Kandidaten', 'Toelichting']);
    const blad = wb.worksheets[0] as ExcelJS.Worksheet;
    expect((blad.getRow(1).values as unknown[]).slice(1)).toEqual(KOPPEN);
    expect((blad.getRow(2).values as unknown[]).slice(1)).toEqual([
      'VOORBEELD-1',
      'X.Y.Z.',
      'Goes',
      'WW',
      'Klantmanager Voorbeeld',
      d('2026-01-05'),
    ]);
    expect(blad.getCell('F2').numFmt).toBe('dd-mm-yyyy');
    expect(blad.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(blad.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    const regels = (blad as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    expect(regels.C2).toMatchObject({ type: 'list', formulae: ['"Goes,Tholen"'] });
    expect(regels.D2001).toMatchObject({
      type: 'list',
      formulae: [
        '"Participatiewet korter dan 2 jaar,Participatiewet 2 jaar of langer,WW,WIA / WAO,Wajong,' +
          'Doelgroepregister / banenafspraak,Zonder uitkering"',
      ],
    });
    const uitleg = wb.getWorksheet('Toelichting') as ExcelJS.Worksheet;
    expect(uitleg.getCell('A1').value).toBe('Kandidaten aanmelden voor Tafelwerk');
    expect((uitleg.getColumn(1).values as unknown[]).join('\n')).toContain('Zet geen volledige namen');
  });

  it('is read back: the example row is skipped, dropdown values are understood', async () => {
    const wb = kandidatenSjabloon(['Goes', 'Tholen']);
    const blad = wb.worksheets[0] as ExcelJS.Worksheet;
    blad.getRow(3).values = [
      'T-1',
      'J.',
      'Tholen',
      'Participatiewet korter dan 2 jaar',
      null,
      d('2026-02-02'),
    ];
    const v = await leesKandidatenLijst(new Uint8Array(await wb.xlsx.writeBuffer()), context);
    expect(v.algemeneFouten).toEqual([]);
    expect(v.rijen.map((r) => [r.rij, r.code, r.uitkering, r.startdatum])).toEqual([
      [3, 'T-1', 'participatiewet_kort', '2026-02-02'],
    ]);
  });
});

describe('kandidaten import into a real werkgroep', () => {
  it('stores exactly the previewed new rows with status aangemeld; known codes are left alone', async () => {
    const db = regioDb(SQL);
    const bestaand = nieuweKandidaat(db, { naam: 'Wim Verzonnen', status: 'actief' }, 'GOES-0001');
    const pad = await opSchijf([
      KOPPEN,
      ['GOES-0002', 'A.B.', 'Goes', 'WW', 'Klantmanager Proef', '02-03-2026'],
      [null, 'C.D.', 'Gemeente Tholen', 'Wajong', null, null],
      ['goes-0001', 'Z.', 'Goes', 'WIA', null, null],
    ]);
    const v = await bekijkKandidatenImport(db, pad);
    expect(v).toMatchObject({ nieuw: 2, bestaatAl: 1, fouten: 0 });
    // Reading writes nothing.
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM kandidaat')).toBe(1);

    db.transaction(() => {
      expect(voerKandidatenImportUit(db, v, 'Tester')).toBe(2);
    });
    const lijst = listKandidaten(db, { metNamen: true });
    expect(lijst).toHaveLength(3);
    const nieuw = getKandidaat(db, lijst.find((k) => k.code === 'GOES-0002')?.id as string);
    expect(nieuw).toMatchObject({
      naam: null,
      initialen: 'A.B.',
      gemeenteId: gemeenteId(db, 'Goes'),
      uitkering: 'ww',
      klantmanager: 'Klantmanager Proef',
      startdatum: '2026-03-02',
      status: 'aangemeld',
      groepId: null,
    });
    const zonderCode = lijst.find((k) => k.initialen === 'C.D.');
    expect(zonderCode).toMatchObject({
      code: expect.stringMatching(/^K-[A-Z0-9]{4}$/),
      status: 'aangemeld',
      gemeente: 'Tholen',
    });
    // The existing candidate is untouched.
    expect(getKandidaat(db, bestaand)).toMatchObject({ initialen: null, status: 'actief', uitkering: null });
    // The audit trail counts; it names no person and no file.
    const w = db.all<{ auteur: string; soort: string; omschrijving: string }>(
      "SELECT auteur, soort, omschrijving FROM wijziging WHERE soort = 'kandidaat'",
    );
    expect(w).toEqual([
      {
        auteur: 'Tester',
        soort: 'kandidaat',
        omschrijving: '2 kandidaten ingelezen uit een kandidatenlijst (Excel)',
      },
    ]);
  });

  it('refuses a list with any error as a whole, and a code taken since the preview', async () => {
    const db = regioDb(SQL);
    const fout = await bekijkKandidatenImport(
      db,
      await opSchijf([KOPPEN, ['K-OK-1', 'A.', 'Goes'], ['K-OK-2', 'B.', 'Atlantis']]),
    );
    expect(thrown(() => db.transaction(() => voerKandidatenImportUit(db, fout, 'Tester')))).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: expect.stringMatching(/^Deze lijst bevat fouten; er is niets ingelezen\./),
    });
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM kandidaat')).toBe(0);

    const goed = await bekijkKandidatenImport(
      db,
      await opSchijf([KOPPEN, ['K-A', 'A.', 'Goes'], ['K-B', 'B.', 'Goes']]),
    );
    nieuweKandidaat(db, {}, 'K-B');
    expect(thrown(() => db.transaction(() => voerKandidatenImportUit(db, goed, 'Tester')))).toMatchObject({
      message: 'Rij 3: code K-B is intussen al in gebruik; er is niets ingelezen. Lees de lijst opnieuw in.',
    });
    // All or nothing: K-A was rolled back with the rest.
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM kandidaat')).toBe(1);
  });

  it('refuses a missing file and a file over 20 MB before reading it', async () => {
    const db = regioDb(SQL);
    const dir = await tempDir();
    await expect(bekijkKandidatenImport(db, join(dir, 'weg.xlsx'))).rejects.toMatchObject({
      code: 'BESTAND_NIET_GEVONDEN',
    });
    const groot = join(dir, 'groot.xlsx');
    await fs.writeFile(groot, '');
    await fs.truncate(groot, 20 * 1024 * 1024 + 1);
    await expect(bekijkKandidatenImport(db, groot)).rejects.toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'Dit bestand is te groot voor een kandidatenlijst (meer dan 20 MB).',
    });
  });
});

describe('kandidaten Excel over IPC', () => {
  async function sessie() {
    const root = await tempDir();
    const keuze = { open: null as string | null, opslaan: [] as string[] };
    const session = await Session.create({
      userData: join(root, 'userData'),
      dialogs: dialogen({
        chooseSpreadsheetToOpen: async () => keuze.open,
        chooseSpreadsheetSaveLocation: async (naam) => {
          keuze.opslaan.push(naam);
          return join(root, naam);
        },
      }),
    });
    await session.nieuw({ naam: 'Werkgroep Proef', regio: 'Oosterschelderegio' });
    const invoke = invoker(session);
    const call = async <T>(channel: string, input: unknown): Promise<Result<T>> =>
      (await invoke(channel, input)) as Result<T>;
    return { root, keuze, session, call };
  }
  type Voorbeeld = ImportVoorbeeld<KandidaatImportRij> & { token: string };

  it('reads into a preview held in main, and confirming by token stores exactly those rows', async () => {
    const { keuze, session, call } = await sessie();
    keuze.open = await opSchijf([KOPPEN, ['T-1', 'A.', 'Goes', 'WW'], ['T-2', 'B.', 'Tholen']]);
    const lezen = await call<Voorbeeld>('kandidaten.inlezen', {});
    if (!lezen.ok) throw new Error(lezen.error.message);
    expect(lezen.data).toMatchObject({ nieuw: 2, fouten: 0, token: expect.stringMatching(/^[0-9a-f]{32}$/) });
    // Changing the file on disk after the preview changes nothing: main stores what it showed.
    await fs.writeFile(keuze.open, await xlsx([KOPPEN, ['ANDERS-1', 'X.', 'Goes']]));

    expect(await call('kandidaten.inlezenBevestigen', { token: 'f'.repeat(32) })).toMatchObject({
      ok: false,
      error: { code: 'ONGELDIGE_INVOER', message: 'Deze import is verlopen; lees het bestand opnieuw in.' },
    });
    expect(await call('kandidaten.inlezenBevestigen', { token: lezen.data.token })).toEqual({
      ok: true,
      data: { toegevoegd: 2 },
    });
    const codes = listKandidaten(session.requireFile().db, { metNamen: false }).map((k) => [
      k.code,
      k.status,
    ]);
    expect(codes).toEqual([
      ['T-1', 'aangemeld'],
      ['T-2', 'aangemeld'],
    ]);
    // A token is used once.
    expect(await call('kandidaten.inlezenBevestigen', { token: lezen.data.token })).toMatchObject({
      ok: false,
    });
  });

  it('cancelling forgets the preview in main: its token no longer stores anything', async () => {
    const { keuze, session, call } = await sessie();
    keuze.open = await opSchijf([KOPPEN, ['T-1', 'A.', 'Goes']]);
    const lezen = await call<Voorbeeld>('kandidaten.inlezen', {});
    if (!lezen.ok) throw new Error(lezen.error.message);
    expect(await call('import.annuleren', { token: lezen.data.token })).toEqual({ ok: true, data: null });
    expect(await call('kandidaten.inlezenBevestigen', { token: lezen.data.token })).toMatchObject({
      ok: false,
      error: { message: 'Deze import is verlopen; lees het bestand opnieuw in.' },
    });
    expect(listKandidaten(session.requireFile().db, { metNamen: false })).toEqual([]);
  });

  it('a preview with errors can be shown but not confirmed; nothing is written', async () => {
    const { keuze, session, call } = await sessie();
    keuze.open = await opSchijf([KOPPEN, ['T-1', 'A.', 'Goes'], ['T-2', 'B.', 'Atlantis']]);
    const lezen = await call<Voorbeeld>('kandidaten.inlezen', {});
    if (!lezen.ok) throw new Error(lezen.error.message);
    expect(lezen.data.rijen[1]?.fouten).toEqual([
      'Rij 3: gemeente "Atlantis" is onbekend in deze werkgroep.',
    ]);
    expect(await call('kandidaten.inlezenBevestigen', { token: lezen.data.token })).toMatchObject({
      ok: false,
      error: { code: 'ONGELDIGE_INVOER', message: expect.stringMatching(/^Deze lijst bevat fouten/) },
    });
    expect(listKandidaten(session.requireFile().db, { metNamen: false })).toEqual([]);
  });

  it('cancelled dialogs give null; export and template are written where the user chose', async () => {
    const { keuze, session, call, root } = await sessie();
    expect(await call('kandidaten.inlezen', {})).toEqual({ ok: true, data: null });
    await session
      .requireFile()
      .write((db) => nieuweKandidaat(db, { naam: 'Fenna Fictief', initialen: 'F.F.' }));

    const exp = await call<{ pad: string }>('kandidaten.exporteren', {
      metNamen: false,
      metBelemmeringen: false,
    });
    if (!exp.ok) throw new Error(exp.error.message);
    expect(keuze.opslaan[0]).toMatch(/^Kandidaten Werkgroep Proef \d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(exp.data.pad).toBe(join(root, keuze.opslaan[0] as string));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exp.data.pad);
    expect(wb.worksheets.map((b) => b.name)).toEqual(['Kandidaten', 'Stappen']);
    expect(JSON.stringify(wb.worksheets.map((b) => b.getSheetValues()))).not.toMatch(/Fictief|F\.F\./);

    expect(await call('kandidaten.exporteren', { metNamen: 'ja', metBelemmeringen: false })).toMatchObject({
      ok: false,
    });

    const sjabloon = await call<{ pad: string }>('kandidaten.invulbestand', {});
    if (!sjabloon.ok) throw new Error(sjabloon.error.message);
    const s = new ExcelJS.Workbook();
    await s.xlsx.readFile(sjabloon.data.pad);
    expect(s.worksheets[0]?.getCell('C2').value).toBe('Borsele');
    expect(keuze.opslaan[1]).toBe('Kandidatenlijst invullen.xlsx');
  });
});
