import type ExcelJS from 'exceljs';
import { aandeelProcent, PROCENT_OPMAAK } from '../../../shared/domain/aandelen';
import {
  KANDIDATEN_UITLEG,
  LADDER_GEMETEN_KOP,
  ladderUitleg,
  STAND_UITLEG,
  tijdTotBetaaldWerkUitleg,
} from '../../../shared/domain/indicator-teksten';
import { KANDIDAAT_STATUS_LABEL, KANDIDAAT_STATUSSEN } from '../../../shared/domain/kandidaten';
import {
  getoondeUitstroom,
  type Kerncijfers,
  LES_SOORT_LABEL,
  type Les,
  UITSTROOM_CATEGORIE_LABEL,
} from '../../../shared/domain/monitoring';
import { formatBedrag, formatDatum } from '../../../shared/format/nl';
import { lokaleDag } from '../../../shared/klok';
import { afdrukken, isoNaarExcelDatum, NUMFMT, regels, stijlKopRij, zetHoogte } from './werkboek';

/** What the Evaluatie sheet shows: frozen figures, the lessons, and the werkgroep's own words. */
export interface EvaluatieInhoud {
  titel: string;
  /** e.g. "naar de FO op 28-09-2026" or "concept"; for live figures "niet vastgesteld". */
  status: string;
  vastgelegdOp: string;
  cijfers: Kerncijfers;
  lessen: Les[];
  conclusies: string | null;
  voorstellen: string | null;
}

const BREEDTES = [44, 16, 16, 60];
const LETTER = 'Calibri';

/** Writes sections top to bottom; each knows its own row. */
class Schrijver {
  r = 1;
  constructor(readonly blad: ExcelJS.Worksheet) {}

  kop(tekst: string): void {
    this.r += 1;
    const cel = this.blad.getCell(this.r, 1);
    cel.value = tekst;
    cel.font = { name: LETTER, size: 13, bold: true };
    this.r += 1;
  }

  rij(waarden: ExcelJS.CellValue[], formaten: (string | undefined)[] = []): ExcelJS.Row {
    const rij = this.blad.getRow(this.r);
    waarden.forEach((w, i) => {
      const cel = rij.getCell(i + 1);
      cel.value = w;
      const fmt = formaten[i];
      if (fmt) cel.numFmt = fmt;
      cel.alignment = { vertical: 'top', wrapText: typeof w === 'string' };
    });
    const hoogste = Math.max(
      1,
      ...waarden.map((w, i) => (typeof w === 'string' ? regels(w, BREEDTES[i] ?? 16) : 1)),
    );
    zetHoogte(rij, hoogste);
    this.r += 1;
    return rij;
  }

  tabelkop(koppen: string[]): void {
    stijlKopRij(this.rij(koppen));
  }

  /** Text of any length across the four columns, wrapped. */
  alinea(tekst: string): void {
    this.blad.mergeCells(this.r, 1, this.r, 4);
    const cel = this.blad.getCell(this.r, 1);
    cel.value = tekst;
    cel.alignment = { vertical: 'top', wrapText: true };
    zetHoogte(
      this.blad.getRow(this.r),
      regels(
        tekst,
        BREEDTES.reduce((s, b) => s + b, 0),
        1.35,
      ),
    );
    this.r += 1;
  }
}

/** A whole percentage as the fraction Excel formats: 33 → 0.33, shown as "33 %". */
const alsFractie = (procent: number | null) => (procent === null ? null : procent / 100);

function kerncijfers(s: Schrijver, c: Kerncijfers): void {
  s.kop('Kerncijfers');
  s.tabelkop(['Indicator', 'Waarde', '', 'Toelichting']);
  s.rij([
    'Kandidaten in de periode',
    c.kandidaten.totaal,
    null,
    `Kandidaten ${KANDIDATEN_UITLEG}. ${STAND_UITLEG}`,
  ]);
  for (const status of KANDIDAAT_STATUSSEN)
    s.rij([`  waarvan ${KANDIDAAT_STATUS_LABEL[status].toLowerCase()}`, c.kandidaten.perStatus[status]]);
  s.rij(
    [
      'Gemiddelde stijging op de participatieladder (treden)',
      c.ladder.gemiddeldeStijging,
      null,
      `${ladderUitleg(c.ladder)}.`,
    ],
    [undefined, '+0.0;-0.0;0.0'],
  );
  s.rij([
    'Mediaan tijd tot betaald werk (dagen)',
    c.tijdTotBetaaldWerk.mediaanDagen,
    null,
    tijdTotBetaaldWerkUitleg(c.tijdTotBetaaldWerk),
  ]);
  s.rij(['SROI-verplichting', c.sroi.verplichtingCent / 100], [undefined, NUMFMT.bedrag]);
  s.rij(['SROI gerealiseerd', c.sroi.gerealiseerdCent / 100], [undefined, NUMFMT.bedrag]);
  s.rij(
    [
      'Gerealiseerd van de verplichting',
      alsFractie(aandeelProcent(c.sroi.gerealiseerdCent, c.sroi.verplichtingCent)),
    ],
    [undefined, PROCENT_OPMAAK],
  );
  s.rij(
    [
      'Besparing op uitkeringen (schatting)',
      c.besparing.schattingCent / 100,
      null,
      `Een schatting: ${c.besparing.maandenUitUitkering} maanden uit de uitkering × ${formatBedrag(c.besparing.bedragPerMaandCent)} per maand.`,
    ],
    [undefined, NUMFMT.bedrag],
  );
}

