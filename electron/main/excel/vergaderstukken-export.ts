import ExcelJS from 'exceljs';
import {
  ACTIE_STATUS_LABEL,
  BIJEENKOMST_SOORT_LABEL,
  isVerlopen,
} from '../../../shared/domain/bijeenkomsten';
import {
  aanwezigeNaam,
  actieRegel,
  type Vergaderstukken,
  vergaderstukkenInhoud,
} from '../../../shared/domain/vergaderstukken';
import { nu } from '../../../shared/klok';
import { voegTabelbladToe } from './werkboek';

/** Light red, as the screen marks an overdue action. */
const VERLOPEN_VULLING: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8CBAD' } };

function aanwezigheid(aanwezig: string, afgemeld: string): string | undefined {
  const delen = [aanwezig && `Aanwezig: ${aanwezig}.`, afgemeld && `Afgemeld: ${afgemeld}.`].filter(Boolean);
  return delen.length ? delen.join(' ') : undefined;
}

/** Item and decision numbers sit centred at the top of their row, as in typed minutes. */
function centreerNummers(blad: ExcelJS.Worksheet, kopRij: number, laatsteRij: number, kolom = 1): void {
  for (let r = kopRij + 1; r <= laatsteRij; r++)
    blad.getCell(r, kolom).alignment = { horizontal: 'center', vertical: 'top' };
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
  const inhoud = vergaderstukkenInhoud(s, vandaag);
  const omschrijving = inhoud.omschrijving;
  const agenda = voegTabelbladToe(wb, {
    naam: 'Agenda',
    titel: `Agenda ${omschrijving}`,
    werkgroep,
    gemaaktOp,
    kolommen: [
      { kop: 'Nr.', breedte: 6, soort: 'getal', waarde: (p) => p.volgnummer },
      { kop: 'Agendapunt', breedte: 48, soort: 'tekst', waarde: (p) => p.titel },
      { kop: 'Toelichting', breedte: 70, soort: 'tekst', waarde: (p) => p.notitie },
    ],
    rijen: inhoud.agenda,
    leegTekst: 'Er staan nog geen agendapunten op deze bijeenkomst.',
    voetnoot: aanwezigheid(
      inhoud.aanwezig.map(aanwezigeNaam).join(', '),
      inhoud.afgemeld.map(aanwezigeNaam).join(', '),
    ),
  });
  agenda.blad.pageSetup.orientation = 'portrait';
  centreerNummers(agenda.blad, agenda.kopRij, agenda.laatsteRij);

  const acties = inhoud.acties;
  const actielijst = voegTabelbladToe(wb, {
    naam: 'Actielijst',
    titel: `Actielijst bij ${omschrijving}`,
    werkgroep,
    gemaaktOp,
    kolommen: [
      { kop: 'Actie', breedte: 54, soort: 'tekst', waarde: (a) => a.omschrijving },
      { kop: 'Eigenaar', breedte: 24, soort: 'tekst', waarde: (a) => a.eigenaar },
      { kop: 'Uiterlijk', breedte: 12, soort: 'datum', waarde: (a) => a.deadline },
      {
        kop: 'Status',
        breedte: 12,
        soort: 'tekst',
        waarde: (a) => (isVerlopen(a, vandaag) ? 'Verlopen' : ACTIE_STATUS_LABEL[a.status]),
      },
      { kop: 'Uit bijeenkomst', breedte: 16, soort: 'datum', waarde: (a) => a.bijeenkomstDatum },
      // The chain of issue #21: the besluit it follows from and the planning activity it concerns.
      { kop: 'Bij besluit', breedte: 11, soort: 'getal', waarde: (a) => a.besluitNummer },
      { kop: 'Activiteit', breedte: 30, soort: 'tekst', waarde: (a) => a.activiteitTitel },
    ],
    rijen: acties,
    leegTekst: 'Er zijn geen open acties.',
    voetnoot: 'Verlopen acties (open, uiterste datum voorbij) zijn rood gemarkeerd.',
  });
  centreerNummers(actielijst.blad, actielijst.kopRij, actielijst.laatsteRij, 6);
  acties.forEach((a, i) => {
    if (!isVerlopen(a, vandaag)) return;
    // Every column, empty ones too: the row reads as one red line, as on the screen.
    const rij = actielijst.blad.getRow(actielijst.kopRij + 1 + i);
    for (let k = 1; k <= actielijst.blad.columnCount; k++) rij.getCell(k).fill = VERLOPEN_VULLING;
  });

  const besluitenlijst = voegTabelbladToe(wb, {
    naam: 'Besluitenlijst',
    titel: `Besluitenlijst tot en met ${omschrijving}`,
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
      { kop: 'Activiteit', breedte: 30, soort: 'tekst', waarde: (x) => x.activiteitTitel },
      // The rest of the chain: what was to be done for it, one action a line.
      {
        kop: 'Acties',
        breedte: 50,
        soort: 'tekst',
        waarde: (x) => (inhoud.besluitActies.get(x.id) ?? []).map(actieRegel).join('\n') || null,
      },
    ],
    rijen: inhoud.besluiten,
    leegTekst: 'Er zijn nog geen besluiten genomen.',
  });
  centreerNummers(besluitenlijst.blad, besluitenlijst.kopRij, besluitenlijst.laatsteRij);
  return wb;
}
