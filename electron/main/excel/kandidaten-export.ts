import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import {
  BELEMMERING_LABEL,
  BELEMMERING_STATUS_LABEL,
  type Belemmering,
  KANDIDAAT_STATUS_LABEL,
  type KandidaatRegel,
  STAP_STATUS_LABEL,
  type Stap,
  UITSTROOM_LABEL,
  type Uitkering,
} from '../../../shared/domain/kandidaten';
import { DOELGROEP_LABEL } from '../../../shared/domain/waardering';
import {
  type StroomTabelOpties,
  schrijfTabelbladStroom,
  sluitWerkboek,
  stroomWerkboek,
} from './tabelblad-stroom';
import { type Kolom, paginaKop } from './werkboek';

/** One candidate line of the export: the list row plus what the list does not show. */
export interface KandidaatExportRij extends KandidaatRegel {
  uitkering: Uitkering | null;
  /** Date of the outcome that holds now (null when none, or after a fallback). */
  uitstroomDatum: string | null;
}

/** What the Stappen sheet shows of a step (`resultaat` is only read when it goes into the file). */
export type ExportStap = Pick<
  Stap,
  | 'kandidaatId'
  | 'volgorde'
  | 'optie'
  | 'organisatie'
  | 'geplandStart'
  | 'geplandEind'
  | 'start'
  | 'eind'
  | 'urenPerWeek'
  | 'status'
  | 'waardeCent'
> & { resultaat?: string | null };

export interface KandidatenExportGegevens {
  werkgroep: string;
  gemaaktOp: Date;
  /** Names and initials are only written when `metNamen` is set, whatever the rows hold. */
  kandidaten: KandidaatExportRij[];
  /** In leerlijn order per candidate; read once (may be a generator). */
  stappen: Iterable<ExportStap>;
  /** Only when the user explicitly included barrier details; else null and no sheet. */
  belemmeringen: (Belemmering & { code: string })[] | null;
  metNamen: boolean;
}

const kandidaatKolommen = (metNamen: boolean): Kolom<KandidaatExportRij>[] => [
  { kop: 'Code', breedte: 11, soort: 'tekst', waarde: (r) => r.code },
  ...(metNamen
    ? ([
        { kop: 'Naam', breedte: 20, soort: 'tekst', waarde: (r) => r.naam },
        { kop: 'Initialen', breedte: 10, soort: 'tekst', waarde: (r) => r.initialen },
      ] satisfies Kolom<KandidaatExportRij>[])
    : []),
  { kop: 'Gemeente', breedte: 15, soort: 'tekst', waarde: (r) => r.gemeente },
  { kop: 'Groep', breedte: 18, soort: 'tekst', waarde: (r) => r.groep },
  {
    kop: 'Uitkering',
    breedte: 24,
    soort: 'tekst',
    waarde: (r) => (r.uitkering ? DOELGROEP_LABEL[r.uitkering] : null),
  },
  { kop: 'Status', breedte: 12, soort: 'tekst', waarde: (r) => KANDIDAAT_STATUS_LABEL[r.status] },
  { kop: 'Startdatum', breedte: 12, soort: 'datum', waarde: (r) => r.startdatum },
  { kop: 'Huidige stap', breedte: 20, soort: 'tekst', waarde: (r) => r.huidigeStap },
  { kop: 'Bij organisatie', breedte: 28, soort: 'tekst', waarde: (r) => r.huidigeStapOrganisatie },
  { kop: 'Trede bij start', breedte: 8, soort: 'getal', waarde: (r) => r.tredeStart },
  { kop: 'Trede nu', breedte: 7, soort: 'getal', waarde: (r) => r.tredeNu },
  {
    kop: 'Uitstroom',
    breedte: 20,
    soort: 'tekst',
    waarde: (r) => (r.uitstroom ? UITSTROOM_LABEL[r.uitstroom] : null),
  },
  { kop: 'Uitstroom-datum', breedte: 11, soort: 'datum', waarde: (r) => r.uitstroomDatum },
];

/** Steps; the free-text result note only with the sensitive details (it may describe health or debts). */
const stapKolommen = (codes: Map<string, string>, metNotities: boolean): Kolom<ExportStap>[] => [
  { kop: 'Code', breedte: 11, soort: 'tekst', waarde: (s) => codes.get(s.kandidaatId) ?? '' },
  { kop: 'Volg-orde', breedte: 6, soort: 'getal', waarde: (s) => s.volgorde },
  { kop: 'Soort stap', breedte: 20, soort: 'tekst', waarde: (s) => s.optie },
  { kop: 'Organisatie', breedte: 28, soort: 'tekst', waarde: (s) => s.organisatie },
  { kop: 'Gepland van', breedte: 11, soort: 'datum', waarde: (s) => s.geplandStart },
  { kop: 'Gepland tot', breedte: 11, soort: 'datum', waarde: (s) => s.geplandEind },
  { kop: 'Werkelijk van', breedte: 11, soort: 'datum', waarde: (s) => s.start },
  { kop: 'Werkelijk tot', breedte: 11, soort: 'datum', waarde: (s) => s.eind },
  { kop: 'Uren per week', breedte: 7, soort: 'getal', waarde: (s) => s.urenPerWeek },
  { kop: 'Status', breedte: 11, soort: 'tekst', waarde: (s) => STAP_STATUS_LABEL[s.status] },
  { kop: 'SROI-waarde', breedte: 13, soort: 'bedrag', waarde: (s) => s.waardeCent },
  ...(metNotities
    ? [
        {
          kop: 'Resultaat',
          breedte: 36,
          soort: 'tekst',
          waarde: (s) => s.resultaat ?? null,
        } satisfies Kolom<ExportStap>,
      ]
    : []),
];

