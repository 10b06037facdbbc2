import ExcelJS from 'exceljs';
import type { ImportVoorbeeld, KandidaatImportRij } from '../../../shared/domain/import';
import { UITKERINGEN, type Uitkering } from '../../../shared/domain/kandidaten';
import { DOELGROEP_LABEL } from '../../../shared/domain/waardering';
import { korteGemeente } from '../../../shared/format/nl';
import {
  celDatum,
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

/**
 * Reading a gemeente's list of candidates (the aanmelding) from Excel. Nothing is saved here: the
 * result is a preview with a status and Dutch messages per row.
 */

/** A werkgroep takes on groups of five or six; a longer list is the wrong file. */
export const MAX_KANDIDAAT_RIJEN = 2000;
/** A pseudonym as a gemeente may hand it over: letters, digits and dashes, at most 20. */
const CODE = /^[A-Z0-9][A-Z0-9-]{0,19}$/;
/** The same limits as the candidate form (shared/api/schemas-kandidaten.ts). */
const MAX = { initialen: 20, klantmanager: 120 } as const;

type Veld = 'code' | 'initialen' | 'gemeente' | 'uitkering' | 'klantmanager' | 'startdatum';
/** Header titles per field, after `sleutel()`. */
const KOPPEN: Record<Veld, string[]> = {
  code: ['code', 'pseudoniem', 'kenmerk', 'kandidaatcode', 'nummer'],
  initialen: ['initialen', 'voorletters'],
  gemeente: ['gemeente', 'woonplaats'],
  uitkering: ['uitkering', 'doelgroep', 'uitkeringdoelgroep', 'doelgroepuitkering', 'soortuitkering'],
  klantmanager: ['klantmanager', 'consulent', 'contactpersoongemeente'],
  startdatum: ['startdatum', 'start', 'begindatum', 'aanmelddatum'],
};

const SJABLOON_KOLOMMEN = [
  { kop: 'Code', breedte: 14 },
  { kop: 'Initialen', breedte: 11 },
  { kop: 'Gemeente', breedte: 20 },
  { kop: 'Uitkering', breedte: 36 },
  { kop: 'Klantmanager', breedte: 24 },
  { kop: 'Startdatum', breedte: 13 },
];
/** The template's example row; a user who forgets to delete it does not import a fake candidate. */
const VOORBEELD_CODE = 'VOORBEELD-1';

/** Labels and keys of the benefits, plus what gemeenten commonly write. */
const UITKERING_SLEUTELS = new Map<string, Uitkering>();
for (const u of UITKERINGEN)
  for (const vorm of [u, DOELGROEP_LABEL[u]]) UITKERING_SLEUTELS.set(sleutel(vorm), u);
for (const [vorm, u] of [
  ['bijstand', 'participatiewet_kort'],
  ['participatiewet', 'participatiewet_kort'],
  ['pw', 'participatiewet_kort'],
  ['wia', 'wia_wao'],
  ['wao', 'wia_wao'],
  ['wiawao', 'wia_wao'],
  ['banenafspraak', 'doelgroepregister'],
  ['geen', 'geen_uitkering'],
  ['nuggers', 'geen_uitkering'],
  ['nietuitkeringsgerechtigd', 'geen_uitkering'],
] as const)
  UITKERING_SLEUTELS.set(vorm, u);

const uitkeringLijst = () => UITKERINGEN.map((u) => DOELGROEP_LABEL[u]).join(', ');

export interface KandidatenContext {
  bestand: string;
  /** Codes of every candidate in the file: a listed code that exists is skipped, not added twice. */
  bestaandeCodes: string[];
  gemeenten: { id: string; naam: string }[];
}

export async function leesKandidatenLijst(
  bytes: Uint8Array,
  context: KandidatenContext,
): Promise<ImportVoorbeeld<KandidaatImportRij>> {
  const wb = await laadWerkboek(bytes);
  if (!wb) return leegVoorbeeld(context.bestand, 'Dit bestand is geen leesbaar Excel-bestand (.xlsx).');
  return leesKandidatenWerkboek(wb, context);
}

/** Header titles of a candidate list, for recognising a dropped workbook (import-herkennen.ts). */
export const KANDIDATEN_KOPPEN = KOPPEN;

/** The same as leesKandidatenLijst, for a workbook already parsed (a dropped file is parsed once). */
export function leesKandidatenWerkboek(
  wb: Werkboek,
  context: KandidatenContext,
): ImportVoorbeeld<KandidaatImportRij> {
  const leeg = (fout: string) => leegVoorbeeld<KandidaatImportRij>(context.bestand, fout);
  const blad = wb.worksheets[0];
  if (!blad) return leeg('Dit Excel-bestand heeft geen werkblad.');
  const koppen = zoekKolommen(blad, KOPPEN, 'gemeente');
  if (!koppen)
    return leeg(
      'Geen kolom "Gemeente" gevonden in de eerste 10 rijen van het eerste werkblad. ' +
        'Zet de kolomkoppen (Code, Initialen, Gemeente, Uitkering, Klantmanager, Startdatum) in één rij boven de lijst.',
    );

  const controle = new Controle(context);
  const rijen: KandidaatImportRij[] = [];
  for (let r = koppen.rij + 1; r <= blad.rowCount; r++) {
    const rij = blad.getRow(r);
    const cel = (veld: Veld): unknown => {
      const c = koppen.kolom[veld];
      return c === undefined ? null : rij.getCell(c).value;
    };
    const tekst = {} as Record<Veld, string>;
    for (const veld of Object.keys(KOPPEN) as Veld[]) tekst[veld] = celTekst(cel(veld));
    if (Object.values(tekst).every((t) => t === '') || tekst.code.toUpperCase() === VOORBEELD_CODE) continue;
    if (rijen.length === MAX_KANDIDAAT_RIJEN)
      return leeg(
        `Het bestand heeft meer dan ${MAX_KANDIDAAT_RIJEN} kandidaten. Verdeel de lijst over meerdere bestanden.`,
      );
    rijen.push(controle.rij(r, tekst, cel('startdatum')));
  }
  return voorbeeldVan(context.bestand, rijen, 'Er staan geen kandidaten onder de kolomkoppen.');
}

/** Checks rows one by one, remembering codes seen earlier in the file. */
class Controle {
  private readonly bestaand: Set<string>;
  private readonly gemeente: (naam: string) => { id: string; naam: string } | undefined;
  private readonly gezien = new Map<string, number>();

  constructor(context: KandidatenContext) {
    this.bestaand = new Set(context.bestaandeCodes.map((c) => c.toUpperCase()));
    this.gemeente = gemeenteZoeker(context.gemeenten);
  }

  rij(rij: number, t: Record<Veld, string>, startCel: unknown): KandidaatImportRij {
    const fouten: string[] = [];
    const fout = (tekst: string) => fouten.push(`Rij ${rij}: ${tekst}`);

    // Codes are compared without regard to case, like the file does; stored as written in capitals.
    const code = t.code.toUpperCase() || null;
    // The cell is not echoed: a wrong column may hold a name. Digits only may be a BSN or client
    // number, which must not become the pseudonym shown everywhere.
    if (code && !CODE.test(code))
      fout('de code is geen pseudoniem (alleen letters, cijfers en -, hoogstens 20 tekens).');
    else if (code && /^[0-9-]+$/.test(code))
      fout(
        'een code van alleen cijfers kan een BSN of klantnummer zijn; laat de code leeg, dan maakt Tafelwerk er een.',
      );
    const initialen = t.initialen || null;
    if (!code && !initialen) fout('vul een code of initialen in.');
    if (initialen && initialen.length > MAX.initialen)
      fout(`initialen zijn te lang (hoogstens ${MAX.initialen} tekens); zet hier geen volledige naam.`);

    const g = t.gemeente ? this.gemeente(t.gemeente) : undefined;
    if (!t.gemeente) fout('gemeente ontbreekt.');
    else if (!g) fout(`gemeente "${t.gemeente}" is onbekend in deze werkgroep.`);

    let uitkering: Uitkering | null = null;
    if (t.uitkering) {
      uitkering = UITKERING_SLEUTELS.get(sleutel(t.uitkering)) ?? null;
      if (!uitkering) fout(`uitkering "${t.uitkering}" is onbekend; kies uit ${uitkeringLijst()}.`);
    }

    const klantmanager = t.klantmanager || null;
    if (klantmanager && klantmanager.length > MAX.klantmanager)
      fout(`klantmanager is te lang (hoogstens ${MAX.klantmanager} tekens).`);

    let startdatum: string | null = null;
    if (t.startdatum) {
      startdatum = celDatum(startCel);
      if (!startdatum) fout(`startdatum "${t.startdatum}" is geen datum; schrijf dd-mm-jjjj.`);
    }

    if (code && CODE.test(code)) {
      const eerder = this.gezien.get(code);
      if (eerder !== undefined) fout(`code ${code} staat al op rij ${eerder} van dit bestand.`);
      else this.gezien.set(code, rij);
    }

    const status = fouten.length > 0 ? 'fout' : code && this.bestaand.has(code) ? 'bestaat_al' : 'nieuw';
    return {
      rij,
      // An unusable code is not kept in the preview either: it may be a name or a BSN.
      code: code && CODE.test(code) && !/^[0-9-]+$/.test(code) ? code : null,
      initialen,
      gemeenteId: g?.id ?? null,
      gemeente: g ? korteGemeente(g.naam) : null,
      uitkering,
      klantmanager,
      startdatum,
      status,
      fouten,
    };
  }
}

/** An empty list to fill in, with dropdowns for Gemeente and Uitkering and an explanation sheet. */
export function kandidatenSjabloon(gemeenten: string[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const blad = sjabloonBlad(wb, 'Kandidaten', SJABLOON_KOLOMMEN, [
    VOORBEELD_CODE,
    'X.Y.Z.',
    gemeenten[0] ?? '',
    DOELGROEP_LABEL.ww,
    'Klantmanager Voorbeeld',
    new Date(Date.UTC(2026, 0, 5)),
  ]);
  blad.getColumn(6).numFmt = 'dd-mm-yyyy';
  // A list written inline may not contain commas, nor be longer than 255 characters.
  keuzelijst(
    blad,
    'D2:D2001',
    UITKERINGEN.map((u) => DOELGROEP_LABEL[u].replace(/,/g, '')),
    { titel: 'Onbekende uitkering', tekst: 'Kies een uitkering uit de lijst.', streng: false },
  );
  if (gemeenten.length > 0 && gemeenten.join(',').length <= 250 && !gemeenten.some((g) => g.includes(',')))
    keuzelijst(blad, 'C2:C2001', gemeenten, {
      titel: 'Onbekende gemeente',
      tekst: 'Kies een gemeente van deze werkgroep.',
      streng: false,
    });
  toelichtingBlad(wb, [
    'Kandidaten aanmelden voor Tafelwerk',
    '',
    'Vul op het blad "Kandidaten" één kandidaat per rij in, onder de kolomkoppen. Laat de koppen staan.',
    'Zet geen volledige namen in deze lijst: een code of initialen is genoeg.',
    'Code: een eigen kenmerk van letters, cijfers en -, hoogstens 20 tekens. Leeg laten mag: Tafelwerk maakt dan een code. Een code die al in de werkgroep staat, wordt overgeslagen.',
    'Initialen: mogen leeg blijven als er een code staat.',
    'Gemeente: verplicht, een gemeente van deze werkgroep.',
    `Uitkering: kies uit de lijst: ${uitkeringLijst()}.`,
    'Klantmanager: mag leeg blijven. Startdatum: dd-mm-jjjj, mag leeg blijven.',
    'De voorbeeldrij (grijs) mag blijven staan: die wordt bij het inlezen overgeslagen.',
    '',
    'Gemeenten in deze werkgroep:',
    ...(gemeenten.length > 0 ? gemeenten : ['(nog geen gemeenten)']),
  ]);
  return wb;
}
