import { basename } from 'node:path';
import type {
  AntwoordWaarde,
  FormulierenVoorbeeld,
  FormulierVoorbeeld,
} from '../../../shared/domain/inventarisatie';
import {
  alleVragen,
  controleerVerplicht,
  leesAntwoord,
  leesJaNee,
} from '../../../shared/domain/inventarisatie-antwoorden';
import { type GelezenFormulier, leesFormulier } from '../excel/inventarisatie-lezen';
import type { Db } from '../store/database';
import { getAntwoorden, getRonde, getSjabloon, slaAntwoordenOp } from '../store/repositories/inventarisatie';
import { leesImportBestand } from './import-bestand';

/** Turns meerkeuze tick rows into the list of ticked choices; a tick that is not ja/x is reported. */
function meerkeuze(rijen: { keuze: string; vink: unknown }[]): { keuzes: string[] } | { fout: string } {
  const keuzes: string[] = [];
  for (const { keuze, vink } of rijen) {
    if (vink === null) continue;
    const ja = leesJaNee(vink);
    if (ja === undefined) return { fout: `"${String(vink)}" bij "${keuze}" is geen x of ja.` };
    if (ja) keuzes.push(keuze);
  }
  return { keuzes };
}

/** Checks one read form against this werkgroep: round, template version, organisation, answers. */
function controleer(db: Db, bestand: string, f: GelezenFormulier): FormulierVoorbeeld {
  const uit: FormulierVoorbeeld = {
    bestand,
    organisatieId: null,
    organisatie: f.organisatie || null,
    rondeId: null,
    ronde: null,
    status: 'fout',
    fouten: [],
    beantwoord: 0,
    antwoorden: {},
  };
  const ronde = db.get<{ id: string }>(
    'SELECT id FROM inventarisatie_ronde WHERE id = ? AND deleted_at IS NULL',
    [f.rondeId],
  )
    ? getRonde(db, f.rondeId)
    : null;
  if (!ronde)
    return { ...uit, fouten: ['Dit formulier hoort bij een ronde die niet in deze werkgroep staat.'] };
  uit.rondeId = ronde.id;
  uit.ronde = ronde.naam;
  const deelname = ronde.deelnames.find((d) => d.organisatieId === f.organisatieId);
  if (!deelname)
    return {
      ...uit,
      fouten: [`${f.organisatie || 'Deze organisatie'} is in de ronde "${ronde.naam}" niet gevraagd.`],
    };
  uit.organisatieId = deelname.organisatieId;
  uit.organisatie = deelname.organisatie;
  if (f.sjabloonId !== ronde.sjabloonId || f.sjabloonVersie !== ronde.sjabloonVersie)
    return {
      ...uit,
      fouten: ['Dit formulier is gemaakt met een andere versie van het formulier dan deze ronde gebruikt.'],
    };
  if (f.formules.length > 0)
    uit.fouten.push(`In ${f.formules.join(', ')} staat een formule; typ daar het antwoord zelf in.`);
  for (const vraag of alleVragen(getSjabloon(db, ronde.sjabloonId).secties)) {
    let ruw = f.ruw.get(vraag.sleutel) ?? null;
    if (vraag.soort === 'meerkeuze' && Array.isArray(ruw)) {
      const m = meerkeuze(ruw as { keuze: string; vink: unknown }[]);
      if ('fout' in m) {
        uit.fouten.push(`${vraag.tekst}: ${m.fout}`);
        continue;
      }
      ruw = m.keuzes;
    }
    const gelezen = leesAntwoord(vraag, ruw);
    if ('fout' in gelezen) {
      uit.fouten.push(`${vraag.tekst}: ${gelezen.fout}`);
      continue;
    }
    const verplicht = controleerVerplicht(vraag, gelezen.waarde);
    if (verplicht) uit.fouten.push(verplicht);
    uit.antwoorden[vraag.sleutel] = gelezen.waarde;
    if (gelezen.waarde) uit.beantwoord++;
  }
  if (uit.fouten.length > 0) return uit;
  const eerder = Object.keys(getAntwoorden(db, ronde.id, deelname.organisatieId)).length > 0;
  return { ...uit, status: eerder ? 'vervangt' : 'nieuw' };
}

/** Reads returned forms and checks each against the open werkgroep. Writes nothing. */
export async function bekijkFormulieren(db: Db, paden: string[]): Promise<FormulierenVoorbeeld> {
  const formulieren: FormulierVoorbeeld[] = [];
  const gezien = new Map<string, string>();
  for (const pad of paden) {
    const bestand = basename(pad);
    let voorbeeld: FormulierVoorbeeld;
    try {
      const gelezen = await leesFormulier(await leesImportBestand(pad, 'een formulier'));
      voorbeeld = gelezen.ok
        ? controleer(db, bestand, gelezen.formulier)
        : leegVoorbeeld(bestand, gelezen.fout);
    } catch (err) {
      voorbeeld = leegVoorbeeld(
        bestand,
        err instanceof Error ? err.message : 'Dit bestand kan niet worden gelezen.',
      );
    }
    const sleutel = `${voorbeeld.rondeId}/${voorbeeld.organisatieId}`;
    if (voorbeeld.status !== 'fout' && gezien.has(sleutel)) {
      voorbeeld = {
        ...voorbeeld,
        status: 'fout',
        fouten: [
          `Er is al een formulier van ${voorbeeld.organisatie} gekozen (${gezien.get(sleutel)}); kies er één.`,
        ],
      };
    } else if (voorbeeld.status !== 'fout') gezien.set(sleutel, bestand);
    formulieren.push(voorbeeld);
  }
  const fout = formulieren.filter((f) => f.status === 'fout').length;
  return { formulieren, goed: formulieren.length - fout, fout };
}

function leegVoorbeeld(bestand: string, fout: string): FormulierVoorbeeld {
  return {
    bestand,
    organisatieId: null,
    organisatie: null,
    rondeId: null,
    ronde: null,
    status: 'fout',
    fouten: [fout],
    beantwoord: 0,
    antwoorden: {},
  };
}

/**
 * Stores the answers of every form without errors, each form all or nothing (a savepoint of
 * its own). Forms with errors are left out; nothing of them is stored. Returns how many were stored.
 */
export function voerFormulierenUit(db: Db, voorbeeld: FormulierenVoorbeeld): number {
  let opgeslagen = 0;
  for (const f of voorbeeld.formulieren) {
    if (f.status === 'fout' || !f.rondeId || !f.organisatieId) continue;
    const { rondeId, organisatieId } = f;
    db.transaction(() =>
      slaAntwoordenOp(db, rondeId, organisatieId, f.antwoorden as Record<string, AntwoordWaarde | null>),
    );
    opgeslagen++;
  }
  return opgeslagen;
}
