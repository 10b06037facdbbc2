import ExcelJS from 'exceljs';
import type { ImportRij, ImportVoorbeeld } from '../../../shared/domain/import';
import { ORGANISATIE_SOORTEN, type OrganisatieSoort, SOORT_LABEL } from '../../../shared/domain/organisaties';
import { MARGES, stijlKopRij } from './werkboek';

/**
 * Reading an organisation list that a user filled in (or exported from elsewhere) in Excel.
 * Nothing is saved here: the result is a preview with a status and Dutch messages per row.
 */

export const MAX_RIJEN = 5000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The same limits as the organisation form (shared/api/schemas.ts). */
const MAX = { naam: 160, contactpersoon: 120, email: 200, telefoon: 40 } as const;

type Veld = 'naam' | 'soort' | 'contactpersoon' | 'email' | 'telefoon' | 'gemeenten';

/** Header titles per field, after `sleutel()`: people write "E-mail", "Email", "e-mailadres"… */
const KOPPEN: Record<Veld, string[]> = {
  naam: ['naam', 'organisatie', 'naamorganisatie', 'organisatienaam'],
  soort: ['soort', 'soortorganisatie', 'type'],
  contactpersoon: ['contactpersoon', 'contact'],
  email: ['email', 'emailadres', 'mail', 'mailadres'],
  telefoon: ['telefoon', 'telefoonnummer', 'tel', 'telnr'],
  gemeenten: ['gemeenten', 'gemeente', 'werkgebied'],
};

const SJABLOON_KOPPEN = ['Naam', 'Soort', 'Contactpersoon', 'E-mail', 'Telefoon', 'Gemeenten (werkgebied)'];
/** The template's example row; a user who forgets to delete it does not import a fake organisation. */
const VOORBEELD_NAAM = 'Voorbeeld: Stichting Werkpad';

/** Lower case letters and digits only, ignoring "(…)" remarks: "E-mail (werk)" → "email". */
const sleutel = (tekst: string) =>
  tekst
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const SOORT_SLEUTELS = new Map<string, OrganisatieSoort>();
for (const soort of ORGANISATIE_SOORTEN) {
  const label = SOORT_LABEL[soort];
  // "Werkbedrijf / SW-bedrijf" also as "Werkbedrijf" and "SW-bedrijf".
  for (const vorm of [soort, label, ...label.split('/')]) SOORT_SLEUTELS.set(sleutel(vorm), soort);
}
SOORT_SLEUTELS.set('sociaalwerkbedrijf', 'werkbedrijf');
SOORT_SLEUTELS.set('sw', 'werkbedrijf');

/** Whatever exceljs gives for a cell (rich text, hyperlink, formula result…) as trimmed text. */
export function celTekst(waarde: unknown): string {
  if (waarde === null || waarde === undefined) return '';
  if (waarde instanceof Date) return waarde.toISOString().slice(0, 10);
  if (typeof waarde !== 'object') return String(waarde).replace(/\s+/g, ' ').trim();
  const v = waarde as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return celTekst(v.richText.map((d: { text?: string }) => d.text ?? '').join(''));
  if ('hyperlink' in v) {
    // A mail link shown as "Mail ons" still carries the address we want.
    const tekst = celTekst(v.text);
    const mailto = /^mailto:([^?]*)/i.exec(String(v.hyperlink));
    return mailto && !tekst.includes('@') ? celTekst(mailto[1]) : tekst;
  }
  if ('result' in v) return celTekst(v.result);
  if ('text' in v) return celTekst(v.text);
  return ''; // errors such as #N/A, formulas without a cached result
}

const leegVoorbeeld = (bestand: string, fout: string): ImportVoorbeeld => ({
  bestand,
  rijen: [],
  nieuw: 0,
  bestaatAl: 0,
  fouten: 0,
  algemeneFouten: [fout],
});

/** The first row in the top 10 that has a "Naam" column, with the column of every known field. */
function zoekKoppen(blad: ExcelJS.Worksheet): { rij: number; kolom: Partial<Record<Veld, number>> } | null {
  for (let r = 1; r <= Math.min(10, blad.rowCount); r++) {
    const kolom: Partial<Record<Veld, number>> = {};
    blad.getRow(r).eachCell((cel, c) => {
      const s = sleutel(celTekst(cel.value));
      for (const veld of Object.keys(KOPPEN) as Veld[]) {
        if (kolom[veld] === undefined && KOPPEN[veld].includes(s)) kolom[veld] = c;
      }
    });
    if (kolom.naam !== undefined) return { rij: r, kolom };
  }
  return null;
}

