import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatDatum, metSoort } from '../../../shared/format/nl';
import { LETTER } from '../excel/werkboek';
import { atomicWrite } from '../store/file-io';

/**
 * House style for Word exports, matching the Excel exports (excel/werkboek.ts): Calibri, the title
 * in 14 pt bold, the werkgroep in grey italics, tables with a light blue header row and thin blue
 * borders, A4 portrait with the werkgroep in the page header and date and page number in the footer.
 */

/** A4 portrait in twips (1/1440 inch): what Word itself writes for A4. */
export const A4 = { breedte: 11906, hoogte: 16838 } as const;
/** 2 cm margins: room to write notes by hand, enough width for a four-column table. */
const MARGE = 1134;
/** The text width between the margins, which table columns share. */
export const TEKSTBREEDTE = A4.breedte - 2 * MARGE;

const KOP_VULLING = 'DCE6F1';
const RAND = { style: BorderStyle.SINGLE, size: 4, color: '8EA9C8' } as const;
const RANDEN = {
  top: RAND,
  bottom: RAND,
  left: RAND,
  right: RAND,
  insideHorizontal: RAND,
  insideVertical: RAND,
};
const GRIJS = '555555';

export interface WordKolom<T> {
  kop: string;
  /** Share of the text width, in percent; the shares of a table add up to 100. */
  breedte: number;
  waarde: (rij: T) => string;
  /** Numbers sit centred, as in typed minutes. */
  midden?: boolean;
}

/** Local calendar date of a moment, as ISO (the stamp under the title). */
const isoDag = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const kop = (tekst: string) => new Paragraph({ text: tekst, heading: HeadingLevel.HEADING_2 });

export const alinea = (tekst: string, opties: { cursief?: boolean; vet?: string; voor?: number } = {}) =>
  new Paragraph({
    spacing: { before: opties.voor, after: 80 },
    children: [
      ...(opties.vet ? [new TextRun({ text: opties.vet, bold: true })] : []),
      new TextRun({ text: tekst, italics: opties.cursief }),
    ],
  });

const cel = (tekst: string, breedte: number, o: { kop?: boolean; midden?: boolean; vulling?: string }) =>
  new TableCell({
    width: { size: Math.round((TEKSTBREEDTE * breedte) / 100), type: WidthType.DXA },
    shading: o.vulling ? { type: ShadingType.CLEAR, color: 'auto', fill: o.vulling } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    // A note may hold several lines; each becomes its own paragraph.
    children: (tekst || '').split('\n').map(
      (regel) =>
        new Paragraph({
          alignment: o.midden ? AlignmentType.CENTER : AlignmentType.LEFT,
          // 10 pt in tables, as in typed minutes: a date fits its column on one line.
          children: [new TextRun({ text: regel, bold: o.kop, size: 20 })],
        }),
    ),
  });

/**
 * A table in house style; the header row repeats on every page. `vulling` colours a whole row
 * (overdue actions in light red, as on screen and in Excel). Without rows: the leegTekst instead.
 */
export function tabel<T>(
  kolommen: WordKolom<T>[],
  rijen: T[],
  leegTekst: string,
  vulling?: (rij: T) => string | undefined,
): Paragraph | Table {
  if (rijen.length === 0) return alinea(leegTekst, { cursief: true });
  return new Table({
    width: { size: TEKSTBREEDTE, type: WidthType.DXA },
    columnWidths: kolommen.map((k) => Math.round((TEKSTBREEDTE * k.breedte) / 100)),
    borders: RANDEN,
    rows: [
      new TableRow({
        tableHeader: true,
        children: kolommen.map((k) => cel(k.kop, k.breedte, { kop: true, vulling: KOP_VULLING })),
      }),
      ...rijen.map(
        (rij) =>
          new TableRow({
            cantSplit: true,
            children: kolommen.map((k) =>
              cel(k.waarde(rij), k.breedte, { midden: k.midden, vulling: vulling?.(rij) }),
            ),
          }),
      ),
    ],
  });
}

export interface WordDocumentOpties {
  titel: string;
  werkgroep: string;
  gemaaktOp: Date;
  inhoud: (Paragraph | Table)[];
}

/** One A4 portrait section: title block, then the content, page header and footer on every page. */
export function wordDocument(o: WordDocumentOpties): Document {
  const werkgroep = metSoort('Werkgroep', o.werkgroep);
  const datum = formatDatum(isoDag(o.gemaaktOp));
  const klein = { size: 18, color: GRIJS };
  return new Document({
    creator: werkgroep,
    title: o.titel,
    styles: {
      default: {
        document: { run: { font: LETTER, size: 22 } },
        heading1: { run: { font: LETTER, size: 28, bold: true }, paragraph: { spacing: { after: 60 } } },
        heading2: {
          run: { font: LETTER, size: 24, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.breedte, height: A4.hoogte },
            margin: { top: MARGE, bottom: MARGE, left: MARGE, right: MARGE, header: 567, footer: 567 },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: werkgroep, ...klein })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: 'right', position: TEKSTBREEDTE }],
                children: [
                  new TextRun({ text: `Gemaakt op ${datum}`, ...klein }),
                  new TextRun({
                    children: ['\tPagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
                    ...klein,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: o.titel, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            spacing: { after: 240 },
            children: [
              new TextRun({ text: `${werkgroep} · gemaakt op ${datum}`, italics: true, color: GRIJS }),
            ],
          }),
          ...o.inhoud,
        ],
      },
    ],
  });
}

export async function schrijfDocument(doc: Document, pad: string): Promise<void> {
  await atomicWrite(pad, new Uint8Array(await Packer.toBuffer(doc)));
}
