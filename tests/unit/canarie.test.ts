import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Session } from '../../electron/main/services/session';
import type { Result } from '../../shared/api/result';
import { LEEG_PLAN } from '../../shared/domain/kandidaten';
import { dialogen } from './helpers/dialogs';
import { kandidaatGegevens } from './helpers/kandidaten';
import { invoker } from './helpers/sroi';
import { tempDir } from './helpers/temp';

/** A name no real person has, to search for in every byte the app wrote. */
const CANARIE = 'Zwaantje Canarievogel-Qx7';
const WACHTWOORD = 'mijn werkgroep is geheim genoeg';

/** The text of every cell, sheet name and page header of a workbook (its XML is zipped, so raw bytes tell nothing). */
async function werkboekTekst(pad: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const delen: string[] = [];
  for (const blad of wb.worksheets) {
    delen.push(blad.name, JSON.stringify(blad.headerFooter ?? {}));
    blad.eachRow((rij) => rij.eachCell((cel) => delen.push(cel.text)));
  }
  return delen.join('\n');
}

/** Every file under a folder that holds the canary: in its bytes (UTF-8 or UTF-16), or in a workbook's cells. */
async function vindplaatsen(map: string): Promise<string[]> {
  const naalden = [Buffer.from(CANARIE, 'utf8'), Buffer.from(CANARIE, 'utf16le')];
  const hits: string[] = [];
  for (const naam of await fs.readdir(map, { recursive: true })) {
    const pad = join(map, naam.toString());
    if (!(await fs.stat(pad)).isFile()) continue;
    const bytes = await fs.readFile(pad);
    const inWerkboek = pad.endsWith('.xlsx') && (await werkboekTekst(pad)).includes(CANARIE);
    if (inWerkboek || naalden.some((n) => bytes.includes(n))) hits.push(pad);
  }
  return hits;
}

describe('canary: with a protected file no copy of a person is left in the clear', () => {
  it('file, backups, temp files, settings and default exports never hold the name; a deliberate export does', async () => {
    const root = await tempDir();
    const exports = join(root, 'exports');
    await fs.mkdir(exports);
    let exportNaam = '';
    const dialogs = dialogen({
      chooseSpreadsheetSaveLocation: async (naam) => join(exports, exportNaam || naam),
    });
    const session = await Session.create({
      userData: join(root, 'userData'),
      dialogs,
      scrypt: { N: 2 ** 12, r: 8, p: 1 },
    });
    const invoke = invoker(session);
    const data = async <T>(kanaal: string, input: unknown): Promise<T> => {
      const r = (await invoke(kanaal, input)) as Result<T>;
      if (!r.ok) throw new Error(`${kanaal}: ${r.error.message}`);
      return r.data;
    };

    await data('document.nieuw', { naam: 'Canarie', regio: 'Oosterschelderegio' });
    const { herstelcode } = await data<{ herstelcode: string }>('beveiliging.instellen', {
      wachtwoord: WACHTWOORD,
    });
    expect(herstelcode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);

    // The main scenarios with the person: record, plan, measurement, outcome, group, meeting, exports.
    const k = await data<{ id: string }>('kandidaten.opslaan', {
      ...kandidaatGegevens({ naam: CANARIE, initialen: 'Z.C.', startdatum: '2026-02-01' }),
    });
    await data('kandidaten.planOpslaan', {
      kandidaatId: k.id,
      ...LEEG_PLAN,
      wensen: `${CANARIE} wil graag in de zorg werken.`,
    });
    await data('kandidaten.meten', {
      kandidaatId: k.id,
      datum: '2026-02-01',
      trede: 2,
      toelichting: CANARIE,
    });
    await data('kandidaten.uitstroomOpslaan', {
      kandidaatId: k.id,
      soort: 'regulier_werk',
      datum: '2026-06-01',
      toelichting: `Baan voor ${CANARIE}`,
      na6Maanden: null,
      na12Maanden: null,
    });
    const b = await data<{ id: string }>('bijeenkomsten.opslaan', {
      soort: 'werkgroep',
      datum: '2026-06-10',
      tijd: null,
      plaats: null,
    });
    exportNaam = 'kandidaten-standaard.xlsx';
    await data('kandidaten.exporteren', { metNamen: false, metBelemmeringen: false });
    exportNaam = 'vergaderstukken.xlsx';
    await data('bijeenkomsten.vergaderstukken', { id: b.id });
    exportNaam = 'sroi.xlsx';
    await data('sroi.exporteren', { van: '2026-01-01', tot: '2026-12-31' });
    const evaluatie = await data<{ id: string }>('evaluatie.maken', {
      titel: 'Jaar',
      van: '2026-01-01',
      tot: '2026-12-31',
      groepId: null,
    });
    exportNaam = 'fo-pakket.xlsx';
    const { taak } = await data<{ taak: string }>('evaluatie.foPakket', { evaluatieId: evaluatie.id });
    while (
      !(await data<{ pad: string | null; fout: string | null }>('evaluatie.foPakketVoortgang', { taak })).pad
    )
      await new Promise((r) => setTimeout(r, 10));

    // Lock and unlock (a save, a backup and a reopen), then one more change.
    await data('document.vergrendelen', {});
    await data('document.ontgrendelen', { wachtwoord: WACHTWOORD });
    await data('kandidaten.opslaan', {
      id: k.id,
      ...kandidaatGegevens({
        naam: CANARIE,
        initialen: 'Z.C.',
        startdatum: '2026-02-01',
        status: 'uitgestroomd',
      }),
    });
    await session.shutdown();

    expect(await vindplaatsen(root)).toEqual([]);

    // Deliberately exported with names: there, and only there.
    // As on the next launch: the last file waits for its passphrase.
    expect((await data<{ vergrendeld: string | null }>('app.start', {})).vergrendeld).toBe(
      'Canarie.tafelwerk',
    );
    await data('document.ontgrendelen', { wachtwoord: WACHTWOORD });
    exportNaam = 'kandidaten-met-namen.xlsx';
    await data('kandidaten.exporteren', { metNamen: true, metBelemmeringen: false });
    await session.shutdown();
    expect(await vindplaatsen(root)).toEqual([join(exports, 'kandidaten-met-namen.xlsx')]);
  });
});
