import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { kandidatenSjabloon } from '../../electron/main/excel/kandidaten-import';
import { organisatieSjabloon } from '../../electron/main/excel/organisaties-import';
import { voegTabelbladToe } from '../../electron/main/excel/werkboek';
import { maakResultatenWerkboek } from '../../electron/main/services/inventarisatie-export';
import { schrijfKandidatenExport } from '../../electron/main/services/kandidaten-export';
import { maakOrganisatiesWerkboek } from '../../electron/main/services/organisaties-export';
import { saveRealisatie } from '../../electron/main/services/realisaties';
import { maakSroiWerkboek } from '../../electron/main/services/sroi-export';
import { listSjablonen, saveRonde } from '../../electron/main/store/repositories/inventarisatie';
import { slaTabelOpAlsNieuweVersie } from '../../electron/main/store/repositories/waardering';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { PRESET_UTRECHT } from '../../shared/domain/waarderingstabellen';
import { nieuweKandidaat } from './helpers/kandidaten';
import { aanbieder, realisatie } from './helpers/sroi';
import { pakUit } from './helpers/vijandig';
import { regioDb } from './helpers/werkgroep-db';

/**
 * Text that a spreadsheet could take for a formula (CSV/formula injection) must reach the file as
 * text: never in an <f> element, always a shared or inline string. Negative numbers stay numbers.
 */
