import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { organisatieSjabloon } from '../../electron/main/excel/organisaties-import';
import {
  geenExcelMelding,
  herkenGesleept,
  MEERDERE_LIJSTEN,
  nietHerkendMelding,
} from '../../electron/main/services/import-herkennen';
import { Session } from '../../electron/main/services/session';
import { lockPath } from '../../electron/main/store/lock';
import { listOrganisaties } from '../../electron/main/store/repositories/organisaties';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import type { Result } from '../../shared/api/result';
import type { GesleeptVoorbeeld } from '../../shared/domain/import';
import { nuIso } from '../../shared/klok';
import { dialogen } from './helpers/dialogs';
import { rondeMetFormulieren, vulFormulier } from './helpers/formulier';
import { invoker } from './helpers/sroi';
import { tempDir } from './helpers/temp';
import { regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const bytes = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

/** A workbook whose first sheet holds `rijen` from row 1. */
async function werkboek(rijen: ExcelJS.CellValue[][], blad = 'Blad1'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(blad);
  for (const [i, rij] of rijen.entries()) ws.getRow(i + 1).values = rij;
  return bytes(wb);
}

/** The product's own organisation template, filled in below its example row. */
async function organisatieLijst(): Promise<Uint8Array> {
  const wb = organisatieSjabloon(['Gemeente Goes']);
  const blad = wb.worksheets[0] as ExcelJS.Worksheet;
  blad.getRow(3).values = [
    'Stichting Zeewind',
    'Zorgaanbieder',
    'J. Proef',
    'info@zeewind.example',
    null,
    'Goes',
  ];
  return bytes(wb);
}

const kandidatenLijst = () =>
  werkboek([
    ['Code', 'Initialen', 'Gemeente', 'Uitkering', 'Klantmanager', 'Startdatum'],
    ['T-1', 'A.B.', 'Goes', 'WW', 'K. Manager', '2-3-2026'],
  ]);

/** A returned form of the round, filled in as a person would, as bytes. */
async function ingevuldFormulier(paden: string[], map: string, i = 0): Promise<Uint8Array> {
  const pad = await vulFormulier(paden[i] as string, join(map, `terug-${i}.xlsx`), (_, cel) => {
    cel('Heeft u bij andere').value = 'Ja';
    cel('Werkervaringsplaats').value = 'ja';
    cel('Werkervaringsplaats', 3).value = 2;
    cel('Intake en screening').value = 'nee';
    cel('Wie is bij u').value = 'P. Proef';
  });
  return new Uint8Array(await fs.readFile(pad));
}

describe('recognising a dropped workbook by its own content', () => {
  it('an organisation list (the product template, filled in) gives the organisation preview', async () => {
    const db = regioDb(SQL);
    const h = await herkenGesleept(db, [{ naam: 'lijst.xlsx', bytes: await organisatieLijst() }]);
    expect(h.soort).toBe('organisaties');
    if (h.soort !== 'organisaties') return;
    expect(h.voorbeeld).toMatchObject({ bestand: 'lijst.xlsx', nieuw: 1, fouten: 0, algemeneFouten: [] });
    expect(h.voorbeeld.rijen[0]).toMatchObject({ naam: 'Stichting Zeewind', soort: 'zorgaanbieder' });
  });

  it('a candidate list gives the candidate preview, even though it has a Gemeente column too', async () => {
    const db = regioDb(SQL);
    const h = await herkenGesleept(db, [{ naam: 'aanmelding.xlsx', bytes: await kandidatenLijst() }]);
    expect(h.soort).toBe('kandidaten');
    if (h.soort !== 'kandidaten') return;
    expect(h.voorbeeld.rijen).toMatchObject([{ code: 'T-1', initialen: 'A.B.', status: 'nieuw' }]);
  });

  it('an organisation list with a Gemeente column is still an organisation list', async () => {
    const db = regioDb(SQL);
    const lijst = await werkboek([
      ['Naam', 'Contactpersoon', 'Gemeente'],
      ['Bakkerij De Korrel', 'T. Deeg', 'Goes'],
    ]);
    expect((await herkenGesleept(db, [{ naam: 'x.xlsx', bytes: lijst }])).soort).toBe('organisaties');
  });

  it('a returned form, alone or several at once, gives the forms preview; nothing is stored', async () => {
    const { db, ronde, map, paden } = await rondeMetFormulieren(SQL);
    const een = await herkenGesleept(db, [{ naam: 'aap.xlsx', bytes: await ingevuldFormulier(paden, map) }]);
    expect(een.soort).toBe('formulieren');
    if (een.soort !== 'formulieren') return;
    expect(een.voorbeeld.formulieren).toMatchObject([
      { bestand: 'aap.xlsx', status: 'nieuw', ronde: 'Voorjaar' },
    ]);

    const twee = await herkenGesleept(db, [
      { naam: 'aap.xlsx', bytes: await ingevuldFormulier(paden, map, 0) },
      { naam: 'beer.xlsx', bytes: await ingevuldFormulier(paden, map, 1) },
      { naam: 'boodschappen.xlsx', bytes: await werkboek([['Melk', 'Brood']]) },
    ]);
    if (twee.soort !== 'formulieren') throw new Error(twee.soort);
    expect(twee.voorbeeld).toMatchObject({ goed: 2, fout: 1 });
    expect(twee.voorbeeld.formulieren[2]).toMatchObject({
      bestand: 'boodschappen.xlsx',
      status: 'fout',
      fouten: [{ melding: 'Dit is geen inventarisatieformulier van Tafelwerk.' }],
    });
    expect(db.all('SELECT * FROM inventarisatie_antwoord WHERE ronde_id = ?', [ronde])).toEqual([]);
  });

  it('an unrelated workbook, a non-xlsx file, or several lists at once are refused in Dutch', async () => {
    const db = regioDb(SQL);
    const boekhouding = await werkboek([
      ['Datum', 'Omschrijving', 'Bedrag'],
      ['2026-01-02', 'Koffie', 12.5],
    ]);
    await expect(herkenGesleept(db, [{ naam: 'kas.xlsx', bytes: boekhouding }])).rejects.toThrow(
      nietHerkendMelding('kas.xlsx'),
    );
    const tekst = new TextEncoder().encode('Naam;Soort\nStichting Zeewind;Zorgaanbieder\n');
    await expect(herkenGesleept(db, [{ naam: 'lijst.xlsx', bytes: tekst }])).rejects.toThrow(
      geenExcelMelding('lijst.xlsx'),
    );
    const lijst = { naam: 'lijst.xlsx', bytes: await organisatieLijst() };
    await expect(herkenGesleept(db, [lijst, lijst])).rejects.toThrow(MEERDERE_LIJSTEN);
  });
});

describe('the import.slepen channel', () => {
  async function sessie() {
    const root = await tempDir();
    const session = await Session.create({ userData: join(root, 'userData'), dialogs: dialogen({}) });
    await session.nieuw({ naam: 'Werkgroep Proef', regio: 'Oosterschelderegio' });
    const invoke = invoker(session);
    const call = async <T>(channel: string, input: unknown): Promise<Result<T>> =>
      (await invoke(channel, input)) as Result<T>;
    return { session, call };
  }

  it('a dropped organisation list is stored only when confirmed, with the menu import audit line', async () => {
    const { session, call } = await sessie();
    const db = () => session.requireFile().db;
    const voor = listOrganisaties(db(), { metGearchiveerd: true }).length;
    const bestanden = [{ naam: 'C:\\Lijsten\\zeewind.xlsx', bytes: await organisatieLijst() }];

    const eerste = await call<GesleeptVoorbeeld>('import.slepen', { bestanden });
    if (!eerste.ok || eerste.data.soort !== 'organisaties') throw new Error(JSON.stringify(eerste));
    // Only the name reaches the preview, never a folder.
    expect(eerste.data.voorbeeld.bestand).toBe('zeewind.xlsx');
    expect(await call('import.annuleren', { token: eerste.data.voorbeeld.token })).toEqual({
      ok: true,
      data: null,
    });
    expect(
      await call('organisaties.inlezenBevestigen', { token: eerste.data.voorbeeld.token }),
    ).toMatchObject({
      ok: false,
    });
    expect(listOrganisaties(db(), { metGearchiveerd: true })).toHaveLength(voor);

    const tweede = await call<GesleeptVoorbeeld>('import.slepen', { bestanden });
    if (!tweede.ok) throw new Error(tweede.error.message);
    expect(await call('organisaties.inlezenBevestigen', { token: tweede.data.voorbeeld.token })).toEqual({
      ok: true,
      data: { toegevoegd: 1 },
    });
    expect(listOrganisaties(db(), {}).map((o) => o.naam)).toContain('Stichting Zeewind');
    expect(
      db().get<{ n: number }>('SELECT count(*) AS n FROM wijziging WHERE omschrijving = ?', [
        '1 organisatie ingelezen uit zeewind.xlsx',
      ]),
    ).toEqual({ n: 1 });
  });

  it('refuses what is not bytes, too large, or dropped with no werkgroep open', async () => {
    const { session, call } = await sessie();
    expect(await call('import.slepen', { bestanden: [{ naam: 'a.xlsx', bytes: [1, 2, 3] }] })).toMatchObject({
      ok: false,
      error: { code: 'ONGELDIGE_INVOER' },
    });
    const groot = new Uint8Array(20 * 1024 * 1024 + 1);
    expect(await call('import.slepen', { bestanden: [{ naam: 'a.xlsx', bytes: groot }] })).toMatchObject({
      ok: false,
      error: { message: 'Dit bestand is te groot om in te lezen (meer dan 20 MB).' },
    });
    await session.sluiten();
    expect(
      await call('import.slepen', { bestanden: [{ naam: 'a.xlsx', bytes: await kandidatenLijst() }] }),
    ).toMatchObject({ ok: false, error: { code: 'GEEN_BESTAND_OPEN' } });
  });

  it('a read-only file refuses a drop with the read-only message, before reading anything', async () => {
    const { session, call } = await sessie();
    const pad = session.requireFile().path;
    await session.sluiten();
    // A colleague has the file open: it can only be opened read-only.
    const lock = {
      pid: 4242,
      host: 'laptop-van-secretariaat',
      gebruiker: 'j.devries',
      sinds: nuIso(),
      ververst: nuIso(),
      id: 'ander',
    };
    await fs.writeFile(lockPath(pad), JSON.stringify(lock));
    await expect(session.openPath(pad)).rejects.toMatchObject({ code: 'BESTAND_IN_GEBRUIK' });
    await session.alleenLezen();
    const voor = await fs.readFile(pad);
    expect(
      await call('import.slepen', { bestanden: [{ naam: 'a.xlsx', bytes: await organisatieLijst() }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ALLEEN_LEZEN', message: expect.stringMatching(/is alleen-lezen geopend/) },
    });
    expect((await fs.readFile(pad)).equals(voor)).toBe(true);
  });
});
