import ExcelJS from 'exceljs';
import type { ImportRij, ImportVoorbeeld } from '../../../shared/domain/import';
import { ORGANISATIE_SOORTEN, type OrganisatieSoort, SOORT_LABEL } from '../../../shared/domain/organisaties';
import {
  celTekst,
  gemeenteZoeker,
  keuzelijst,
  laadWerkboek,
  leegVoorbeeld,
  sjabloonBlad,
  sleutel,
  toelichtingBlad,
  voorbeeldVan,
  zoekKolommen,
} from './import-lezen';
import type { Werkboek } from './plat-werkboek';

/** Kept for callers that read lists from here; the shared helpers live in import-lezen.ts. */

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

const SOORT_SLEUTELS = new Map<string, OrganisatieSoort>();
for (const soort of ORGANISATIE_SOORTEN) {
  const label = SOORT_LABEL[soort];
  // "Werkbedrijf / SW-bedrijf" also as "Werkbedrijf" and "SW-bedrijf".
  for (const vorm of [soort, label, ...label.split('/')]) SOORT_SLEUTELS.set(sleutel(vorm), soort);
}
SOORT_SLEUTELS.set('sociaalwerkbedrijf', 'werkbedrijf');
SOORT_SLEUTELS.set('sw', 'werkbedrijf');

export interface OrganisatiesContext {
  bestand: string;
  bestaandeNamen: string[];
  gemeenten: { id: string; naam: string }[];
}

export async function leesOrganisatieLijst(
  bytes: Uint8Array,
  context: OrganisatiesContext,
): Promise<ImportVoorbeeld> {
  const wb = await laadWerkboek(bytes);
  if (!wb) return leegVoorbeeld(context.bestand, 'Dit bestand is geen leesbaar Excel-bestand (.xlsx).');
  return leesOrganisatieWerkboek(wb, context);
}

/** Header titles of an organisation list, for recognising a dropped workbook (import-herkennen.ts). */
export const ORGANISATIE_KOPPEN = KOPPEN;

/** The same as leesOrganisatieLijst, for a workbook already parsed (a dropped file is parsed once). */
export function leesOrganisatieWerkboek(wb: Werkboek, context: OrganisatiesContext): ImportVoorbeeld {
  const blad = wb.worksheets[0];
  if (!blad) return leegVoorbeeld(context.bestand, 'Dit Excel-bestand heeft geen werkblad.');
  const koppen = zoekKolommen(blad, KOPPEN, 'naam');
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
  return voorbeeldVan(context.bestand, rijen, 'Er staan geen organisaties onder de kolomkoppen.');
}

/** Checks rows one by one, remembering names seen earlier in the file. */
class Controle {
  private readonly bestaand: Set<string>;
  private readonly gemeente: (naam: string) => { id: string; naam: string } | undefined;
  private readonly gezien = new Map<string, number>();

  constructor(context: { bestaandeNamen: string[]; gemeenten: { id: string; naam: string }[] }) {
    this.bestaand = new Set(context.bestaandeNamen.map(naamSleutel));
    this.gemeente = gemeenteZoeker(context.gemeenten);
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
      const g = this.gemeente(naam);
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
const soortLijst = () => ORGANISATIE_SOORTEN.map((s) => SOORT_LABEL[s]).join(', ');

/** An empty list to fill in, with a dropdown for Soort and an explanation sheet. */
export function organisatieSjabloon(gemeenten: string[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const blad = sjabloonBlad(
    wb,
    'Organisaties',
    SJABLOON_KOPPEN.map((kop, i) => ({ kop, breedte: [40, 26, 24, 30, 16, 36][i] ?? 20 })),
    [
      VOORBEELD_NAAM,
      SOORT_LABEL.zorgaanbieder,
      'Contactpersoon Voorbeeld',
      'info@werkpad.example',
      '0113 000000',
      gemeenten.slice(0, 2).join('; '),
    ],
  );
  keuzelijst(
    blad,
    'B2:B1001',
    ORGANISATIE_SOORTEN.map((s) => SOORT_LABEL[s]),
    { titel: 'Onbekende soort', tekst: 'Kies een soort organisatie uit de lijst.', streng: true },
  );
  toelichtingBlad(wb, [
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
  ]);
  return wb;
}
