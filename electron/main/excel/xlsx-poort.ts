import { inflateRawSync } from 'node:zlib';

/**
 * The gate every imported Excel file passes before exceljs sees it. An .xlsx file is a zip
 * archive; a file sent by another organisation may be damaged, mislabelled or made to hurt
 * (a zip bomb, thousands of parts, part names that climb out of a folder). This reads the zip's
 * own table of contents with Node built-ins only and refuses what no real list or form needs.
 *
 * Declared sizes in a zip can lie. exceljs unpacks with JSZip, which inflates each part in full
 * and does not hold it to its declared size, so checking the declared sizes and the compression
 * ratio alone is not enough: every compressed part is inflated here once, with zlib's
 * `maxOutputLength` set to the size the part declares. A part that inflates to more than it
 * declares is refused before it can fill memory, so the declared-size limits below hold for
 * what JSZip will really produce. That costs one extra inflate of at most GRENZEN.totaal bytes,
 * a fraction of a second next to the parsing that follows.
 */

export const GRENZEN = {
  /** Real workbooks have a few dozen parts; thousands only serve to slow the reader down. */
  onderdelen: 2000,
  /** Uncompressed, per part and in total: a 10,000-row list is a few MB of XML. */
  totaal: 100 * 1024 * 1024,
  /** Sheet XML compresses about 10:1 to 30:1; 200:1 only happens with padding made to inflate. */
  verhouding: 200,
  /** Small parts may compress extremely (an empty sheet); the ratio counts from this size on. */
  verhoudingVanaf: 1024 * 1024,
  werkbladen: 50,
  rijen: 10_000,
  kolommen: 200,
  /**
   * Cells (`<c>` elements) in all sheets together, counted before parsing. exceljs needs about
   * 400 bytes and 20 µs per cell: a 9 MB file with 2 million cells (10,000 rows of 200 columns,
   * within the row and column limits) took 37 s and 820 MB. 250,000 is a 10,000-row list with 25
   * columns; Tafelwerk's lists have 6. At the limit exceljs needs about 100 MB.
   */
  cellen: 250_000,
  /** Shared strings (`<si>`), which exceljs holds in memory all at once, whether used or not. */
  gedeeldeTeksten: 250_000,
} as const;

export type Keuring =
  | { ok: true }
  /** 'geen-excel': not an xlsx at all; 'geweigerd': an xlsx that is damaged or unsafe to read. */
  | { ok: false; soort: 'geen-excel' | 'geweigerd'; melding: string };

export const GEEN_EXCEL = 'Dit bestand is geen leesbaar Excel-bestand (.xlsx).';
const OUD_OF_BEVEILIGD =
  'Dit bestand is een oud Excel-bestand (.xls) of is beveiligd met een wachtwoord. ' +
  'Sla het in Excel op als .xlsx zonder wachtwoord en kies het opnieuw.';
const BESCHADIGD = 'Dit Excel-bestand is beschadigd of onvolledig en kan niet worden gelezen.';
const TE_GROOT = `Dit Excel-bestand is uitgepakt te groot om veilig te lezen (meer dan ${GRENZEN.totaal / 1024 / 1024} MB).`;
const INGEPAKT =
  'Dit Excel-bestand bevat een onderdeel dat ongewoon sterk is ingepakt; Tafelwerk leest het niet, ' +
  'om de computer te beschermen. Sla het bestand opnieuw op in Excel en probeer het nog eens.';
/** 250000 → "250.000", whatever locale data the runtime has. */
const duizendtallen = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const TE_VEEL_CELLEN =
  `Dit Excel-bestand bevat te veel gevulde cellen (meer dan ${duizendtallen(GRENZEN.cellen)}). ` +
  'Tafelwerk leest het niet, om de computer te beschermen. Laat alleen de kolommen van de lijst ' +
  'staan of verdeel de lijst over meerdere bestanden, en lees het opnieuw in.';
const TE_VEEL_TEKSTEN =
  `Dit Excel-bestand bevat te veel verschillende teksten (meer dan ${duizendtallen(GRENZEN.gedeeldeTeksten)}). ` +
  'Tafelwerk leest het niet, om de computer te beschermen. Verdeel de lijst over meerdere bestanden, ' +
  'of kopieer alleen de waarden naar een nieuw Excel-bestand, en lees het opnieuw in.';
const VREEMDE_NAAM =
  'Dit Excel-bestand bevat een onderdeel met een ongeldige naam; Tafelwerk leest het niet.';

