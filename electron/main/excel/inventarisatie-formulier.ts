import ExcelJS from 'exceljs';
import type { Sjabloon, Vraag } from '../../../shared/domain/inventarisatie';
import { formatDatum, metSoort } from '../../../shared/format/nl';
import { formulierKenmerk } from './formulier-kenmerk';
import { MARGES } from './werkboek';

/**
 * The inventarisatie form as an Excel file that goes out to one organisation and comes back
 * filled in. The visible sheet holds the questions with unlocked answer cells (the rest is
 * protected, so the structure survives); a very hidden sheet holds the marker: which round,
 * template version and organisation, and which cell answers which question, with a MAC over all of
 * it under the werkgroep's key (formulier-kenmerk.ts) in row 5.
 */

export const MARKER = 'TAFELWERK-FORMULIER';
/** 2: the marker carries a MAC. Forms of version 1 (without one) are refused on return. */
export const MARKER_VERSIE = 2;
/** The marker version of forms made before the MAC. */
export const MARKER_VERSIE_ZONDER_KENMERK = 1;
export const FORMULIERBLAD = 'Formulier';
export const MARKERBLAD = 'Tafelwerk';

export interface FormulierGegevens {
  werkgroep: string;
  ronde: { id: string; naam: string; deadline: string | null };
  sjabloon: Sjabloon;
  organisatie: { id: string; naam: string };
  /** The werkgroep's key for the marker's MAC (repositories/formulier-sleutel.ts). */
  sleutel: Buffer;
}

/** One answer cell: for meerkeuze `deel` is the choice, for aanbod the option code (with a places cell). */
export interface Celverwijzing {
  sleutel: string;
  deel: string;
  cel: string;
  plaatsen: string | null;
}

const LETTER = 'Calibri';
const ANTWOORD_VULLING: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
const SECTIE_VULLING: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const DUN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFB0B0B0' } };
const KADER: Partial<ExcelJS.Borders> = { top: DUN, bottom: DUN, left: DUN, right: DUN };
const JA_NEE = '"ja,nee"';

/** Rows with wrapped text need a height of their own (see werkboek.ts). */
function hoogte(rij: ExcelJS.Row, tekst: string, breedte: number): void {
  const regels = Math.max(1, Math.ceil((tekst.length * 1.2) / breedte));
  if (regels > 1) rij.height = regels * 15;
}

function antwoordCel(cel: ExcelJS.Cell, validatie?: ExcelJS.DataValidation): void {
  cel.protection = { locked: false };
  cel.fill = ANTWOORD_VULLING;
  cel.border = KADER;
  cel.alignment = { wrapText: true, vertical: 'top' };
  if (validatie) cel.dataValidation = validatie;
}

const lijst = (formule: string, fout: string): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [formule],
  showErrorMessage: true,
  errorStyle: 'warning',
  errorTitle: 'Onbekend antwoord',
  error: fout,
});

const HINT: Record<Vraag['soort'], string> = {
  open: 'Typ uw antwoord in het gele vak.',
  janee: 'Kies ja of nee.',
  getal: 'Een getal.',
  enkelkeuze: 'Kies één antwoord uit de lijst.',
  meerkeuze: 'Zet een x bij alles wat van toepassing is.',
  aanbod: 'Kies ja bij wat u kunt bieden en noem zo mogelijk het aantal plaatsen.',
};

