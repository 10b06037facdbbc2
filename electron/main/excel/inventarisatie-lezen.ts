import { kenmerkKlopt } from './formulier-kenmerk';
import { celTekst, formuleOfFout, laadWerkboek } from './import-lezen';
import {
  type Celverwijzing,
  FORMULIERBLAD,
  MARKER,
  MARKER_VERSIE,
  MARKER_VERSIE_ZONDER_KENMERK,
  MARKERBLAD,
} from './inventarisatie-formulier';
import type { Cel, Werkboek } from './plat-werkboek';

/**
 * Reading a returned inventarisatie form: the marker (which round, template version and
 * organisation) and the raw content of every answer cell. Interpreting the answers is the
 * domain's job (leesAntwoord); this only refuses what is not a Tafelwerk form or cannot be read.
 */

export interface GelezenFormulier {
  rondeId: string;
  sjabloonId: string;
  sjabloonVersie: number;
  organisatieId: string;
  organisatie: string;
  /** Per question key: the raw value (text, number, boolean), or for meerkeuze/aanbod the rows. */
  ruw: Map<string, unknown>;
  /** Which cell answers which question (and choice or option): how a problem names its cell. */
  cellen: Celverwijzing[];
  /** Cells holding a formula where a typed value belongs: named, so the user can fix them. */
  formules: string[];
}

export type Leesresultaat = { ok: true; formulier: GelezenFormulier } | { ok: false; fout: string };

const heeftFormule = (cel: Cel) => formuleOfFout(cel) === 'formule';

/** The plain value of a cell: text trimmed, numbers and booleans as they are, dates as ISO. */
function waarde(cel: Cel): unknown {
  const v = cel.value;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const t = celTekst(v);
  return t === '' ? null : t;
}

const KENMERK_KLOPT_NIET =
  'Dit formulier is na het versturen aangepast of komt niet van deze werkgroep: het verborgen kenmerk klopt niet. ' +
  'Er is niets uit ingelezen. Stuur de organisatie een nieuw formulier (Formulieren maken…) en vraag haar dat in te vullen.';

/**
 * Reads a returned form. `sleutel` is this werkgroep's key for the marker's MAC (null when it has
 * made no form yet): a marker that does not carry a valid MAC under it is refused before anything
 * in it is believed.
 */
export async function leesFormulier(bytes: Uint8Array, sleutel: Buffer | null): Promise<Leesresultaat> {
  const wb = await laadWerkboek(bytes);
  if (!wb)
    return {
      ok: false,
      fout: 'Dit bestand is geen leesbaar Excel-bestand (.xlsx); misschien is het beschadigd.',
    };
  return leesFormulierWerkboek(wb, sleutel);
}

/** True when the workbook carries a Tafelwerk form's marker, before anything in it is checked. */
export function isFormulier(wb: Werkboek): boolean {
  const marker = wb.getWorksheet(MARKERBLAD);
  return !!marker && celTekst(marker.getCell('A1').value) === MARKER && !!wb.getWorksheet(FORMULIERBLAD);
}

/** The same as leesFormulier, for a workbook already parsed (a dropped file is parsed once). */
export function leesFormulierWerkboek(wb: Werkboek, sleutel: Buffer | null): Leesresultaat {
  const marker = wb.getWorksheet(MARKERBLAD);
  const blad = wb.getWorksheet(FORMULIERBLAD);
  if (!marker || !blad || !isFormulier(wb))
    return { ok: false, fout: 'Dit is geen inventarisatieformulier van Tafelwerk.' };
  const tekst = (adres: string) => celTekst(marker.getCell(adres).value);
  const versie = Number(marker.getCell('B1').value);
  // Forms made before the MAC cannot be told apart from edited ones (removing the MAC would be
  // enough to pass): refused, with the way out. See SECURITY.md.
  if (versie === MARKER_VERSIE_ZONDER_KENMERK)
    return {
      ok: false,
      fout:
        'Dit formulier is gemaakt met een oudere versie van Tafelwerk en kan niet worden gecontroleerd. ' +
        `Er is niets uit ingelezen. Stuur ${tekst('C4') || 'de organisatie'} een nieuw formulier (Formulieren maken…); ` +
        'de antwoorden kunnen uit dit formulier worden overgenomen.',
    };
  if (versie !== MARKER_VERSIE)
    return {
      ok: false,
      fout: 'Dit formulier is gemaakt met een andere versie van Tafelwerk; maak het formulier opnieuw.',
    };
  const verwijzingen: Celverwijzing[] = [];
  for (let r = 6; r <= marker.rowCount; r++) {
    const rij = marker.getRow(r);
    const sleutel = celTekst(rij.getCell(1).value);
    if (!sleutel) continue;
    verwijzingen.push({
      sleutel,
      deel: celTekst(rij.getCell(2).value),
      cel: celTekst(rij.getCell(3).value),
      plaatsen: celTekst(rij.getCell(4).value) || null,
    });
  }
  const gelezen = {
    rondeId: tekst('B2'),
    sjabloonId: tekst('B3'),
    sjabloonVersie: Number(marker.getCell('C3').value),
    organisatieId: tekst('B4'),
    organisatie: tekst('C4'),
  };
  if (!kenmerkKlopt(sleutel, { versie, ...gelezen, cellen: verwijzingen }, tekst('B5')))
    return { ok: false, fout: KENMERK_KLOPT_NIET };
  const adres = /^[A-Z]{1,3}[1-9]\d{0,4}$/;
  if (verwijzingen.some((v) => !adres.test(v.cel) || (v.plaatsen !== null && !adres.test(v.plaatsen))))
    return {
      ok: false,
      fout: 'Het verborgen deel van dit formulier is aangepast; maak het formulier opnieuw.',
    };

  const ruw = new Map<string, unknown>();
  const formules: string[] = [];
  const lees = (a: string) => {
    const cel = blad.getCell(a);
    if (heeftFormule(cel)) formules.push(a);
    return waarde(cel);
  };
  for (const v of verwijzingen) {
    if (v.plaatsen !== null) {
      const rijen = (ruw.get(v.sleutel) as unknown[][] | undefined) ?? [];
      rijen.push([v.deel, lees(v.cel), lees(v.plaatsen)]);
      ruw.set(v.sleutel, rijen);
    } else if (v.deel !== '') {
      const lijst = (ruw.get(v.sleutel) as { keuze: string; vink: unknown }[] | undefined) ?? [];
      lijst.push({ keuze: v.deel, vink: lees(v.cel) });
      ruw.set(v.sleutel, lijst);
    } else ruw.set(v.sleutel, lees(v.cel));
  }
  return {
    ok: true,
    formulier: {
      ...gelezen,
      ruw,
      cellen: verwijzingen,
      formules,
    },
  };
}
