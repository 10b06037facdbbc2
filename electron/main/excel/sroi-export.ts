import ExcelJS from 'exceljs';
import { aandeelProcent } from '../../../shared/domain/aandelen';
import type { Contract, SroiOverzicht, SroiRegel } from '../../../shared/domain/contracten';
import { nietToegerekendUitleg } from '../../../shared/domain/indicator-teksten';
import type { Realisatie } from '../../../shared/domain/realisaties';
import { DOELGROEP_LABEL } from '../../../shared/domain/waardering';
import { formatDatum } from '../../../shared/format/nl';
import { type Kolom, LETTER, NUMFMT, schrijfVoetnoot, type Tabelblad, voegTabelbladToe } from './werkboek';

export interface SroiExportGegevens {
  werkgroep: string;
  gemaaktOp: Date;
  overzicht: SroiOverzicht;
  contracten: Contract[];
  realisaties: Realisatie[];
}

const LEEG = 'Geen gegevens in deze periode.';
const GEREALISEERD_PROCENT = 'Gerealiseerd %';

/** Realised as a share of the obligation, rounded as the screen rounds it; empty without an obligation. */
const gerealiseerdDeel = (r: Pick<SroiRegel, 'gerealiseerdCent' | 'verplichtingCent'>) =>
  aandeelProcent(r.gerealiseerdCent, r.verplichtingCent);

/** A fraction 0..1 as the same whole percentage the rest of the app shows. */
const heelProcent = (fractie: number | null) => (fractie === null ? null : Math.round(fractie * 100));

function aanbiederKolommen(o: SroiOverzicht): Kolom<SroiRegel>[] {
  const maat = o.capaciteitsmaat ? ` (${o.capaciteitsmaat})` : '';
  return [
    { kop: 'Aanbieder', breedte: 34, soort: 'tekst', waarde: (r) => r.naam },
    { kop: 'Contracten', breedte: 11, soort: 'getal', waarde: (r) => r.contracten },
    { kop: 'Gebundeld', breedte: 11, soort: 'janee', waarde: (r) => r.gebundeld },
    { kop: 'Verplichting', breedte: 16, soort: 'bedrag', waarde: (r) => r.verplichtingCent },
    { kop: 'Gerealiseerd', breedte: 16, soort: 'bedrag', waarde: (r) => r.gerealiseerdCent },
    { kop: GEREALISEERD_PROCENT, breedte: 14, soort: 'aandeel', waarde: gerealiseerdDeel },
    {
      kop: 'Aandeel inspanning',
      breedte: 14,
      soort: 'aandeel',
      waarde: (r) => aandeelProcent(r.gerealiseerdCent, o.gerealiseerdCent),
    },
    {
      kop: `Aandeel capaciteit${maat}`,
      breedte: 16,
      soort: 'aandeel',
      waarde: (r) => heelProcent(r.aandeelCapaciteit),
    },
  ];
}

const gemeenteKolommen: Kolom<SroiRegel>[] = [
  { kop: 'Gemeente', breedte: 30, soort: 'tekst', waarde: (r) => r.naam },
  { kop: 'Contracten', breedte: 11, soort: 'getal', waarde: (r) => r.contracten },
  { kop: 'Verplichting', breedte: 16, soort: 'bedrag', waarde: (r) => r.verplichtingCent },
  { kop: 'Gerealiseerd', breedte: 16, soort: 'bedrag', waarde: (r) => r.gerealiseerdCent },
  { kop: GEREALISEERD_PROCENT, breedte: 14, soort: 'aandeel', waarde: gerealiseerdDeel },
];

