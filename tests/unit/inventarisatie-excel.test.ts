import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { maakResultatenWerkboek } from '../../electron/main/services/inventarisatie-export';
import { bekijkFormulieren, voerFormulierenUit } from '../../electron/main/services/inventarisatie-import';
import type { Db } from '../../electron/main/store/database';
import {
  getAntwoorden,
  getRonde,
  listSjablonen,
  saveRonde,
  slaAntwoordenOp,
} from '../../electron/main/store/repositories/inventarisatie';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { probleemAlsTekst } from '../../shared/domain/inventarisatie';
import { rondeMetFormulieren, vulIn, zoek } from './helpers/formulier';
import { tempDir } from './helpers/temp';
import { regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const opzet = () => rondeMetFormulieren(SQL);

const bytesVan = (db: Db) => Buffer.from(db.export());

describe('forms out', () => {
  it('one form per organisation: marker hidden, structure protected, answer cells unlocked with dropdowns', async () => {
    const { ronde, paden } = await opzet();
    expect(paden.map((p) => p.split('/').at(-1))).toEqual([
      'Voorjaar - Zorggroep Aap.xlsx',
      'Voorjaar - Zorggroep Beer.xlsx',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(paden[0] as string);
    const marker = wb.getWorksheet('Tafelwerk') as ExcelJS.Worksheet;
    expect(marker.state).toBe('veryHidden');
    expect(marker.getCell('A1').value).toBe('TAFELWERK-FORMULIER');
    expect(marker.getCell('B2').value).toBe(ronde);
    expect(marker.getCell('C4').value).toBe('Zorggroep Aap');
    const blad = wb.getWorksheet('Formulier') as ExcelJS.Worksheet;
    expect(blad.getCell('A2').value).toBe('Voor: Zorggroep Aap');
    const xml = JSON.stringify((blad as unknown as { sheetProtection: unknown }).sheetProtection);
    expect(xml).toMatch(/"sheet":true/);
    const janee = blad.getCell(zoek(blad, 'Heeft u bij andere'), 2);
    expect(janee.protection?.locked).toBe(false);
    expect(janee.dataValidation).toMatchObject({ type: 'list', formulae: ['"ja,nee"'] });
    expect(blad.getCell('A1').protection?.locked).not.toBe(false);
  });
});

describe('forms back in', () => {
  it('messy but valid answers are understood, previewed, and stored only on confirmation', async () => {
    const { db, aap, ronde, map, paden } = await opzet();
    const ingevuld = await vulIn(paden[0] as string, join(map, 'terug.xlsx'));
    const voor = bytesVan(db);
    const v = await bekijkFormulieren(db, [ingevuld]);
    expect(bytesVan(db).equals(voor)).toBe(true);
    expect(v.formulieren[0]).toMatchObject({
      status: 'nieuw',
      organisatie: 'Zorggroep Aap',
      ronde: 'Voorjaar',
      fouten: [],
    });
    expect(voerFormulierenUit(db, v)).toBe(1);
    expect(getAntwoorden(db, ronde, aap)).toEqual({
      in_dienst: { soort: 'open', tekst: 'Drie mensen via de gemeente' },
      andere_contracten: { soort: 'janee', ja: true },
      aanbod: {
        soort: 'aanbod',
        aanbod: [
          { code: 'begeleider', plaatsen: 2 },
          { code: 'werkervaringsplaats', plaatsen: 3 },
        ],
      },
      contactpersoon: { soort: 'open', tekst: 'P. Proef' },
    });
    expect(getRonde(db, ronde).deelnames.find((d) => d.organisatieId === aap)?.status).toBe('ontvangen');
    // Reading the same form again would replace what is in: said so before anything happens.
    expect((await bekijkFormulieren(db, [ingevuld])).formulieren[0]?.status).toBe('vervangt');
  });

  it('each kind of bad file is refused with a Dutch reason; the database stays byte-identical', async () => {
    const { db, map, paden } = await opzet();
    const tekst = join(map, 'geen.xlsx');
    await fs.writeFile(tekst, 'dit is geen excel');
    const ander = new ExcelJS.Workbook();
    ander.addWorksheet('Blad1').getCell('A1').value = 'Naam';
    const vreemd = join(map, 'vreemd.xlsx');
    await ander.xlsx.writeFile(vreemd);
    const formule = await vulIn(paden[0] as string, join(map, 'formule.xlsx'), (b) => {
      b.getCell(zoek(b, 'Werkervaringsplaats'), 3).value = { formula: '1+2', result: 3 };
    });
    const onzin = await vulIn(paden[1] as string, join(map, 'onzin.xlsx'), (b) => {
      b.getCell(zoek(b, 'Heeft u bij andere'), 2).value = 'misschien';
      b.getCell(zoek(b, 'Wie is bij u'), 2).value = null;
    });
    const voor = bytesVan(db);
    const v = await bekijkFormulieren(db, [tekst, vreemd, formule, onzin]);
    const fouten = v.formulieren.map((f) => [f.status, f.fouten.map(probleemAlsTekst).join(' ')]);
    expect(fouten[0]).toEqual(['fout', expect.stringMatching(/geen leesbaar Excel-bestand/)]);
    expect(fouten[1]).toEqual(['fout', 'Dit is geen inventarisatieformulier van Tafelwerk.']);
    expect(fouten[2]).toEqual([
      'fout',
      expect.stringMatching(/^Cel C\d+, "Welke mogelijkheden[^"]*": Hier staat een formule/),
    ]);
    expect(fouten[3]?.[1]).toMatch(/"misschien" is geen ja of nee/);
    expect(fouten[3]?.[1]).toMatch(/is verplicht/);
    expect(voerFormulierenUit(db, v)).toBe(0);
    expect(bytesVan(db).equals(voor)).toBe(true);
  });

  it('a form of another werkgroep or a replaced organisation is refused; the same organisation twice too', async () => {
    const { db, beer, map, paden, ronde } = await opzet();
    const elders = regioDb(SQL);
    const aap = await vulIn(paden[0] as string, join(map, 'a.xlsx'));
    // Another werkgroep holds another key for the marker's MAC (see formulier-kenmerk.test.ts).
    expect((await bekijkFormulieren(elders, [aap])).formulieren[0]?.fouten).toEqual([
      {
        cel: null,
        vraag: null,
        melding: expect.stringMatching(/^Dit formulier .* komt niet van deze werkgroep/),
      },
    ]);
    const twee = await bekijkFormulieren(db, [aap, aap]);
    expect(twee.formulieren.map((f) => f.status)).toEqual(['nieuw', 'fout']);
    const sjabloon = listSjablonen(db)[0]?.id as string;
    saveRonde(db, { naam: 'Voorjaar', sjabloonId: sjabloon, deadline: null, organisatieIds: [beer] }, ronde);
    expect((await bekijkFormulieren(db, [aap])).formulieren[0]?.fouten[0]?.melding).toMatch(/niet gevraagd/);
  });
});

describe('results export', () => {
  it('matrix with places, "ja" for offered without a number, totals, open answers and response', async () => {
    const { db, aap, ronde } = await opzet();
    slaAntwoordenOp(db, ronde, aap, {
      in_dienst: { soort: 'open', tekst: 'Twee mensen' },
      aanbod: {
        soort: 'aanbod',
        aanbod: [
          { code: 'werkervaringsplaats', plaatsen: 3 },
          { code: 'intake', plaatsen: null },
        ],
      },
      contactpersoon: { soort: 'open', tekst: 'P. Proef' },
    });
    const map = await tempDir();
    const pad = join(map, 'r.xlsx');
    await maakResultatenWerkboek(db, ronde).xlsx.writeFile(pad);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pad);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Aanbod',
      'Vraag 1',
      'Vraag 2',
      'Vraag 3',
      'Vraag 4',
      'Vraag 5',
      'Vraag 6',
      'Respons',
    ]);
    const aanbod = wb.getWorksheet('Aanbod') as ExcelJS.Worksheet;
    const koppen = (aanbod.getRow(4).values as unknown[]).slice(1);
    expect(koppen[0]).toBe('Organisatie');
    const kolom = (naam: string) => koppen.indexOf(naam) + 1;
    expect(aanbod.getCell(5, 1).value).toBe('Zorggroep Aap');
    expect(aanbod.getCell(5, kolom('Werkervaringsplaats')).value).toBe(3);
    expect(aanbod.getCell(5, kolom('Intake en screening')).value).toBe('ja');
    expect(aanbod.getCell(5, kolom('BBL-plaats')).value).toBeNull();
    expect(aanbod.getCell(6, kolom('Werkervaringsplaats')).value).toMatchObject({ result: 3 });
    expect(wb.getWorksheet('Vraag 1')?.getCell(5, 2).value).toBe('Twee mensen');
    expect(wb.getWorksheet('Respons')?.getCell(6, 2).value).toBe('Uitgezet');
  });
});
