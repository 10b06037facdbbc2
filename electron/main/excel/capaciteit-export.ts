import ExcelJS from 'exceljs';
import { type Aanbestedingskalender, SECTOR_LABEL } from '../../../shared/domain/aanbestedingen';
import type { BordOptie, BordRegel, CapaciteitsOverzicht } from '../../../shared/domain/capaciteit';
import { DOELGROEP_LABEL } from '../../../shared/domain/waardering';
import { formatDatum, formatGetal } from '../../../shared/format/nl';
import { nu } from '../../../shared/klok';
import { type Kolom, voegTabelbladToe } from './werkboek';

type Rij = BordRegel & { optie: string };
type KalenderRij = Aanbestedingskalender['aanbestedingen'][number];

const kwartaalTekst = (k: string) => `${k.slice(-1)}e kwartaal ${k.slice(0, 4)}`;

/** "Capaciteit": per option the totals, then offered / in use / free per organisation. */
export function capaciteitWerkboek(
  o: CapaciteitsOverzicht,
  werkgroep: string,
  gemaaktOp = nu(),
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const basis = { werkgroep, gemaaktOp };
  const periode = `${formatDatum(o.periode.van)} t/m ${formatDatum(o.periode.tot)}`;
  const totaalKolommen: Kolom<BordOptie>[] = [
    { kop: 'Mogelijkheid', breedte: 28, soort: 'tekst', waarde: (b) => b.optie },
    { kop: 'Aangeboden', breedte: 12, soort: 'getal', waarde: (b) => b.aangeboden },
    { kop: 'In gebruik', breedte: 12, soort: 'getal', waarde: (b) => b.inGebruik },
    { kop: 'Niet toegewezen', breedte: 14, soort: 'getal', waarde: (b) => b.nietToegewezen.length },
    { kop: 'Tekort', breedte: 10, soort: 'getal', waarde: (b) => b.tekort },
    { kop: 'Ongebruikt', breedte: 12, soort: 'getal', waarde: (b) => b.ongebruikt },
  ];
  voegTabelbladToe(wb, {
    ...basis,
    naam: 'Per mogelijkheid',
    titel: `Capaciteit ${periode}`,
    kolommen: totaalKolommen,
    rijen: o.bord,
    totaal: {
      label: 'Totaal',
      kolommen: ['Aangeboden', 'In gebruik', 'Niet toegewezen', 'Tekort', 'Ongebruikt'],
    },
    leegTekst: 'Geen aanbod en geen stappen in deze periode.',
    voetnoot:
      'In gebruik: geplande en lopende stappen in de periode. Ongebruikt: plaatsen die niemand bezet, ook als de stappen zonder organisatie een plaats krijgen. Tekort: plaatsen die ontbreken (overboekt, of geen plaats meer voor een stap zonder organisatie).',
  });
  voegTabelbladToe(wb, {
    ...basis,
    naam: 'Per organisatie',
    titel: `Aanbod en gebruik per organisatie ${periode}`,
    kolommen: [
      { kop: 'Mogelijkheid', breedte: 26, soort: 'tekst', waarde: (r: Rij) => r.optie },
      { kop: 'Organisatie', breedte: 36, soort: 'tekst', waarde: (r: Rij) => r.organisatie },
      { kop: 'Aangeboden', breedte: 12, soort: 'getal', waarde: (r: Rij) => r.aangeboden },
      { kop: 'In gebruik', breedte: 12, soort: 'getal', waarde: (r: Rij) => r.inGebruik },
      { kop: 'Vrij', breedte: 10, soort: 'getal', waarde: (r: Rij) => r.vrij },
    ],
    rijen: o.bord.flatMap((b) => b.regels.map((r) => ({ ...r, optie: b.optie }))),
    leegTekst: 'Geen aanbod en geen stappen in deze periode.',
  });
  return wb;
}

/** "Aanbestedingskalender": by quarter, with expected SROI and what it could mean in person-years. */
export function kalenderWerkboek(
  k: Aanbestedingskalender,
  werkgroep: string,
  gemaaktOp = nu(),
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  voegTabelbladToe(wb, {
    werkgroep,
    gemaaktOp,
    naam: 'Aanbestedingskalender',
    titel: 'Aanbestedingskalender',
    kolommen: [
      { kop: 'Kwartaal', breedte: 16, soort: 'tekst', waarde: (a: KalenderRij) => kwartaalTekst(a.kwartaal) },
      { kop: 'Aanbesteding', breedte: 30, soort: 'tekst', waarde: (a: KalenderRij) => a.naam },
      { kop: 'Sector', breedte: 12, soort: 'tekst', waarde: (a: KalenderRij) => SECTOR_LABEL[a.sector] },
      { kop: 'Gemeenten', breedte: 24, soort: 'tekst', waarde: (a: KalenderRij) => a.gemeenten.join(', ') },
      { kop: 'Verwachte start', breedte: 12, soort: 'datum', waarde: (a: KalenderRij) => a.verwachteStart },
      { kop: 'Waarde', breedte: 15, soort: 'bedrag', waarde: (a: KalenderRij) => a.waardeCent },
      {
        kop: 'SROI %',
        breedte: 8,
        soort: 'percentage',
        waarde: (a: KalenderRij) => a.sroiPercentageBp / 10_000,
      },
      {
        kop: 'Verwachte SROI',
        breedte: 15,
        soort: 'bedrag',
        waarde: (a: KalenderRij) => a.verwachteSroiCent,
      },
      {
        kop: 'Persoonjaren per doelgroep',
        breedte: 44,
        soort: 'tekst',
        waarde: (a: KalenderRij) =>
          a.persoonjaren.map((p) => `${DOELGROEP_LABEL[p.doelgroep]}: ${formatGetal(p.jaren)}`).join('; '),
      },
      {
        kop: 'Status',
        breedte: 10,
        soort: 'tekst',
        waarde: (a: KalenderRij) => (a.contractId ? 'Gegund' : 'Verwacht'),
      },
    ],
    rijen: k.aanbestedingen,
    totaal: { label: 'Totaal', kolommen: ['Waarde', 'Verwachte SROI'] },
    leegTekst: 'Er staan nog geen aanbestedingen op de kalender.',
    voetnoot: k.tabel
      ? `Persoonjaren: verwachte SROI gedeeld door het jaarbedrag per doelgroep in "${k.tabel}" (voltijd).`
      : 'Kies een waarderingstabel om de persoonjaren per doelgroep te zien.',
  });
  return wb;
}