const belemmeringKolommen: Kolom<Belemmering & { code: string }>[] = [
  { kop: 'Code', breedte: 11, soort: 'tekst', waarde: (b) => b.code },
  { kop: 'Belemmering', breedte: 26, soort: 'tekst', waarde: (b) => BELEMMERING_LABEL[b.soort] },
  { kop: 'Stand', breedte: 21, soort: 'tekst', waarde: (b) => BELEMMERING_STATUS_LABEL[b.status] },
  { kop: 'Toelichting', breedte: 70, soort: 'tekst', waarde: (b) => b.toelichting },
];

/** The line under the title of every sheet: what kind of personal data the file holds. */
export function privacyRegel(metNamen: boolean, metBelemmeringen: boolean): string {
  const namen = metNamen
    ? 'Let op: dit bestand bevat namen en initialen van kandidaten (persoonsgegevens).'
    : 'Gepseudonimiseerd: kandidaten staan in dit bestand alleen met hun code, zonder namen.';
  const belemmeringen = metBelemmeringen
    ? ' Het blad Belemmeringen en de resultaatnotities bevatten gevoelige gegevens zoals gezondheid en schulden.'
    : ' Belemmeringen, resultaatnotities en het persoonlijk plan zijn weggelaten.';
  const delen = metNamen || metBelemmeringen ? ' Deel het alleen via een beveiligde weg.' : '';
  return namen + belemmeringen + delen;
}

/** Row 3 (between the werkgroep line and the table header), merged over the table and wrapped. */
function zetPrivacyRegel(blad: ExcelJS.Worksheet, breedtes: number[], tekst: string, waarschuwing: boolean) {
  blad.mergeCells(3, 1, 3, breedtes.length);
  const cel = blad.getCell(3, 1);
  cel.value = tekst;
  cel.font = {
    name: 'Calibri',
    size: 11,
    bold: waarschuwing,
    color: { argb: waarschuwing ? 'FF9C0006' : 'FF375623' },
  };
  cel.alignment = { wrapText: true, vertical: 'top' };
  const tekens = breedtes.reduce((s, b) => s + b, 0) - 2;
  blad.getRow(3).height = 15 * Math.max(1, Math.ceil((tekst.length * 1.2) / tekens));
}

function* alleenVan<T>(rijen: Iterable<T>, hoort: (rij: T) => boolean): Generator<T> {
  for (const rij of rijen) if (hoort(rij)) yield rij;
}

/** Small counts (rung, order, hours) centred, so they do not run into the text beside them. */
const gecentreerd = <T>(k: Kolom<T>): Partial<ExcelJS.Style> | undefined =>
  k.soort === 'getal' ? { alignment: { horizontal: 'center', vertical: 'top' } } : undefined;

/**
 * "Kandidaten en trajecten": one row per candidate, one per step, and the barriers only on request.
 * Pseudonymised unless names were asked for. The persoonlijk plan is never exported; a step's
 * free-text result note only together with the barriers, as it may hold the same kind of details.
 * Streamed into `uit` row by row (a region has 100,000 steps and more); resolves when `uit` has
 * the whole file.
 */
export async function schrijfKandidatenWerkboek(g: KandidatenExportGegevens, uit: Writable): Promise<void> {
  const wb = stroomWerkboek(uit, g.gemaaktOp);
  const gevoelig = g.metNamen || g.belemmeringen !== null;
  const regel = privacyRegel(g.metNamen, g.belemmeringen !== null);
  const blad = <T>(o: Omit<StroomTabelOpties<T>, 'werkgroep' | 'gemaaktOp'>): StroomTabelOpties<T> => ({
    ...o,
    werkgroep: g.werkgroep,
    gemaaktOp: g.gemaaktOp,
    kolomStijl: gecentreerd,
    voorDeTabel: (b) => {
      zetPrivacyRegel(
        b,
        o.kolommen.map((k) => k.breedte),
        regel,
        gevoelig,
      );
      // Also on paper: the page header says whether the sheet holds personal data.
      b.headerFooter.oddHeader = paginaKop(
        g.werkgroep,
        o.titel,
        gevoelig ? 'Vertrouwelijk: persoonsgegevens' : 'Gepseudonimiseerd',
      );
    },
  });

  await schrijfTabelbladStroom(
    wb,
    blad({
      naam: 'Kandidaten',
      titel: 'Kandidaten en trajecten',
      kolommen: kandidaatKolommen(g.metNamen),
      rijen: g.kandidaten,
      leegTekst: 'Er zijn nog geen kandidaten.',
    }),
  );
  const codes = new Map(g.kandidaten.map((r) => [r.id, r.code]));
  const bekendeCodes = new Set(codes.values());
  await schrijfTabelbladStroom(
    wb,
    blad({
      naam: 'Stappen',
      titel: 'Kandidaten en trajecten · alle stappen van de leerlijnen',
      kolommen: stapKolommen(codes, g.belemmeringen !== null),
      // A step of a candidate who is not in the list (erased meanwhile) never shows up.
      rijen: alleenVan(g.stappen, (s) => codes.has(s.kandidaatId)),
      totaal: { label: 'Totaal', kolommen: ['SROI-waarde'] },
      leegTekst: 'Er zijn nog geen stappen.',
    }),
  );
  if (g.belemmeringen)
    await schrijfTabelbladStroom(
      wb,
      blad({
        naam: 'Belemmeringen',
        titel: 'Kandidaten en trajecten · belemmeringen',
        kolommen: belemmeringKolommen,
        rijen: g.belemmeringen.filter((b) => bekendeCodes.has(b.code)),
        leegTekst: 'Er zijn geen belemmeringen vastgelegd.',
      }),
    );
  await sluitWerkboek(wb);
}
