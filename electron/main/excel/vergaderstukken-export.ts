import ExcelJS from 'exceljs';
import {
  ACTIE_STATUS_LABEL,
  type Actiepunt,
  actielijstVolgorde,
  type Besluit,
  BIJEENKOMST_SOORT_LABEL,
  type BijeenkomstDetail,
  isVerlopen,
} from '../../../shared/domain/bijeenkomsten';
import { formatDatum } from '../../../shared/format/nl';
import { nu } from '../../../shared/klok';
import { voegTabelbladToe } from './werkboek';

/** Light red, as the screen marks an overdue action. */
const VERLOPEN_VULLING: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8CBAD' } };

export interface Vergaderstukken {
  bijeenkomst: BijeenkomstDetail;
  /** Every action; the sheet keeps the open ones and this meeting's own. */
  acties: Actiepunt[];
  /** Every decision; the sheet keeps those up to and including this meeting. */
  besluiten: Besluit[];
}

const omschrijving = (b: BijeenkomstDetail) =>
  `${BIJEENKOMST_SOORT_LABEL[b.soort]} ${formatDatum(b.datum)}${b.tijd ? ` om ${b.tijd}` : ''}${b.plaats ? `, ${b.plaats}` : ''}`;

function aanwezigheid(b: BijeenkomstDetail): string | undefined {
  const namen = (aanwezig: boolean) =>
    b.aanwezigen
      .filter((a) => a.aanwezig === aanwezig)
      .map((a) => (a.rol ? `${a.naam} (${a.rol})` : a.naam))
      .join(', ');
  const delen = [
    namen(true) && `Aanwezig: ${namen(true)}.`,
    namen(false) && `Afgemeld: ${namen(false)}.`,
  ].filter(Boolean);
  return delen.length ? delen.join(' ') : undefined;
}

/** Item and decision numbers sit centred at the top of their row, as in typed minutes. */
function centreerNummers(blad: ExcelJS.Worksheet, kopRij: number, laatsteRij: number): void {
  for (let r = kopRij + 1; r <= laatsteRij; r++)
    blad.getCell(r, 1).alignment = { horizontal: 'center', vertical: 'top' };
}

/**
 * "Vergaderstukken" for one meeting: the agenda (with attendees), the actielijst with overdue
 * actions filled red, and the besluitenlijst up to this meeting. Printable as they are.
 */
export function vergaderstukkenWerkboek(
  s: Vergaderstukken,
  werkgroep: string,
  vandaag: string,
  gemaaktOp = nu(),
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const b = s.bijeenkomst;
  const agenda = voegTabelbladToe(wb, {
    naam: 'Agenda',
    titel: `Agenda ${omschrijving(b)}`,
    werkgroep,
    gemaaktOp,
    kolommen: [
      { kop: 'Nr.', breedte: 6, soort: 'getal', waarde: (p) => p.volgnummer },
      { kop: 'Agendapunt', breedte: 48, soort: 'tekst', waarde: (p) => p.titel },
      { kop: 'Toelichting', breedte: 70, soort: 'tekst', waarde: (p) => p.notitie },
    ],
    rijen: b.agenda,
    leegTekst: 'Er staan nog geen agendapunten op deze bijeenkomst.',
    voetnoot: aanwezigheid(b),
  });
  agenda.blad.pageSetup.orientation = 'portrait';
  centreerNummers(agenda.blad, agenda.kopRij, agenda.laatsteRij);

  const acties = actielijstVolgorde(
    s.acties.filter((a) => a.status === 'open' || a.bijeenkomstId === b.id),
    vandaag,
  );
  const actielijst = voegTabelbladToe(wb, {
    naam: 'Actielijst',
    titel: `Actielijst bij ${omschrijving(b)}`,
    werkgroep,
    gemaaktOp,
    kolommen: [
      { kop: 'Actie', breedte: 54, soort: 'tekst', waarde: (a) => a.omschrijving },
      { kop: 'Eigenaar', breedte: 24, soort: 'tekst', waarde: (a) => a.eigenaar },
      { kop: 'Deadline', breedte: 12, soort: 'datum', waarde: (a) => a.deadline },
      {
        kop: 'Status',
        breedte: 12,
        soort: 'tekst',
        waarde: (a) => (isVerlopen(a, vandaag) ? 'Verlopen' : ACTIE_STATUS_LABEL[a.status]),
      },
      { kop: 'Uit bijeenkomst', breedte: 16, soort: 'datum', waarde: (a) => a.bijeenkomstDatum },
    ],
    rijen: acties,
    leegTekst: 'Er zijn geen open acties.',
    voetnoot: 'Verlopen acties (open, deadline voorbij) zijn rood gemarkeerd.',
  });
  acties.forEach((a, i) => {
    if (!isVerlopen(a, vandaag)) return;
    actielijst.blad.getRow(actielijst.kopRij + 1 + i).eachCell((cel) => {
      cel.fill = VERLOPEN_VULLING;
    });
  });

  const besluitenlijst = voegTabelbladToe(wb, {
    naam: 'Besluitenlijst',
    titel: `Besluitenlijst tot en met ${omschrijving(b)}`,
    werkgroep,
    gemaaktOp,
    kolommen: [
      { kop: 'Nr.', breedte: 6, soort: 'getal', waarde: (x) => x.nummer },
      { kop: 'Besluit', breedte: 70, soort: 'tekst', waarde: (x) => x.tekst },
      { kop: 'Datum', breedte: 12, soort: 'datum', waarde: (x) => x.bijeenkomstDatum },
      {
        kop: 'Bijeenkomst',
        breedte: 22,
        soort: 'tekst',
        waarde: (x) => BIJEENKOMST_SOORT_LABEL[x.bijeenkomstSoort],
      },
    ],
    rijen: s.besluiten.filter((x) => x.bijeenkomstDatum <= b.datum),
    leegTekst: 'Er zijn nog geen besluiten genomen.',
  });
  centreerNummers(besluitenlijst.blad, besluitenlijst.kopRij, besluitenlijst.laatsteRij);
  return wb;
}
