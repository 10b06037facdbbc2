import ExcelJS from 'exceljs';
import type { OrganisatieLijstRegel } from '../../../shared/domain/organisatie-pagina';
import { SOORT_LABEL } from '../../../shared/domain/organisaties';
import { nu } from '../../../shared/klok';
import { type Kolom, voegTabelbladToe } from './werkboek';

type Regel = OrganisatieLijstRegel;

/**
 * "Organisaties": the list a secretary hands over, one organisation a row, archived ones marked.
 * Only the organisations' own contact details: nothing about candidates but the step counts.
 */
export function organisatiesWerkboek(
  regels: readonly Regel[],
  werkgroep: string,
  jaar: number,
  gemaaktOp = nu(),
): ExcelJS.Workbook {
  const kolommen: Kolom<Regel>[] = [
    { kop: 'Naam', breedte: 36, soort: 'tekst', waarde: (r) => r.organisatie.naam },
    { kop: 'Soort', breedte: 20, soort: 'tekst', waarde: (r) => SOORT_LABEL[r.organisatie.soort] },
    { kop: 'Werkgebied', breedte: 28, soort: 'tekst', waarde: (r) => r.organisatie.werkgebied.join(', ') },
    { kop: 'Contactpersoon', breedte: 20, soort: 'tekst', waarde: (r) => r.organisatie.contactpersoon },
    { kop: 'E-mail', breedte: 28, soort: 'tekst', waarde: (r) => r.organisatie.email },
    { kop: 'Telefoon', breedte: 15, soort: 'tekst', waarde: (r) => r.organisatie.telefoon },
    {
      kop: 'Gearchiveerd',
      breedte: 13,
      soort: 'janee',
      waarde: (r) => r.organisatie.gearchiveerdOp !== null,
    },
    {
      kop: 'Stappen gepland of lopend',
      breedte: 13,
      soort: 'getal',
      waarde: (r) => r.stappen.gepland + r.stappen.lopend,
    },
    { kop: 'Stappen afgerond', breedte: 11, soort: 'getal', waarde: (r) => r.stappen.afgerond },
    {
      kop: `SROI-verplichting ${jaar}`,
      breedte: 16,
      soort: 'bedrag',
      waarde: (r) => r.sroi?.verplichtingCent ?? null,
    },
    {
      kop: `SROI gerealiseerd ${jaar}`,
      breedte: 16,
      soort: 'bedrag',
      waarde: (r) => r.sroi?.gerealiseerdCent ?? null,
    },
  ];
  const wb = new ExcelJS.Workbook();
  voegTabelbladToe(wb, {
    naam: 'Organisaties',
    titel: 'Organisaties',
    werkgroep,
    gemaaktOp,
    kolommen,
    rijen: [...regels],
    leegTekst: 'Nog geen organisaties.',
    voetnoot: `SROI in ${jaar} zoals het SROI-overzicht telt: voor een aanbieder wat hij moet en heeft gerealiseerd, voor een gemeente haar deel als opdrachtgever. Leeg: geen contract en niets gerealiseerd in ${jaar}. Gearchiveerde organisaties staan er ook in.`,
  });
  return wb;
}
