import ExcelJS from 'exceljs';
import type { Contract, SroiOverzicht, SroiRegel } from '../../../shared/domain/contracten';
import type { Realisatie } from '../../../shared/domain/realisaties';
import { DOELGROEP_LABEL } from '../../../shared/domain/waardering';
import { formatBedrag, formatDatum } from '../../../shared/format/nl';
import { type Kolom, voegTabelbladToe } from './werkboek';

export interface SroiExportGegevens {
  werkgroep: string;
  gemaaktOp: Date;
  overzicht: SroiOverzicht;
  contracten: Contract[];
  realisaties: Realisatie[];
}

const LEEG = 'Geen gegevens in deze periode.';

/** Realised as a share of the obligation; empty rather than a division by zero. */
const gerealiseerdDeel = (r: SroiRegel) =>
  r.verplichtingCent > 0 ? r.gerealiseerdCent / r.verplichtingCent : null;

function aanbiederKolommen(o: SroiOverzicht): Kolom<SroiRegel>[] {
  const maat = o.capaciteitsmaat ? ` (${o.capaciteitsmaat})` : '';
  return [
    { kop: 'Aanbieder', breedte: 34, soort: 'tekst', waarde: (r) => r.naam },
    { kop: 'Contracten', breedte: 11, soort: 'getal', waarde: (r) => r.contracten },
    { kop: 'Gebundeld', breedte: 11, soort: 'janee', waarde: (r) => r.gebundeld },
    { kop: 'Verplichting', breedte: 16, soort: 'bedrag', waarde: (r) => r.verplichtingCent },
    { kop: 'Gerealiseerd', breedte: 16, soort: 'bedrag', waarde: (r) => r.gerealiseerdCent },
    { kop: 'Gerealiseerd %', breedte: 14, soort: 'percentage', waarde: gerealiseerdDeel },
    { kop: 'Aandeel inspanning', breedte: 14, soort: 'percentage', waarde: (r) => r.aandeelInspanning },
    {
      kop: `Aandeel capaciteit${maat}`,
      breedte: 16,
      soort: 'percentage',
      waarde: (r) => r.aandeelCapaciteit,
    },
  ];
}

const gemeenteKolommen: Kolom<SroiRegel>[] = [
  { kop: 'Gemeente', breedte: 30, soort: 'tekst', waarde: (r) => r.naam },
  { kop: 'Contracten', breedte: 11, soort: 'getal', waarde: (r) => r.contracten },
  { kop: 'Verplichting', breedte: 16, soort: 'bedrag', waarde: (r) => r.verplichtingCent },
  { kop: 'Gerealiseerd', breedte: 16, soort: 'bedrag', waarde: (r) => r.gerealiseerdCent },
  { kop: 'Gerealiseerd %', breedte: 14, soort: 'percentage', waarde: gerealiseerdDeel },
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

/** The two summaries (per aanbieder, per gemeente) of a period: in the SROI export and the FO-pakket. */
export function voegSroiOverzichtToe(
  wb: ExcelJS.Workbook,
  o: SroiOverzicht,
  werkgroep: string,
  gemaaktOp: Date,
): void {
  const periode = `${formatDatum(o.van)} t/m ${formatDatum(o.tot)}`;
  const basis = { werkgroep, gemaaktOp, leegTekst: LEEG };
  voegTabelbladToe(wb, {
    ...basis,
    naam: 'Per aanbieder',
    titel: `SROI-overzicht ${periode} · per aanbieder`,
    kolommen: aanbiederKolommen(o),
    rijen: o.perOpdrachtnemer,
    totaal: { label: 'Totaal', kolommen: ['Contracten', 'Verplichting', 'Gerealiseerd'] },
  });
  voegTabelbladToe(wb, {
    ...basis,
    naam: 'Per gemeente',
    titel: `SROI-overzicht ${periode} · per gemeente`,
    kolommen: gemeenteKolommen,
    rijen: o.perGemeente,
    // No total of Contracten: a contract with several gemeenten would be counted more than once.
    totaal: { label: 'Totaal', kolommen: ['Verplichting', 'Gerealiseerd'] },
    voetnoot:
      o.nietToegerekendCent > 0
        ? `${formatBedrag(o.nietToegerekendCent)} is gerealiseerd door aanbieders zonder contract met een gemeente. ` +
          'Dat bedrag telt alleen mee in het overzicht per aanbieder, niet per gemeente.'
        : undefined,
  });
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
