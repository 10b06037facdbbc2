import ExcelJS from 'exceljs';
import {
  ACTIVITEIT_STATUS_LABEL,
  type ActiviteitStatus,
  isTeLaat,
  maandReeks,
  type Planning,
} from '../../../shared/domain/planning';
import { formatDatum, formatMaand, vandaagIso } from '../../../shared/format/nl';
import { nu } from '../../../shared/klok';
import { MARGES, stijlKopRij } from './werkboek';

/** Fill per status, as a hand-made Excel planning would colour it; late work stands out in red. */
export const STATUS_KLEUR: Record<ActiviteitStatus | 'te_laat', string> = {
  gepland: 'FFBDD7EE',
  bezig: 'FFFFE699',
  klaar: 'FFC6E0B4',
  vertraagd: 'FFF4B183',
  te_laat: 'FFF8CBAD',
};
const vulling = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const VASTE_KOLOMMEN = 3;

/**
 * "Planning": months across, activities down, grouped by phase, each activity's months filled in
 * its status colour, milestones marked with ◆, a legend, printable on one page wide.
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
  blad.getCell('A2').value = `Werkgroep: ${werkgroep} · gemaakt op ${formatDatum(vandaagIso(gemaaktOp))}`;
  blad.getCell('A2').font = { name: 'Calibri', italic: true, color: { argb: 'FF555555' } };

  const kop = blad.getRow(4);
  kop.values = [
    'Activiteit',
    'Eigenaar',
    'Status',
    ...maanden.map((m) => `${formatMaand(m).slice(0, 3)}\n${m.slice(0, 4)}`),
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
      const kleur = STATUS_KLEUR[teLaat && a.status !== 'vertraagd' ? 'te_laat' : a.status];
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
  for (const [status, label] of [
    ['gepland', 'Gepland'],
    ['bezig', 'Bezig'],
    ['klaar', 'Klaar'],
    ['vertraagd', 'Vertraagd'],
    ['te_laat', 'Te laat (einde voorbij, niet klaar)'],
  ] as const) {
    blad.getCell(r, 1).value = label;
    blad.getCell(r, 2).fill = vulling(STATUS_KLEUR[status]);
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
    oddHeader: `&L${werkgroep.replace(/&/g, '&&')}&RPlanning`,
    oddFooter: '&RPagina &P van &N',
  };
  return wb;
}