const geenExcel = (melding = GEEN_EXCEL): Keuring => ({ ok: false, soort: 'geen-excel', melding });
const geweigerd = (melding: string): Keuring => ({ ok: false, soort: 'geweigerd', melding });

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAAL = 0x02014b50;
const LOKAAL = 0x04034b50;

/** `..`, an absolute path, a drive letter, a backslash or a control character in a part name. */
function vreemdeNaam(naam: string): boolean {
  if (naam === '' || naam.startsWith('/') || naam.includes('\\') || /^[a-zA-Z]:/.test(naam)) return true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f]/.test(naam)) return true;
  return naam.split('/').some((deel) => deel === '..' || deel === '.');
}

/** Space, `>`, `/`, newline, CR or tab: what may follow an element name in a start tag. */
const eindeNaam = (b: number | undefined) =>
  b === 0x20 || b === 0x3e || b === 0x2f || b === 0x0a || b === 0x0d || b === 0x09;
const naamTeken = (b: number | undefined) =>
  b !== undefined &&
  ((b >= 0x41 && b <= 0x5a) ||
    (b >= 0x61 && b <= 0x7a) ||
    (b >= 0x30 && b <= 0x39) ||
    b === 0x5f ||
    b === 0x2e ||
    b === 0x2d);

/**
 * Start tags of element `naam` in XML, with or without a namespace prefix (`<c `, `<x:c>`, `<c/>`);
 * closing tags, longer names (`<cols`) and text do not count. Two native searches over the bytes,
 * no parsing; the count stops once it is past `tot`, so a file far over a limit costs no more
 * than one just over it.
 */
export function telElementen(xml: Buffer, naam: string, tot = Number.POSITIVE_INFINITY): number {
  let n = 0;
  const open = Buffer.from(`<${naam}`);
  for (let i = xml.indexOf(open); i !== -1 && n <= tot; i = xml.indexOf(open, i + open.length))
    if (eindeNaam(xml[i + open.length])) n++;
  const metPrefix = Buffer.from(`:${naam}`);
  for (
    let i = xml.indexOf(metPrefix);
    i !== -1 && n <= tot;
    i = xml.indexOf(metPrefix, i + metPrefix.length)
  ) {
    if (!eindeNaam(xml[i + metPrefix.length])) continue;
    let j = i - 1;
    while (j >= 0 && j > i - 40 && naamTeken(xml[j])) j--;
    if (j < i - 1 && xml[j] === 0x3c /* < */) n++;
  }
  return n;
}

/** Rows in sheet XML: `<row` or `<x:row` start tags (closing tags and `<rowBreaks` do not count). */
export const telRijen = (xml: Buffer): number => telElementen(xml, 'row');

/**
 * Checks the zip container of an .xlsx file without trusting it. Never throws: the caller turns
 * a refusal into its own kind of error.
 */