const contractKolommen: Kolom<Contract>[] = [
  { kop: 'Contract', breedte: 24, soort: 'tekst', waarde: (c) => c.naam },
  { kop: 'Opdrachtnemer', breedte: 20, soort: 'tekst', waarde: (c) => c.opdrachtnemer },
  {
    kop: 'Opdrachtgevers',
    breedte: 20,
    soort: 'tekst',
    waarde: (c) => c.opdrachtgevers.map((g) => g.gemeente).join(', '),
  },
  { kop: 'Start', breedte: 11, soort: 'datum', waarde: (c) => c.startdatum },
  { kop: 'Einde', breedte: 11, soort: 'datum', waarde: (c) => c.einddatum },
  { kop: 'Waarde', breedte: 15, soort: 'bedrag', waarde: (c) => c.waardeCent },
  {
    kop: 'SROI %',
    breedte: 8,
    soort: 'percentage',
    waarde: (c) => (c.sroiPercentageBp === null ? null : c.sroiPercentageBp / 10000),
  },
  { kop: 'Vast bedrag', breedte: 13, soort: 'bedrag', waarde: (c) => c.sroiVastCent },
  // Over the whole term, unlike the per-period figures on the other sheets.
  { kop: 'Verplichting (looptijd)', breedte: 15, soort: 'bedrag', waarde: (c) => c.verplichtingCent },
  {
    kop: 'Loonaandeel %',
    breedte: 13,
    soort: 'percentage',
    waarde: (c) => (c.loonaandeelBp === null ? null : c.loonaandeelBp / 10000),
  },
  { kop: 'Gebundeld', breedte: 11, soort: 'janee', waarde: (c) => c.gebundeld },
  {
    kop: 'Let op',
    breedte: 18,
    soort: 'tekst',
    waarde: (c) => (c.percentageOnredelijk ? 'Percentage niet onder loonaandeel' : null),
  },
];

const realisatieKolommen: Kolom<Realisatie>[] = [
  { kop: 'Datum', breedte: 11, soort: 'datum', waarde: (r) => r.datum },
  { kop: 'Aanbieder', breedte: 20, soort: 'tekst', waarde: (r) => r.opdrachtnemer },
  { kop: 'Contract', breedte: 20, soort: 'tekst', waarde: (r) => r.contract },
  { kop: 'Soort', breedte: 16, soort: 'tekst', waarde: (r) => r.optie },
  { kop: 'Omschrijving', breedte: 24, soort: 'tekst', waarde: (r) => r.omschrijving },
  {
    kop: 'Doelgroep',
    breedte: 18,
    soort: 'tekst',
    waarde: (r) => (r.doelgroep ? DOELGROEP_LABEL[r.doelgroep] : null),
  },
  { kop: 'Uren p/w', breedte: 9, soort: 'getal', waarde: (r) => r.urenPerWeek },
  { kop: 'Maanden', breedte: 9, soort: 'getal', waarde: (r) => r.maanden },
  { kop: 'Uren', breedte: 7, soort: 'getal', waarde: (r) => r.uren },
  { kop: 'Waarde', breedte: 13, soort: 'bedrag', waarde: (r) => r.waardeCent },
  { kop: 'Waarderingstabel', breedte: 18, soort: 'tekst', waarde: (r) => r.tabel },
  { kop: 'Toelichting', breedte: 30, soort: 'tekst', waarde: (r) => r.uitleg },
];

/** The total row's "Gerealiseerd %": of the column totals, rounded like every other share. */
function vulTotaalProcent(t: Tabelblad, kolommen: Kolom<SroiRegel>[], totaal: Totalen): void {
  const i = kolommen.findIndex((k) => k.kop === GEREALISEERD_PROCENT);
  const procent = gerealiseerdDeel(totaal);
  if (i < 0 || procent === null) return;
  const cel = t.blad.getCell(t.laatsteRij + 1, i + 1);
  cel.value = procent / 100;
  cel.numFmt = NUMFMT.aandeel;
}

type Totalen = { verplichtingCent: number; gerealiseerdCent: number };

/**
 * Under the per-gemeente total: the amount no gemeente can be given and the sum of both, which is
 * the per-aanbieder total, so the two sheets visibly add up.
 */
