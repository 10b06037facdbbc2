import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { GRENZEN } from '../../../electron/main/excel/xlsx-poort';

/**
 * Hostile Excel files, made at test time (no binaries in the repository): a tiny zip writer and
 * reader on Node's zlib, and a corpus of files that an importer must refuse.
 */

/** One part of a zip. `ingepakt` is raw deflate data as is; `opgegeven` overrides the declared size. */
export interface Deel {
  naam: string;
  inhoud?: Buffer;
  ingepakt?: Buffer;
  opgegeven?: number;
}

/** A zip archive of the parts, deflated, with headers that say whatever the parts say. */
export function maakZip(delen: Deel[]): Buffer {
  const lokaal: Buffer[] = [];
  const centraal: Buffer[] = [];
  let plek = 0;
  for (const d of delen) {
    const naam = Buffer.from(d.naam, 'utf8');
    const data = d.ingepakt ?? deflateRawSync(d.inhoud ?? Buffer.alloc(0));
    const uitgepakt = d.opgegeven ?? d.inhoud?.length ?? 0;
    const crc = d.inhoud ? crc32(d.inhoud) : 0;
    const kop = Buffer.alloc(30);
    kop.writeUInt32LE(0x04034b50, 0);
    kop.writeUInt16LE(20, 4);
    kop.writeUInt16LE(0x800, 6);
    kop.writeUInt16LE(8, 8);
    kop.writeUInt32LE(crc, 14);
    kop.writeUInt32LE(data.length, 18);
    kop.writeUInt32LE(uitgepakt, 22);
    kop.writeUInt16LE(naam.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(uitgepakt, 24);
    cd.writeUInt16LE(naam.length, 28);
    cd.writeUInt32LE(plek, 42);
    lokaal.push(kop, naam, data);
    centraal.push(cd, naam);
    plek += 30 + naam.length + data.length;
  }
  const cd = Buffer.concat(centraal);
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0);
  eind.writeUInt16LE(delen.length, 8);
  eind.writeUInt16LE(delen.length, 10);
  eind.writeUInt32LE(cd.length, 12);
  eind.writeUInt32LE(plek, 16);
  return Buffer.concat([...lokaal, cd, eind]);
}

/** Every part of a zip by name (deflated or stored), read from its central directory. */
export function pakUit(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('geen zip');
  const aantal = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const uit = new Map<string, Buffer>();
  for (let n = 0; n < aantal; n++) {
    const methode = zip.readUInt16LE(p + 10);
    const ingepakt = zip.readUInt32LE(p + 20);
    const naamLengte = zip.readUInt16LE(p + 28);
    const naam = zip.toString('utf8', p + 46, p + 46 + naamLengte);
    const lokaal = zip.readUInt32LE(p + 42);
    const begin = lokaal + 30 + zip.readUInt16LE(lokaal + 26) + zip.readUInt16LE(lokaal + 28);
    const ruw = zip.subarray(begin, begin + ingepakt);
    uit.set(naam, methode === 8 ? inflateRawSync(ruw) : Buffer.from(ruw));
    p += 46 + naamLengte + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return uit;
}

/** The parts of an xlsx as a list, ready to be changed and zipped again. */
export const delenVan = (xlsx: Buffer): Deel[] =>
  [...pakUit(xlsx)].map(([naam, inhoud]) => ({ naam, inhoud }));

/** An ordinary one-sheet workbook with these rows, as exceljs writes it. */
export async function werkboek(rijen: ExcelJS.CellValue[][], bladen = 1): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (let b = 1; b <= bladen; b++) {
    const blad = wb.addWorksheet(`Blad${b}`);
    if (b === 1) for (const rij of rijen) blad.addRow(rij);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const MB = 1024 * 1024;

/** Column letters A … GR (200 columns, the column limit). */
const KOLOMMEN_200 = Array.from({ length: 200 }, (_, i) =>
  i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26), 65 + (i % 26)),
);