const GEVAARLIJK = ['=HYPERLINK("http://x","y")', '+31 6 12345678', '-5', '@SUM(1)', '\tx', '\rx'];

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const ontsnap = (t: string) =>
  t
    .replace(/_x000D_/g, '\r')
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCharCode(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

interface Cel {
  ref: string;
  t: string | null;
  f: string | null;
  v: string | null;
  tekst: string | null;
}

/** Every cell of every sheet of the written file, read from the XML itself, not through exceljs. */
async function cellenVan(
  wb: ExcelJS.Workbook | Buffer,
): Promise<{ cellen: Cel[]; xml: Map<string, string> }> {
  const delen = pakUit(Buffer.isBuffer(wb) ? wb : Buffer.from(await wb.xlsx.writeBuffer()));
  const xml = new Map([...delen].map(([n, b]) => [n, b.toString('utf8')]));
  const gedeeld = [...(xml.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    ontsnap([...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const cellen: Cel[] = [];
  for (const [naam, inhoud] of xml) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(naam)) continue;
    for (const m of inhoud.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attr = m[1] ?? '';
      const binnen = m[2] ?? '';
      const t = /\bt="([^"]*)"/.exec(attr)?.[1] ?? null;
      const f = /<f[^>]*>([\s\S]*?)<\/f>/.exec(binnen)?.[1] ?? (/<f[^>]*\/>/.test(binnen) ? '' : null);
      const v = /<v>([\s\S]*?)<\/v>/.exec(binnen)?.[1] ?? null;
      const inline = /<is>([\s\S]*?)<\/is>/.exec(binnen)?.[1];
      const tekst =
        t === 's' && v !== null
          ? (gedeeld[Number(v)] ?? null)
          : inline !== undefined
            ? ontsnap([...inline.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((x) => x[1]).join(''))
            : null;
      cellen.push({ ref: `${naam.split('/').at(-1)}!${/\br="([^"]*)"/.exec(attr)?.[1]}`, t, f, v, tekst });
    }
  }
  return { cellen, xml };
}

/** No formula holds user text; every hostile text is in the file as a string cell, whole. */
async function blijftTekst(wb: ExcelJS.Workbook | Buffer, teksten: string[]): Promise<Cel[]> {
  const { cellen } = await cellenVan(wb);
  const formules = cellen.filter((c) => c.f !== null);
  for (const c of formules) {
    const f = ontsnap(c.f ?? '');
    for (const t of teksten) expect(f, `${c.ref}: ${f}`).not.toContain(t.trim());
    expect(f).not.toMatch(/HYPERLINK|http|@SUM/);
  }
  for (const t of teksten) {
    const gevonden = cellen.filter((c) => c.tekst?.includes(t));
    expect(gevonden.length, `${JSON.stringify(t)} als tekst`).toBeGreaterThan(0);
    for (const c of gevonden) {
      expect(['s', 'inlineStr', 'str']).toContain(c.t);
      expect(c.f).toBeNull();
    }
  }
  return cellen;
}

/** A werkgroep database with hostile text in every user field the exports show. */
function vijandigeDb() {
  const db = regioDb(SQL);
  slaTabelOpAlsNieuweVersie(db, PRESET_UTRECHT);
  const ids = GEVAARLIJK.map((t, i) => aanbieder(db, `${t} ${i}`));
  for (const [i, id] of ids.entries())
    saveRealisatie(db, realisatie(db, id, 'intake', { omschrijving: GEVAARLIJK[i], uren: 10 }));
  for (const t of GEVAARLIJK) nieuweKandidaat(db, { naam: t, initialen: t.slice(0, 10), klantmanager: t });
  return { db, ids };
}

describe('exports write user text as text, never as a formula', () => {
  it('the house-style table: text columns stay strings, negative amounts and numbers stay numbers', async () => {
    const wb = new ExcelJS.Workbook();
    voegTabelbladToe(wb, {
      naam: 'Proef',
      titel: '=HYPERLINK("http://x","titel")',
      werkgroep: '@SUM(1)',
      gemaaktOp: new Date(Date.UTC(2026, 2, 29)),
      kolommen: [
        { kop: 'Naam', breedte: 30, soort: 'tekst', waarde: (r: { t: string; n: number }) => r.t },
        { kop: 'Bedrag', breedte: 12, soort: 'bedrag', waarde: (r) => r.n * 100 },
        { kop: 'Aantal', breedte: 12, soort: 'getal', waarde: (r) => r.n },
      ],
      rijen: GEVAARLIJK.map((t, i) => ({ t, n: -5 - i })),
      totaal: { label: 'Totaal', kolommen: ['Bedrag', 'Aantal'] },
    });
    const cellen = await blijftTekst(wb, [...GEVAARLIJK, '=HYPERLINK("http://x","titel")', '@SUM(1)']);
    // The only formulas are the SUM totals the export makes itself.
    const formules = cellen.filter((c) => c.f !== null).map((c) => c.f);
    expect(formules).toEqual([
      expect.stringMatching(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/),
      expect.stringMatching(/^SUM\(/),
    ]);
    // -5 as a number: a <v> without a string type.
    const getallen = cellen
      .filter((c) => c.t === null && c.f === null && c.v !== null)
      .map((c) => Number(c.v));
    expect(getallen).toEqual(expect.arrayContaining([-5, -6, -10]));
  });

  it('the SROI export (aanbieder names, realisation descriptions)', async () => {
    const { db } = vijandigeDb();
    await blijftTekst(maakSroiWerkboek(db, '2026-01-01', '2026-12-31'), GEVAARLIJK);
  });

  it('the candidates export (names, initials, klantmanager)', async () => {
    const { db } = vijandigeDb();
    // Streamed (as the app writes it): the bytes collected in memory.
    const stukken: Buffer[] = [];
    const uit = new Writable({
      write(stuk: Buffer, _codering, klaar) {
        stukken.push(stuk);
        klaar();
      },
    });
    await schrijfKandidatenExport(db, { metNamen: true, metBelemmeringen: true }, uit);
    await blijftTekst(Buffer.concat(stukken), GEVAARLIJK);
  });

  it('the inventarisatie results (organisation names)', async () => {
    const { db, ids } = vijandigeDb();
    const sjabloon = listSjablonen(db)[0];
    if (!sjabloon) throw new Error('geen standaardformulier');
    const ronde = saveRonde(db, {
      naam: 'Voorjaar',
      sjabloonId: sjabloon.id,
      deadline: '2026-02-28',
      organisatieIds: ids,
    });
    await blijftTekst(
      maakResultatenWerkboek(db, ronde),
      GEVAARLIJK.map((t, i) => `${t} ${i}`),
    );
  });

  it('the organisation list (names and contact details)', async () => {
    const { db, ids } = vijandigeDb();
    for (const [i, id] of ids.entries()) {
      const t = GEVAARLIJK[i] ?? '';
      db.update('organisatie', id, { contactpersoon: t, telefoon: t });
    }
    await blijftTekst(maakOrganisatiesWerkboek(db), [
      ...GEVAARLIJK,
      ...GEVAARLIJK.map((t, i) => `${t} ${i}`),
    ]);
  });

  it('the import templates (gemeente names in the explanation sheet)', async () => {
    const namen = GEVAARLIJK.map((t) => `${t} gemeente`);
    await blijftTekst(organisatieSjabloon(namen), namen);
    await blijftTekst(kandidatenSjabloon(namen), namen);
  });
});

describe('dropdown lists in the templates', () => {
  it('a gemeente name with a quote cannot break out of the list formula', async () => {
    const { xml } = await cellenVan(kandidatenSjabloon(['Goes', 'x"&HYPERLINK("http://x")&"']));
    const regels = [
      ...(xml.get('xl/worksheets/sheet1.xml') ?? '').matchAll(/<formula1>([\s\S]*?)<\/formula1>/g),
    ].map((m) => ontsnap(m[1] ?? ''));
    for (const f of regels) expect(f).toMatch(/^"([^"]|"")*"$|^[A-Z0-9]+$/);
  });
});