function uitstroom(s: Schrijver, c: Kerncijfers): void {
  s.kop('Uitstroom');
  s.tabelkop(['Uitkomst', 'Aantal', 'Aandeel', '']);
  // The shares as rounded once in the figures, so the rows add up to the 100 % of the total.
  for (const r of getoondeUitstroom(c.uitstroom))
    s.rij(
      [UITSTROOM_CATEGORIE_LABEL[r.categorie], r.aantal, alsFractie(r.procent)],
      [undefined, undefined, PROCENT_OPMAAK],
    );
  const totaal = s.rij(
    ['Totaal', c.kandidaten.totaal, c.kandidaten.totaal ? 1 : null],
    [undefined, undefined, PROCENT_OPMAAK],
  );
  totaal.font = { name: LETTER, bold: true };
}

function ladder(s: Schrijver, c: Kerncijfers): void {
  s.kop('Participatieladder per groep');
  if (c.ladder.perGroep.length === 0) {
    s.alinea('Nog geen metingen op de ladder in deze periode.');
    return;
  }
  s.tabelkop(['Groep', LADDER_GEMETEN_KOP, 'Start (gem.)', 'Nu (gem.)']);
  for (const g of c.ladder.perGroep)
    s.rij([g.groep, g.kandidaten, g.start, g.nu], [undefined, undefined, '0.0', '0.0']);
}

function lessen(s: Schrijver, l: Les[]): void {
  s.kop('Lessen');
  if (l.length === 0) {
    s.alinea('Geen lessen vastgelegd in deze periode.');
    return;
  }
  s.tabelkop(['Les', 'Soort', 'Datum', 'Groep']);
  for (const les of l)
    s.rij(
      [
        les.tekst,
        LES_SOORT_LABEL[les.soort],
        isoNaarExcelDatum(les.datum),
        les.groepNaam ?? 'Hele werkgroep',
      ],
      [undefined, undefined, NUMFMT.datum],
    );
}

export function voegEvaluatieBladToe(
  wb: ExcelJS.Workbook,
  e: EvaluatieInhoud,
  werkgroep: string,
  gemaaktOp: string,
): void {
  const blad = wb.addWorksheet('Evaluatie');
  blad.columns = BREEDTES.map((width) => ({ width }));
  const s = new Schrijver(blad);
  blad.getCell('A1').value = `Evaluatie: ${e.titel}`;
  blad.getCell('A1').font = { name: LETTER, size: 14, bold: true };
  const groep = e.cijfers.groep ? ` · ${e.cijfers.groep.naam}` : '';
  blad.getCell('A2').value =
    `Periode ${formatDatum(e.cijfers.periode.van)} t/m ${formatDatum(e.cijfers.periode.tot)}${groep} · ` +
    `cijfers vastgelegd op ${formatDatum(lokaleDag(e.vastgelegdOp))} · ${e.status}`;
  blad.getCell('A2').font = { name: LETTER, italic: true, color: { argb: 'FF555555' } };
  s.r = 3;
  kerncijfers(s, e.cijfers);
  uitstroom(s, e.cijfers);
  ladder(s, e.cijfers);
  lessen(s, e.lessen);
  s.kop('Conclusies');
  s.alinea(e.conclusies ?? 'Nog geen conclusies geschreven.');
  s.kop('Voorstellen');
  s.alinea(e.voorstellen ?? 'Nog geen voorstellen geschreven.');
  afdrukken(blad, { werkgroep, titel: 'Evaluatie', datum: formatDatum(gemaaktOp) });
}