export async function leesOrganisatieLijst(
  bytes: Uint8Array,
  context: { bestand: string; bestaandeNamen: string[]; gemeenten: { id: string; naam: string }[] },
): Promise<ImportVoorbeeld> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type that Node's Buffer does not satisfy; JSZip takes either.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    return leegVoorbeeld(context.bestand, 'Dit bestand is geen leesbaar Excel-bestand (.xlsx).');
  }
  const blad = wb.worksheets[0];
  if (!blad) return leegVoorbeeld(context.bestand, 'Dit Excel-bestand heeft geen werkblad.');
  const koppen = zoekKoppen(blad);
  if (!koppen) {
    return leegVoorbeeld(
      context.bestand,
      'Geen kolom "Naam" gevonden in de eerste 10 rijen van het eerste werkblad. ' +
        'Zet de kolomkoppen (Naam, Soort, Contactpersoon, E-mail, Telefoon, Gemeenten) in één rij boven de lijst.',
    );
  }

  const ruw: { rij: number; cellen: Record<Veld, string> }[] = [];
  for (let r = koppen.rij + 1; r <= blad.rowCount; r++) {
    const rij = blad.getRow(r);
    const cellen = {} as Record<Veld, string>;
    for (const veld of Object.keys(KOPPEN) as Veld[]) {
      const c = koppen.kolom[veld];
      cellen[veld] = c === undefined ? '' : celTekst(rij.getCell(c).value);
    }
    if (Object.values(cellen).every((t) => t === '') || cellen.naam === VOORBEELD_NAAM) continue;
    if (ruw.length === MAX_RIJEN) {
      return leegVoorbeeld(
        context.bestand,
        `Het bestand heeft meer dan ${MAX_RIJEN} organisaties. Verdeel de lijst over meerdere bestanden.`,
      );
    }
    ruw.push({ rij: r, cellen });
  }

  const controle = new Controle(context);
  const rijen = ruw.map((x) => controle.rij(x.rij, x.cellen));
  const algemeneFouten = rijen.length === 0 ? ['Er staan geen organisaties onder de kolomkoppen.'] : [];
  const tel = (s: ImportRij['status']) => rijen.filter((x) => x.status === s).length;
  return {
    bestand: context.bestand,
    rijen,
    nieuw: tel('nieuw'),
    bestaatAl: tel('bestaat_al'),
    fouten: tel('fout'),
    algemeneFouten,
  };
}

/** Checks rows one by one, remembering names seen earlier in the file. */
class Controle {
  private readonly bestaand: Set<string>;
  private readonly gemeenten = new Map<string, { id: string; naam: string }>();
  private readonly gezien = new Map<string, number>();

  constructor(context: { bestaandeNamen: string[]; gemeenten: { id: string; naam: string }[] }) {
    this.bestaand = new Set(context.bestaandeNamen.map(naamSleutel));
    for (const g of context.gemeenten) this.gemeenten.set(gemeenteSleutel(g.naam), g);
  }

  rij(rij: number, c: Record<Veld, string>): ImportRij {
    const fouten: string[] = [];
    const fout = (tekst: string) => fouten.push(`Rij ${rij}: ${tekst}`);

    if (c.naam === '') fout('naam ontbreekt.');
    else if (c.naam.length > MAX.naam) fout(`naam is te lang (hoogstens ${MAX.naam} tekens).`);
    for (const veld of ['contactpersoon', 'telefoon'] as const) {
      if (c[veld].length > MAX[veld]) fout(`${veld} is te lang (hoogstens ${MAX[veld]} tekens).`);
    }

    let soort: OrganisatieSoort | null = null;
    if (c.soort === '') fout(`soort ontbreekt; kies uit ${soortLijst()}.`);
    else {
      soort = SOORT_SLEUTELS.get(sleutel(c.soort)) ?? null;
      if (!soort) fout(`soort "${c.soort}" is onbekend; kies uit ${soortLijst()}.`);
    }

    if (c.email !== '' && (!EMAIL.test(c.email) || c.email.length > MAX.email)) {
      fout(`e-mailadres "${c.email}" is ongeldig.`);
    }

    const gemeenten: { id: string; naam: string }[] = [];
    for (const naam of c.gemeenten.split(/[;,]/).map((g) => g.trim())) {
      if (naam === '') continue;
      const g = this.gemeenten.get(gemeenteSleutel(naam));
      if (!g) fout(`gemeente "${naam}" is onbekend in deze werkgroep.`);
      else if (!gemeenten.includes(g)) gemeenten.push(g);
    }

    const sleutelNaam = naamSleutel(c.naam);
    const eerder = this.gezien.get(sleutelNaam);
    if (c.naam !== '' && eerder !== undefined) fout(`"${c.naam}" staat al op rij ${eerder} van dit bestand.`);
    else if (c.naam !== '') this.gezien.set(sleutelNaam, rij);

    const status = fouten.length > 0 ? 'fout' : this.bestaand.has(sleutelNaam) ? 'bestaat_al' : 'nieuw';
    return {
      rij,
      naam: c.naam,
      soort,
      contactpersoon: c.contactpersoon || null,
      email: c.email || null,
      telefoon: c.telefoon || null,
      gemeenteIds: gemeenten.map((g) => g.id),
      gemeenten: gemeenten.map((g) => g.naam),
      status,
      fouten,
    };
  }
}