/** Writes one question from row `r`; returns the next free row and the answer cells. */
function schrijfVraag(blad: ExcelJS.Worksheet, r: number, v: Vraag): { r: number; cellen: Celverwijzing[] } {
  const kop = blad.getRow(r);
  const tekst = `${v.tekst}${v.verplicht ? ' (verplicht)' : ''}`;
  kop.getCell(1).value = tekst;
  kop.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  kop.getCell(1).font = { name: LETTER, size: 11, bold: true };
  const toelichting = [v.toelichting, HINT[v.soort]].filter(Boolean).join(' ');
  kop.getCell(3).value = toelichting;
  kop.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  kop.getCell(3).font = { name: LETTER, size: 9, italic: true, color: { argb: 'FF555555' } };
  const cellen: Celverwijzing[] = [];
  const enkel = (validatie?: ExcelJS.DataValidation) => {
    antwoordCel(kop.getCell(2), validatie);
    cellen.push({ sleutel: v.sleutel, deel: '', cel: kop.getCell(2).address, plaatsen: null });
  };
  switch (v.soort) {
    case 'open':
      enkel();
      hoogte(kop, tekst, 45);
      kop.height = Math.max(kop.height ?? 15, 45);
      return { r: r + 1, cellen };
    case 'janee':
      enkel(lijst(JA_NEE, 'Kies ja of nee.'));
      hoogte(kop, tekst, 45);
      return { r: r + 1, cellen };
    case 'getal':
      enkel({
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [0],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: 'Geen getal',
        error: 'Vul een getal in (0 of meer).',
      });
      hoogte(kop, tekst, 45);
      return { r: r + 1, cellen };
    case 'enkelkeuze':
      // Excel allows at most 255 characters in a list written inline; longer lists get no dropdown.
      enkel(
        v.keuzes.join(',').length <= 250
          ? lijst(
              `"${v.keuzes.map((k) => k.replace(/[,"]/g, ' ')).join(',')}"`,
              'Kies een antwoord uit de lijst.',
            )
          : undefined,
      );
      hoogte(kop, tekst, 45);
      return { r: r + 1, cellen };
    case 'meerkeuze': {
      hoogte(kop, tekst, 45);
      let rij = r + 1;
      for (const keuze of v.keuzes) {
        const regel = blad.getRow(rij);
        regel.getCell(1).value = `   ${keuze}`;
        regel.getCell(1).alignment = { wrapText: true, indent: 1 };
        antwoordCel(regel.getCell(2), lijst('"x"', 'Zet een x, of laat het vak leeg.'));
        cellen.push({ sleutel: v.sleutel, deel: keuze, cel: regel.getCell(2).address, plaatsen: null });
        rij++;
      }
      return { r: rij, cellen };
    }
    case 'aanbod': {
      hoogte(kop, tekst, 45);
      const koppen = blad.getRow(r + 1);
      koppen.values = ['Mogelijkheid', 'Kunt u dit bieden?', 'Aantal plaatsen (per jaar)'];
      koppen.font = { name: LETTER, size: 10, italic: true };
      let rij = r + 2;
      for (const optie of v.opties) {
        const regel = blad.getRow(rij);
        regel.getCell(1).value = `   ${optie.naam}`;
        antwoordCel(regel.getCell(2), lijst(JA_NEE, 'Kies ja of nee.'));
        antwoordCel(regel.getCell(3), {
          type: 'whole',
          operator: 'greaterThanOrEqual',
          allowBlank: true,
          formulae: [0],
          showErrorMessage: true,
          errorStyle: 'warning',
          errorTitle: 'Geen aantal',
          error: 'Vul een heel aantal plaatsen in (0 of meer), of laat het vak leeg.',
        });
        cellen.push({
          sleutel: v.sleutel,
          deel: optie.code,
          cel: regel.getCell(2).address,
          plaatsen: regel.getCell(3).address,
        });
        rij++;
      }
      return { r: rij, cellen };
    }
  }
}

/** The form for one organisation, ready to send. */
export async function inventarisatieFormulier(g: FormulierGegevens): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tafelwerk';
  const blad = wb.addWorksheet(FORMULIERBLAD, {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: MARGES,
    },
  });
  blad.columns = [{ width: 52 }, { width: 40 }, { width: 34 }];
  blad.getCell('A1').value = metSoort('Inventarisatie', g.ronde.naam);
  blad.getCell('A1').font = { name: LETTER, size: 16, bold: true };
  blad.getCell('A2').value = `Voor: ${g.organisatie.naam}`;
  blad.getCell('A2').font = { name: LETTER, size: 12, bold: true };
  blad.getCell('A3').value =
    `Van: ${g.werkgroep}${g.ronde.deadline ? ` · graag terug vóór ${formatDatum(g.ronde.deadline)}` : ''}`;
  blad.mergeCells('A4:C4');
  blad.getCell('A4').value =
    'Vul de gele vakken in en stuur dit bestand terug. Verander niets aan de opzet of de bladnamen: ' +
    'Tafelwerk leest het formulier dan in één keer in. Een vak leeg laten mag, behalve bij een verplichte vraag.';
  blad.getCell('A4').alignment = { wrapText: true, vertical: 'top' };
  blad.getRow(4).height = 45;

  let r = 6;
  const cellen: Celverwijzing[] = [];
  for (const sectie of g.sjabloon.secties) {
    const kop = blad.getRow(r);
    kop.getCell(1).value = sectie.titel;
    for (const c of [1, 2, 3]) kop.getCell(c).fill = SECTIE_VULLING;
    kop.font = { name: LETTER, size: 12, bold: true };
    r++;
    if (sectie.toelichting) {
      blad.mergeCells(r, 1, r, 3);
      blad.getCell(r, 1).value = sectie.toelichting;
      blad.getCell(r, 1).alignment = { wrapText: true };
      blad.getCell(r, 1).font = { name: LETTER, size: 10, italic: true };
      hoogte(blad.getRow(r), sectie.toelichting, 120);
      r++;
    }
    for (const vraag of sectie.vragen) {
      const geschreven = schrijfVraag(blad, r, vraag);
      cellen.push(...geschreven.cellen);
      r = geschreven.r + 1;
    }
    r++;
  }
  await blad.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  const marker = wb.addWorksheet(MARKERBLAD, { state: 'veryHidden' });
  marker.addRow([MARKER, MARKER_VERSIE]);
  marker.addRow(['ronde', g.ronde.id]);
  marker.addRow(['sjabloon', g.sjabloon.id, g.sjabloon.versie]);
  marker.addRow(['organisatie', g.organisatie.id, g.organisatie.naam]);
  const kenmerk = formulierKenmerk(g.sleutel, {
    versie: MARKER_VERSIE,
    rondeId: g.ronde.id,
    sjabloonId: g.sjabloon.id,
    sjabloonVersie: g.sjabloon.versie,
    organisatieId: g.organisatie.id,
    organisatie: g.organisatie.naam,
    cellen,
  });
  marker.addRow(['kenmerk', kenmerk]);
  for (const c of cellen) marker.addRow([c.sleutel, c.deel, c.cel, c.plaatsen ?? '']);
  return wb;
}
