import ExcelJS from 'exceljs';
import { DEELNAME_STATUS_LABEL, type RondeResultaten } from '../../../shared/domain/inventarisatie';
import { nu } from '../../../shared/klok';
import { type Kolom, voegTabelbladToe } from './werkboek';

type MatrixRij = RondeResultaten['matrix'][number];
type Deelname = RondeResultaten['ronde']['deelnames'][number];

const AANGEBODEN: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFD8EFD3' } };

/**
 * "Inventarisatie – resultaten" for the FO: the menukaart matrix (places per organisation and
 * option; "ja" when offered without a number) with totals and colouring, one sheet per open
 * question, and who answered.
 */
export function inventarisatieResultatenWerkboek(
  r: RondeResultaten,
  werkgroep: string,
  gemaaktOp = nu(),
  /** Add the sheets to this workbook (the FO-pakket) instead of a new one. */
  wb = new ExcelJS.Workbook(),
) {
  const basis = { werkgroep, gemaaktOp };
  const kolommen: Kolom<MatrixRij>[] = [
    { kop: 'Organisatie', breedte: 34, soort: 'tekst', waarde: (m) => m.organisatie },
    ...r.opties.map(
      (o): Kolom<MatrixRij> => ({
        kop: o.naam,
        breedte: 13,
        soort: 'getal',
        waarde: (m) => {
          const p = m.aanbod[o.code];
          return p === null || p === undefined ? null : p === 0 ? 'ja' : p;
        },
      }),
    ),
  ];
  const { blad, kopRij, laatsteRij } = voegTabelbladToe(wb, {
    ...basis,
    naam: 'Aanbod',
    titel: `Aanbod per organisatie – ${r.ronde.naam}`,
    kolommen,
    rijen: r.matrix,
    totaal: { label: 'Plaatsen (bekend)', kolommen: r.opties.map((o) => o.naam) },
    leegTekst: 'Er zijn nog geen antwoorden binnen.',
    voetnoot: `Respons: ${Math.round(r.responsBp / 100)} % (${r.matrix.length} van ${r.ronde.deelnames.length} organisaties). Een getal is het aantal plaatsen; "ja" betekent aangeboden zonder aantal.`,
  });
  if (r.matrix.length > 0) {
    const telRij = blad.getRow(laatsteRij + 2);
    telRij.getCell(1).value = 'Organisaties die dit bieden';
    telRij.getCell(1).font = { name: 'Calibri', size: 11, bold: true };
    r.opties.forEach((o, i) => {
      const letter = blad.getColumn(i + 2).letter;
      telRij.getCell(i + 2).value = {
        formula: `COUNTA(${letter}${kopRij + 1}:${letter}${laatsteRij})`,
        result: r.totalen[o.code]?.organisaties ?? 0,
      };
      telRij.getCell(i + 2).font = { name: 'Calibri', size: 11, bold: true };
    });
    const laatste = blad.getColumn(r.opties.length + 1).letter;
    blad.addConditionalFormatting({
      ref: `B${kopRij + 1}:${laatste}${laatsteRij}`,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`NOT(ISBLANK(B${kopRij + 1}))`],
          style: { fill: AANGEBODEN },
        },
      ],
    });
  }
  r.antwoorden.forEach((vraag, i) => {
    voegTabelbladToe(wb, {
      ...basis,
      naam: `Vraag ${i + 1}`,
      titel: vraag.vraag,
      kolommen: [
        {
          kop: 'Organisatie',
          breedte: 34,
          soort: 'tekst',
          waarde: (p: { organisatie: string }) => p.organisatie,
        },
        { kop: 'Antwoord', breedte: 80, soort: 'tekst', waarde: (p: { tekst: string }) => p.tekst },
      ],
      rijen: vraag.per,
      leegTekst: 'Geen antwoorden op deze vraag.',
    });
  });
  voegTabelbladToe(wb, {
    ...basis,
    naam: 'Respons',
    titel: `Respons – ${r.ronde.naam}`,
    kolommen: [
      { kop: 'Organisatie', breedte: 34, soort: 'tekst', waarde: (d: Deelname) => d.organisatie },
      {
        kop: 'Status',
        breedte: 14,
        soort: 'tekst',
        waarde: (d: Deelname) => DEELNAME_STATUS_LABEL[d.status],
      },
      { kop: 'Ontvangen op', breedte: 14, soort: 'datum', waarde: (d: Deelname) => d.ontvangenOp },
    ],
    rijen: r.ronde.deelnames,
    leegTekst: 'Niemand gevraagd.',
  });
  return wb;
}
