import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { leesFormulier } from '../../electron/main/excel/inventarisatie-lezen';
import { bekijkFormulieren, voerFormulierenUit } from '../../electron/main/services/inventarisatie-import';
import type { Db } from '../../electron/main/store/database';
import { formulierSleutel } from '../../electron/main/store/repositories/formulier-sleutel';
import { getAntwoorden } from '../../electron/main/store/repositories/inventarisatie';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { readSnapshot } from '../../electron/main/store/werkgroep-file';
import { rondeMetFormulieren, vulFormulier } from './helpers/formulier';
import { tempDir } from './helpers/temp';

/**
 * Issue #19: the hidden marker of a returned inventarisatie form says which organisation answered.
 * Anyone can unhide and edit it in Excel; the keyed MAC over it (key in the werkgroep file) makes an
 * edited marker, or a form made by another werkgroep, fail instead of storing answers for the wrong
 * organisation.
 */

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const bytesVan = (db: Db) => Buffer.from(db.export());

/** A filled-in copy of a form, the way an organisation returns it. */
const ingevuld = (pad: string, uit: string) =>
  vulFormulier(pad, uit, (_, cel) => {
    cel('Heeft u bij andere').value = 'ja';
    cel('Werkervaringsplaats').value = 'ja';
    cel('Wie is bij u').value = 'P. Proef';
  });

/** Opens a form, changes its hidden marker sheet, saves it in place. */
async function bewerkMarker(pad: string, bewerk: (marker: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  bewerk(wb.getWorksheet('Tafelwerk') as ExcelJS.Worksheet);
  await wb.xlsx.writeFile(pad);
}

/** The hidden marker's rows 1–5 (version, round, template, organisation, MAC) as values. */
async function markerRijen(pad: string): Promise<ExcelJS.CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const marker = wb.getWorksheet('Tafelwerk') as ExcelJS.Worksheet;
  return [1, 2, 3, 4, 5].map((r) => [1, 2, 3].map((k) => marker.getCell(r, k).value));
}

const KLOPT_NIET =
  'Dit formulier is na het versturen aangepast of komt niet van deze werkgroep: het verborgen kenmerk klopt niet. ' +
  'Er is niets uit ingelezen. Stuur de organisatie een nieuw formulier (Formulieren maken…) en vraag haar dat in te vullen.';

describe('the marker of a returned form is authenticated', () => {
  it('a form edited to name another organisation is refused, and nothing is stored', async () => {
    const { db, beer, ronde, map, paden } = await rondeMetFormulieren(SQL);
    const pad = await ingevuld(paden[0] as string, join(map, 'aap-als-beer.xlsx'));
    await bewerkMarker(pad, (m) => {
      m.getCell('B4').value = beer;
      m.getCell('C4').value = 'Zorggroep Beer';
    });
    const voor = bytesVan(db);
    const v = await bekijkFormulieren(db, [pad]);
    expect(v.formulieren[0]).toMatchObject({
      status: 'fout',
      fouten: [{ cel: null, vraag: null, melding: KLOPT_NIET }],
    });
    expect(voerFormulierenUit(db, v)).toBe(0);
    expect(getAntwoorden(db, ronde, beer)).toEqual({});
    expect(bytesVan(db).equals(voor)).toBe(true);
  });

  it('a form made by another werkgroep, edited to name this round and organisation, is refused', async () => {
    const hier = await rondeMetFormulieren(SQL);
    const elders = await rondeMetFormulieren(SQL);
    // Everything the attacker can see in a form of this werkgroep: round, template and organisation ids.
    const echt = await markerRijen(hier.paden[0] as string);
    const pad = await ingevuld(elders.paden[0] as string, join(elders.map, 'doorgestuurd.xlsx'));
    await bewerkMarker(pad, (m) => {
      for (const r of [2, 3, 4])
        for (const k of [1, 2, 3]) m.getCell(r, k).value = echt[r - 1]?.[k - 1] ?? null;
    });
    const v = await bekijkFormulieren(hier.db, [pad]);
    expect(v.formulieren[0]).toMatchObject({ status: 'fout', fouten: [{ melding: KLOPT_NIET }] });
    expect(getAntwoorden(hier.db, hier.ronde, hier.aap)).toEqual({});
  });

  it('the cells a question is read from are covered too: pointing a question at another cell is refused', async () => {
    const { db, map, paden } = await rondeMetFormulieren(SQL);
    const pad = await ingevuld(paden[0] as string, join(map, 'verlegd.xlsx'));
    await bewerkMarker(pad, (m) => {
      m.getCell('C6').value = 'B2';
    });
    const v = await bekijkFormulieren(db, [pad]);
    expect(v.formulieren[0]?.fouten).toEqual([{ cel: null, vraag: null, melding: KLOPT_NIET }]);
  });

  it('an untouched form comes back in as before', async () => {
    const { db, aap, ronde, map, paden } = await rondeMetFormulieren(SQL);
    const pad = await ingevuld(paden[0] as string, join(map, 'terug.xlsx'));
    const v = await bekijkFormulieren(db, [pad]);
    expect(v.formulieren[0]).toMatchObject({ status: 'nieuw', organisatie: 'Zorggroep Aap', fouten: [] });
    expect(voerFormulierenUit(db, v)).toBe(1);
    expect(getAntwoorden(db, ronde, aap)).toMatchObject({ andere_contracten: { soort: 'janee', ja: true } });
  });

  it('a form from before the marker had a MAC is refused with a request to send a new form', async () => {
    const { db, map, paden } = await rondeMetFormulieren(SQL);
    const pad = await ingevuld(paden[0] as string, join(map, 'oud.xlsx'));
    // The layout Tafelwerk wrote before: version 1, an empty row 5.
    await bewerkMarker(pad, (m) => {
      m.getCell('B1').value = 1;
      m.getCell('A5').value = null;
      m.getCell('B5').value = null;
    });
    const v = await bekijkFormulieren(db, [pad]);
    expect(v.formulieren[0]?.fouten).toEqual([
      {
        cel: null,
        vraag: null,
        melding:
          'Dit formulier is gemaakt met een oudere versie van Tafelwerk en kan niet worden gecontroleerd. ' +
          'Er is niets uit ingelezen. Stuur Zorggroep Aap een nieuw formulier (Formulieren maken…); de antwoorden ' +
          'kunnen uit dit formulier worden overgenomen.',
      },
    ]);
  });
});

describe('the key of the MAC', () => {
  it('is saved in the werkgroep file before the command line writes the first forms', async () => {
    const dir = await tempDir();
    const file = join(dir, 'v.tafelwerk');
    const stil = { out: () => undefined, err: () => undefined };
    expect(await runCli(['voorbeeld', file], stil)).toBe(0);
    const sleutelOpSchijf = async () => {
      const { db } = await readSnapshot(file);
      try {
        return formulierSleutel(db);
      } finally {
        db.close();
      }
    };
    expect(await sleutelOpSchijf()).toBeNull();
    expect(await runCli(['formulieren', file, '--out', join(dir, 'uit')], stil)).toBe(0);
    const sleutel = await sleutelOpSchijf();
    expect(sleutel).toHaveLength(32);
    const [eerste] = await fs.readdir(join(dir, 'uit'));
    const bytes = await fs.readFile(join(dir, 'uit', eerste as string));
    expect((await leesFormulier(bytes, sleutel)).ok).toBe(true);
    // A second run uses the same key: forms sent earlier stay valid.
    expect(await runCli(['formulieren', file, '--out', join(dir, 'uit2')], stil)).toBe(0);
    expect((await sleutelOpSchijf())?.equals(sleutel as Buffer)).toBe(true);
  });
});