const naamSleutel = (naam: string) => naam.replace(/\s+/g, ' ').trim().toLowerCase();
/** "Gemeente Goes", "goes" and "Goes" are the same gemeente. */
const gemeenteSleutel = (naam: string) => naamSleutel(naam).replace(/^gemeente\s+/, '');
const soortLijst = () => ORGANISATIE_SOORTEN.map((s) => SOORT_LABEL[s]).join(', ');

/** An empty list to fill in, with a dropdown for Soort and an explanation sheet. */
export function organisatieSjabloon(gemeenten: string[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tafelwerk';
  const blad = wb.addWorksheet('Organisaties');
  blad.columns = [40, 26, 24, 30, 16, 36].map((width) => ({ width }));
  blad.getRow(1).values = SJABLOON_KOPPEN;
  stijlKopRij(blad.getRow(1));
  blad.getRow(2).values = [
    VOORBEELD_NAAM,
    SOORT_LABEL.zorgaanbieder,
    'Contactpersoon Voorbeeld',
    'info@werkpad.example',
    '0113 000000',
    gemeenten.slice(0, 2).join('; '),
  ];
  blad.getRow(2).font = { name: 'Calibri', size: 11, italic: true, color: { argb: 'FF777777' } };
  blad.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' }];
  blad.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: MARGES,
  };
  // One rule over the range (see STACK-NOTES): per-cell rules give thousands of overlapping ranges.
  // dataValidations is missing from exceljs's type declarations.
  (
    blad as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add('B2:B1001', {
    type: 'list',
    allowBlank: true,
    formulae: [`"${ORGANISATIE_SOORTEN.map((s) => SOORT_LABEL[s]).join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'error',
    errorTitle: 'Onbekende soort',
    error: 'Kies een soort organisatie uit de lijst.',
  });

  const uitleg = wb.addWorksheet('Toelichting');
  uitleg.getColumn(1).width = 80;
  const regels = [
    'Organisaties invullen voor Tafelwerk',
    '',
    'Vul op het blad "Organisaties" één organisatie per rij in, onder de kolomkoppen. Laat de koppen staan.',
    'Naam: verplicht, hoogstens 160 tekens. Een naam die al in de werkgroep staat, wordt overgeslagen.',
    `Soort: verplicht, kies uit de lijst: ${soortLijst()}.`,
    'Contactpersoon, E-mail en Telefoon: mogen leeg blijven.',
    'Gemeenten (werkgebied): de gemeenten waar de organisatie werkt, gescheiden door een puntkomma (;).',
    'De voorbeeldrij (grijs) mag blijven staan: die wordt bij het inlezen overgeslagen.',
    '',
    'Gemeenten in deze werkgroep:',
    ...(gemeenten.length > 0 ? gemeenten : ['(nog geen gemeenten)']),
  ];
  regels.forEach((tekst, i) => {
    const cel = uitleg.getCell(i + 1, 1);
    cel.value = tekst;
    cel.alignment = { wrapText: true, vertical: 'top' };
    // Wrapped rows need an explicit height (see werkboek.ts).
    uitleg.getRow(i + 1).height = 15 * Math.max(1, Math.ceil(tekst.length / 75));
  });
  uitleg.getCell(1, 1).font = { name: 'Calibri', bold: true, size: 14 };
  uitleg.getRow(1).height = 20;
  uitleg.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: MARGES,
  };
  return wb;
}
