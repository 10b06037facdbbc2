import ExcelJS from 'exceljs';
import {
  ACTIVITEIT_STATUS_LABEL,
  isTeLaat,
  maandReeks,
  type Planning,
} from '../../../shared/domain/planning';
import { formatDatum, formatMaandKort, metSoort, vandaagIso } from '../../../shared/format/nl';
import {
  excelKleur,
  PLANNING_KLEUR,
  PLANNING_UITLEG,
  type PlanningSoort,
  planningSoort,
} from '../../../shared/format/status-kleuren';
import { nu } from '../../../shared/klok';
import { MARGES, paginaKop, stijlKopRij } from './werkboek';

const vulling = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const VASTE_KOLOMMEN = 3;

/**
 * "Planning": months across, activities down, grouped by phase, each activity's months filled in
 * its status colour (the Gantt's), milestones marked with ◆, a legend, printable on one page wide.
 */
export function planningWerkboek(
  p: Planning,
  werkgroep: string,
  vandaag: string,
  gemaaktOp = nu(),
  /** Add the sheet to this workbook (the FO-pakket) instead of a new one. */
  wb = new ExcelJS.Workbook(),
): ExcelJS.Workbook {
  wb.creator = 'Tafelwerk';
  const blad = wb.addWorksheet('Planning');
  const maanden = p.bereik ? maandReeks(p.bereik.van, p.bereik.tot) : [];
  blad.columns = [{ width: 42 }, { width: 16 }, { width: 12 }, ...maanden.map(() => ({ width: 6.5 }))];
  blad.getCell('A1').value = 'Planning';
  blad.getCell('A1').font = { name: 'Calibri', size: 14, bold: true };
  blad.getCell('A2').value =
    `${metSoort('Werkgroep', werkgroep)} · gemaakt op ${formatDatum(vandaagIso(gemaaktOp))}`;
  blad.getCell('A2').font = { name: 'Calibri', italic: true, color: { argb: 'FF555555' } };

  const kop = blad.getRow(4);
  kop.values = [
    'Activiteit',
    'Eigenaar',
    'Status',
    ...maanden.map((m) => `${formatMaandKort(m)}\n${m.slice(0, 4)}`),
  ];
  stijlKopRij(kop);
  kop.height = 30;
  for (let c = VASTE_KOLOMMEN + 1; c <= VASTE_KOLOMMEN + maanden.length; c++)
    kop.getCell(c).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };

  let r = 5;
  if (maanden.length === 0) blad.getCell(r++, 1).value = 'De planning is nog leeg.';
  for (const fase of p.fasen) {
    const faseRij = blad.getRow(r++);
    faseRij.getCell(1).value = fase.naam;
    faseRij.font = { name: 'Calibri', bold: true };
    for (const a of fase.activiteiten) {
      const rij = blad.getRow(r++);
      rij.getCell(1).value = `   ${a.titel}`;
      rij.getCell(2).value = a.eigenaar ?? '';
      const teLaat = isTeLaat(a, vandaag);
      rij.getCell(3).value =
        teLaat && a.status !== 'vertraagd' ? 'Te laat' : ACTIVITEIT_STATUS_LABEL[a.status];
      // The same colour as the bar on screen (shared/format/status-kleuren.ts).
      const kleur = excelKleur(PLANNING_KLEUR[planningSoort(a, vandaag)]);
      maanden.forEach((m, i) => {
        if (m >= a.startMaand && m <= a.eindMaand) rij.getCell(VASTE_KOLOMMEN + 1 + i).fill = vulling(kleur);
      });
    }
  }
  if (p.mijlpalen.length > 0) {
    r++;
    for (const m of p.mijlpalen) {
      const rij = blad.getRow(r++);
      rij.getCell(1).value = `◆ ${m.naam}`;
      rij.getCell(2).value = formatDatum(m.datum);
      const i = maanden.indexOf(m.datum.slice(0, 7));
      if (i >= 0) {
        const cel = rij.getCell(VASTE_KOLOMMEN + 1 + i);
        cel.value = '◆';
        cel.alignment = { horizontal: 'center' };
        cel.font = { name: 'Calibri', bold: true, color: { argb: 'FFC00000' } };
      }
    }
  }
  r++;
  blad.getCell(r++, 1).value = 'Legenda';
  blad.getCell(r - 1, 1).font = { name: 'Calibri', bold: true };
  for (const soort of ['gepland', 'bezig', 'klaar', 'laat'] as PlanningSoort[]) {
    blad.getCell(r, 1).value = PLANNING_UITLEG[soort];
    blad.getCell(r, 2).fill = vulling(excelKleur(PLANNING_KLEUR[soort]));
    r++;
  }
  blad.views = [{ state: 'frozen', xSplit: VASTE_KOLOMMEN, ySplit: 4, topLeftCell: 'D5' }];
  blad.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '4:4',
    margins: MARGES,
  };
  blad.headerFooter = {
    oddHeader: paginaKop(werkgroep, 'Planning'),
    oddFooter: '&RPagina &P van &N',
  };
  return wb;
}