/**
 * An organisation list whose sheet has 10,000 rows (the row limit) of `kolommen` numbers each, made
 * from raw XML. With 200 columns (the column limit) that is 2 million cells in a 4 MB file: such a
 * workbook once took exceljs 37 s and 820 MB before any limit was checked.
 */
export async function celrijkWerkboek(kolommen: number): Promise<Buffer> {
  const delen = delenVan(await werkboek([KOPPEN, ['Stichting Proef', 'Overig', 'Goes', 'K-1']]));
  const letters = KOLOMMEN_200.slice(0, kolommen);
  const rij = (r: number) =>
    `<row r="${r}">${letters.map((k) => `<c r="${k}${r}"><v>${r}</v></c>`).join('')}</row>`;
  const rijen = Array.from({ length: GRENZEN.rijen - 2 }, (_, i) => rij(i + 3)).join('');
  return maakZip(
    delen.map((d) =>
      d.naam === 'xl/worksheets/sheet1.xml'
        ? { ...d, inhoud: Buffer.from(String(d.inhoud).replace('</sheetData>', `${rijen}</sheetData>`)) }
        : d,
    ),
  );
}
let nullen200: Buffer | undefined;
/** 200 MB of zeros as raw deflate (about 0.9 MB; made once, about a quarter of a second). */
const tweehonderdMbNullen = () => {
  nullen200 ??= deflateRawSync(Buffer.alloc(200 * MB), { level: 1 });
  return nullen200;
};

/** The header row of an organisation list and of a candidate list, both in one row. */
export const KOPPEN = ['Naam', 'Soort', 'Gemeente', 'Code'];

/**
 * Writes the hostile corpus into `map` and returns name → path. Every file is refused by every
 * importer, before anything is stored.
 */