export function keurXlsx(bytes: Uint8Array): Keuring {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1)
    return geenExcel(OUD_OF_BEVEILIGD);
  const lijktZip = buf.length >= 4 && buf.readUInt32LE(0) === LOKAAL;
  const kapot = () => (lijktZip ? geweigerd(BESCHADIGD) : geenExcel());
  if (buf.length < 22) return kapot();

  // End of central directory: 22 bytes plus a comment of at most 65,535, at the very end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD && i + 22 + buf.readUInt16LE(i + 20) === buf.length) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return kapot();
  const schijf = buf.readUInt16LE(eocd + 4);
  const schijfCd = buf.readUInt16LE(eocd + 6);
  const opSchijf = buf.readUInt16LE(eocd + 8);
  const aantal = buf.readUInt16LE(eocd + 10);
  const cdGrootte = buf.readUInt32LE(eocd + 12);
  const cdBegin = buf.readUInt32LE(eocd + 16);
  // ZIP64 is only needed above 4 GB or 65,535 parts, far beyond any import: refused, not parsed.
  const zip64 =
    (eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) ||
    aantal === 0xffff ||
    cdGrootte === 0xffffffff ||
    cdBegin === 0xffffffff;
  if (zip64) return geweigerd(TE_GROOT);
  if (schijf !== 0 || schijfCd !== 0 || opSchijf !== aantal) return kapot();
  if (aantal > GRENZEN.onderdelen)
    return geweigerd(`Dit Excel-bestand bestaat uit te veel onderdelen (meer dan ${GRENZEN.onderdelen}).`);
  if (cdBegin + cdGrootte > eocd) return kapot();

  const namen = new Set<string>();
  const delen: { naam: string; methode: number; ingepakt: number; uitgepakt: number; data: number }[] = [];
  let totaal = 0;
  let p = cdBegin;
  for (let n = 0; n < aantal; n++) {
    if (p + 46 > cdBegin + cdGrootte || buf.readUInt32LE(p) !== CENTRAAL) return kapot();
    const vlaggen = buf.readUInt16LE(p + 8);
    const methode = buf.readUInt16LE(p + 10);
    const ingepakt = buf.readUInt32LE(p + 20);
    const uitgepakt = buf.readUInt32LE(p + 24);
    const naamLengte = buf.readUInt16LE(p + 28);
    const volgende = p + 46 + naamLengte + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const lokaal = buf.readUInt32LE(p + 42);
    if (volgende > cdBegin + cdGrootte) return kapot();
    const naam = buf.toString(vlaggen & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + naamLengte);
    p = volgende;

    if (vreemdeNaam(naam) || namen.has(naam)) return geweigerd(VREEMDE_NAAM);
    namen.add(naam);
    if (vlaggen & 0x1) return geenExcel(OUD_OF_BEVEILIGD);
    if (ingepakt === 0xffffffff || uitgepakt === 0xffffffff) return geweigerd(TE_GROOT);
    if (methode !== 0 && methode !== 8) return kapot();
    if (methode === 0 && ingepakt !== uitgepakt) return kapot();
    totaal += uitgepakt;
    if (uitgepakt > GRENZEN.totaal || totaal > GRENZEN.totaal) return geweigerd(TE_GROOT);
    if (uitgepakt > GRENZEN.verhoudingVanaf && uitgepakt > GRENZEN.verhouding * Math.max(ingepakt, 1))
      return geweigerd(INGEPAKT);

    // Where the data starts is told by the local header, which JSZip reads the same way.
    if (lokaal + 30 > cdBegin || buf.readUInt32LE(lokaal) !== LOKAAL) return kapot();
    const data = lokaal + 30 + buf.readUInt16LE(lokaal + 26) + buf.readUInt16LE(lokaal + 28);
    if (data + ingepakt > cdBegin) return kapot();
    if (!naam.endsWith('/')) delen.push({ naam, methode, ingepakt, uitgepakt, data });
  }
  if (p !== cdBegin + cdGrootte) return kapot();
  if (!namen.has('[Content_Types].xml') || !namen.has('xl/workbook.xml')) return geenExcel();

  const bladen = delen.filter((d) => /^xl\/worksheets\/[^/]+\.xml$/i.test(d.naam));
  if (bladen.length > GRENZEN.werkbladen)
    return geweigerd(`Dit Excel-bestand heeft te veel werkbladen (meer dan ${GRENZEN.werkbladen}).`);

  let cellen = 0;
  let teksten = 0;
  for (const deel of delen) {
    let inhoud: Buffer;
    const ruw = buf.subarray(deel.data, deel.data + deel.ingepakt);
    if (deel.methode === 0) inhoud = ruw;
    else {
      try {
        // One byte more than declared: a part that gets there lied about its size.
        inhoud = inflateRawSync(ruw, { maxOutputLength: deel.uitgepakt + 1 });
      } catch (err) {
        const teLang = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
        return teLang ? geweigerd(INGEPAKT) : kapot();
      }
      if (inhoud.length !== deel.uitgepakt) return teLang(inhoud.length, deel.uitgepakt);
    }
    // Counted before exceljs parses anything, in every XML part whatever its name: exceljs takes
    // any part whose name merely contains xl/worksheets/sheetN.xml for a sheet. Parsing is what
    // costs time and memory; counting the start tags costs a search through bytes already here.
    if (deel.naam.includes('.xml')) {
      cellen += telElementen(inhoud, 'c', GRENZEN.cellen - cellen);
      if (cellen > GRENZEN.cellen) return geweigerd(TE_VEEL_CELLEN);
      teksten += telElementen(inhoud, 'si', GRENZEN.gedeeldeTeksten - teksten);
      if (teksten > GRENZEN.gedeeldeTeksten) return geweigerd(TE_VEEL_TEKSTEN);
    }
    if (bladen.includes(deel) && telElementen(inhoud, 'row', GRENZEN.rijen) > GRENZEN.rijen)
      return teVeelRijen();
  }
  return { ok: true };
}

const teLang = (werkelijk: number, opgegeven: number): Keuring =>
  werkelijk > opgegeven ? geweigerd(INGEPAKT) : geweigerd(BESCHADIGD);

export const teVeelRijenMelding = `Een werkblad in dit Excel-bestand heeft meer dan 10.000 rijen. Verdeel de lijst over meerdere bestanden.`;
const teVeelRijen = (): Keuring => geweigerd(teVeelRijenMelding);