function schrijfNietToegerekend(t: Tabelblad, o: SroiOverzicht, uitleg: string): void {
  const kolom = gemeenteKolommen.findIndex((k) => k.kop === 'Gerealiseerd') + 1;
  const letter = t.blad.getColumn(kolom).letter;
  const totaalRij = t.laatsteRij + 1;
  const regel = (r: number, label: string, waarde: ExcelJS.CellValue, vet: boolean) => {
    t.blad.getCell(r, 1).value = label;
    const cel = t.blad.getCell(r, kolom);
    cel.value = waarde;
    cel.numFmt = NUMFMT.bedrag;
    for (const c of [t.blad.getCell(r, 1), cel]) c.font = { name: LETTER, size: 11, bold: vet };
  };
  regel(totaalRij + 1, 'Niet toe te rekenen aan een gemeente', o.nietToegerekendCent / 100, false);
  regel(
    totaalRij + 2,
    'Totaal gerealiseerd (gelijk aan per aanbieder)',
    { formula: `${letter}${totaalRij}+${letter}${totaalRij + 1}`, result: o.gerealiseerdCent / 100 },
    true,
  );
  schrijfVoetnoot(t.blad, totaalRij + 4, uitleg, gemeenteKolommen);
}

/** The two summaries (per aanbieder, per gemeente) of a period: in the SROI export and the FO-pakket. */
export function voegSroiOverzichtToe(
  wb: ExcelJS.Workbook,
  o: SroiOverzicht,
  werkgroep: string,
  gemaaktOp: Date,
): void {
  const periode = `${formatDatum(o.van)} t/m ${formatDatum(o.tot)}`;
  const basis = { werkgroep, gemaaktOp, leegTekst: LEEG };
  const perAanbieder = aanbiederKolommen(o);
  const aanbieders = voegTabelbladToe(wb, {
    ...basis,
    naam: 'Per aanbieder',
    titel: `SROI-overzicht ${periode} · per aanbieder`,
    kolommen: perAanbieder,
    rijen: o.perOpdrachtnemer,
    totaal: { label: 'Totaal', kolommen: ['Contracten', 'Verplichting', 'Gerealiseerd'] },
  });
  if (o.perOpdrachtnemer.length > 0)
    vulTotaalProcent(aanbieders, perAanbieder, {
      verplichtingCent: o.totaalCent,
      gerealiseerdCent: o.gerealiseerdCent,
    });
  const gemeenten = voegTabelbladToe(wb, {
    ...basis,
    naam: 'Per gemeente',
    titel: `SROI-overzicht ${periode} · per gemeente`,
    kolommen: gemeenteKolommen,
    rijen: o.perGemeente,
    // No total of Contracten: a contract with several gemeenten would be counted more than once.
    totaal: { label: 'Totaal', kolommen: ['Verplichting', 'Gerealiseerd'] },
  });
  if (o.perGemeente.length === 0) return;
  const som = (f: (r: SroiRegel) => number) => o.perGemeente.reduce((s, r) => s + f(r), 0);
  vulTotaalProcent(gemeenten, gemeenteKolommen, {
    verplichtingCent: som((r) => r.verplichtingCent),
    gerealiseerdCent: som((r) => r.gerealiseerdCent),
  });
  const uitleg = nietToegerekendUitleg(o.nietToegerekendCent);
  if (uitleg) schrijfNietToegerekend(gemeenten, o, uitleg);
}

/** The SROI overview of a period as a workbook: the two summaries first, then the detail behind them. */
export function sroiWerkboek(data: SroiExportGegevens): ExcelJS.Workbook {
  const { overzicht: o, werkgroep, gemaaktOp } = data;
  const periode = `${formatDatum(o.van)} t/m ${formatDatum(o.tot)}`;
  const basis = { werkgroep, gemaaktOp, leegTekst: LEEG };
  const wb = new ExcelJS.Workbook();
  voegSroiOverzichtToe(wb, o, werkgroep, gemaaktOp);
  voegTabelbladToe(wb, {
    ...basis,
    naam: 'Contracten',
    titel: `SROI-contracten · overzicht ${periode}`,
    kolommen: contractKolommen,
    rijen: data.contracten,
    leegTekst: 'Geen contracten.',
  });
  voegTabelbladToe(wb, {
    ...basis,
    naam: 'Realisaties',
    titel: `SROI-realisaties ${periode}`,
    kolommen: realisatieKolommen,
    rijen: [...data.realisaties].sort((a, b) => a.datum.localeCompare(b.datum)),
    totaal: { label: 'Totaal', kolommen: ['Uren', 'Waarde'] },
  });
  return wb;
}