export async function maakCorpus(map: string): Promise<Record<string, string>> {
  const goed = await werkboek([KOPPEN, ['Stichting Proef', 'Overig', 'Goes', 'K-1']]);
  const delen = delenVan(goed);
  const met = (...extra: Deel[]) => maakZip([...delen, ...extra]);
  const zonder = (naam: string) => maakZip(delen.filter((d) => d.naam !== naam));
  const blad1 = (pakUit(goed).get('xl/worksheets/sheet1.xml') as Buffer).toString('utf8');
  const metDeel = (naam: string, xml: string) =>
    maakZip(delen.map((d) => (d.naam === naam ? { ...d, inhoud: Buffer.from(xml) } : d)));
  const metBlad1 = (xml: string) => metDeel('xl/worksheets/sheet1.xml', xml);

  // More rows than allowed, as plain XML rows (fast to make, a few hundred kB).
  const rijen = Array.from(
    { length: 12_000 },
    (_, i) => `<row r="${i + 3}"><c r="A${i + 3}" t="inlineStr"><is><t>Org ${i}</t></is></c></row>`,
  ).join('');
  const grootBlad = blad1.replace('</sheetData>', `${rijen}</sheetData>`);
  // One row, but numbered 20,000: exceljs then counts 20,000 rows for the readers to walk.
  const verreRij = blad1.replace(
    '</sheetData>',
    '<row r="20000"><c r="A20000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
  );
  const verreKolom = blad1.replace(
    '</sheetData>',
    '<row r="3"><c r="KZ3" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
  );

  // One more shared string than allowed (a list of this size never needs that many), each a
  // different text, as a real file has (repeated text would be refused for its compression ratio).
  const sst = (pakUit(goed).get('xl/sharedStrings.xml') as Buffer).toString('utf8');
  const veelTeksten = sst.replace(
    /<\/sst>$/,
    `${Array.from({ length: GRENZEN.gedeeldeTeksten + 1 }, (_, i) => `<si><t>T${i}</t></si>`).join('')}</sst>`,
  );

  const formule = await werkboek([
    KOPPEN,
    [
      { formula: '"Stichting "&"Proef"', result: 'Stichting Proef' },
      'Overig',
      { formula: 'HYPERLINK("http://x","Goes")', result: 'Goes' },
      'K-1',
    ],
  ]);
  const foutcel = await werkboek([KOPPEN, ['Stichting Proef', 'Overig', { error: '#REF!' }, 'K-1']]);
  const foutresultaat = await werkboek([
    KOPPEN,
    [
      { formula: '1/0', result: { error: '#DIV/0!' } },
      'Overig',
      { formula: 'A1', result: { error: '#N/A' } },
      'K-1',
    ],
  ]);
  const gewoon = await werkboek([KOPPEN, ['Stichting Proef', 'Overig', 'Goes', 'K-1']]);
  const afgekapt = gewoon.subarray(0, gewoon.length - 100);
  const rommelCd = Buffer.from(gewoon);
  const cdBegin = rommelCd.readUInt32LE(rommelCd.length - 22 + 16);
  for (let i = cdBegin; i < rommelCd.length - 22; i++) rommelCd[i] = (i * 7919) & 0xff;

  const bestanden: Record<string, Buffer> = {
    // 200 MB of zeros, honestly declared: over the total.
    'zipbom.xlsx': met({ naam: 'xl/media/image1.png', ingepakt: tweehonderdMbNullen(), opgegeven: 200 * MB }),
    // 40 MB of zeros, honestly declared: under the total, but about 1000:1.
    'zipbom-verhouding.xlsx': met({ naam: 'xl/media/image1.png', inhoud: Buffer.alloc(40 * MB) }),
    // 200 MB of zeros declared as 1 MB: only the real inflation shows it.
    'zipbom-liegt.xlsx': met({ naam: 'xl/media/image1.png', ingepakt: tweehonderdMbNullen(), opgegeven: MB }),
    'veel-onderdelen.xlsx': met(
      ...Array.from({ length: 2001 }, (_, i) => ({ naam: `xl/media/x${i}.bin`, inhoud: Buffer.from('x') })),
    ),
    'veel-bladen.xlsx': await werkboek([KOPPEN], 51),
    'groot-blad.xlsx': metBlad1(grootBlad),
    'verre-rij.xlsx': metBlad1(verreRij),
    'verre-kolom.xlsx': metBlad1(verreKolom),
    // Just over the cell limit: 10,000 rows of 26 columns, within the row and column limits.
    'veel-cellen.xlsx': await celrijkWerkboek(26),
    'veel-teksten.xlsx': metDeel('xl/sharedStrings.xml', veelTeksten),
    'afgekapt.xlsx': afgekapt,
    'rommel-centrale-map.xlsx': rommelCd,
    'plaatje.xlsx': Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(200, 1),
    ]),
    'document.xlsx': Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
    'tekst.xlsx': Buffer.from('Naam;Soort;Gemeente\nStichting Proef;Overig;Goes\n'),
    'oud-xls.xlsx': Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]),
    'gewone-zip.xlsx': maakZip([{ naam: 'leesmij.txt', inhoud: Buffer.from('hallo') }]),
    'zonder-workbook.xlsx': zonder('xl/workbook.xml'),
    'pad-omhoog.xlsx': met({ naam: '../../buiten.txt', inhoud: Buffer.from('x') }),
    'pad-absoluut.xlsx': met({ naam: '/etc/buiten.txt', inhoud: Buffer.from('x') }),
    'pad-backslash.xlsx': met({ naam: 'xl\\..\\..\\buiten.txt', inhoud: Buffer.from('x') }),
    'formule.xlsx': formule,
    'foutcel.xlsx': foutcel,
    'foutresultaat.xlsx': foutresultaat,
  };
  const paden: Record<string, string> = {};
  for (const [naam, bytes] of Object.entries(bestanden)) {
    paden[naam] = join(map, naam);
    await fs.writeFile(paden[naam], bytes);
  }
  return paden;
}
