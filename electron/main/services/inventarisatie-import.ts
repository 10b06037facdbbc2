import { basename } from 'node:path';
import { sorteerOpCel } from '../../../shared/domain/cel-volgorde';
import type {
  AntwoordWaarde,
  FormulierenVoorbeeld,
  FormulierProbleem,
  FormulierVoorbeeld,
  Vraag,
} from '../../../shared/domain/inventarisatie';
import {
  type AntwoordFout,
  alleVragen,
  leesAntwoord,
} from '../../../shared/domain/inventarisatie-antwoorden';
import { type GelezenFormulier, type Leesresultaat, leesFormulier } from '../excel/inventarisatie-lezen';
import type { Db } from '../store/database';
import { formulierSleutel } from '../store/repositories/formulier-sleutel';
import { getAntwoorden, getRonde, getSjabloon, slaAntwoordenOp } from '../store/repositories/inventarisatie';
import { recordChange } from '../store/repositories/werkgroep';
import { leesImportBestand } from './import-bestand';

/** A problem with the form as a whole: no cell or question to point at. */
const geheel = (melding: string): FormulierProbleem => ({ cel: null, vraag: null, melding });

/**
 * The cell a problem is in: the cell of the choice or option it concerns, or else the question's
 * cell (a range such as B20:C31 for a question with several cells).
 */
function celVan(f: GelezenFormulier, sleutel: string, fout?: AntwoordFout): string | null {
  const eigen = f.cellen.filter((c) => c.sleutel === sleutel);
  const deel = fout?.deel ? eigen.find((c) => c.deel === fout.deel) : undefined;
  if (deel) return fout?.plaatsen ? (deel.plaatsen ?? deel.cel) : deel.cel;
  const eerste = eigen[0];
  const laatste = eigen.at(-1);
  if (!eerste || !laatste) return null;
  const eind = laatste.plaatsen ?? laatste.cel;
  return eerste.cel === eind ? eind : `${eerste.cel}:${eind}`;
}

/** Every problem in the answers of a form (cell and question each), and the answers it gives. */
function controleerAntwoorden(f: GelezenFormulier, vragen: Vraag[]) {
  const fouten: FormulierProbleem[] = [];
  const antwoorden: Record<string, AntwoordWaarde | null> = {};
  for (const cel of f.formules) {
    const sleutel = f.cellen.find((c) => c.cel === cel || c.plaatsen === cel)?.sleutel;
    fouten.push({
      cel,
      vraag: vragen.find((v) => v.sleutel === sleutel)?.tekst ?? null,
      melding: 'Hier staat een formule; typ het antwoord zelf in.',
    });
  }
  for (const vraag of vragen) {
    const gelezen = leesAntwoord(vraag, f.ruw.get(vraag.sleutel) ?? null);
    if ('fouten' in gelezen) {
      for (const fout of gelezen.fouten)
        fouten.push({ cel: celVan(f, vraag.sleutel, fout), vraag: vraag.tekst, melding: fout.melding });
      continue;
    }
    if (vraag.verplicht && gelezen.waarde === null)
      fouten.push({
        cel: celVan(f, vraag.sleutel),
        vraag: vraag.tekst,
        melding: 'Deze vraag is verplicht; vul hier een antwoord in.',
      });
    antwoorden[vraag.sleutel] = gelezen.waarde;
  }
  return { fouten: sorteerOpCel(fouten), antwoorden };
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
    return {
      ...uit,
      fouten: [geheel('Dit formulier hoort bij een ronde die niet in deze werkgroep staat.')],
    };
  uit.rondeId = ronde.id;
  uit.ronde = ronde.naam;
  const deelname = ronde.deelnames.find((d) => d.organisatieId === f.organisatieId);
  if (!deelname)
    return {
      ...uit,
      fouten: [
        geheel(`${f.organisatie || 'Deze organisatie'} is in de ronde "${ronde.naam}" niet gevraagd.`),
      ],
    };
  uit.organisatieId = deelname.organisatieId;
  uit.organisatie = deelname.organisatie;
  if (f.sjabloonId !== ronde.sjabloonId || f.sjabloonVersie !== ronde.sjabloonVersie)
    return {
      ...uit,
      fouten: [
        geheel('Dit formulier is gemaakt met een andere versie van het formulier dan deze ronde gebruikt.'),
      ],
    };
  const { fouten, antwoorden } = controleerAntwoorden(
    f,
    alleVragen(getSjabloon(db, ronde.sjabloonId).secties),
  );
  const beantwoord = Object.values(antwoorden).filter((w) => w !== null).length;
  if (fouten.length > 0) return { ...uit, fouten, antwoorden, beantwoord };
  const eerder = Object.keys(getAntwoorden(db, ronde.id, deelname.organisatieId)).length > 0;
  return { ...uit, antwoorden, beantwoord, status: eerder ? 'vervangt' : 'nieuw' };
}

/** Reads returned forms and checks each against the open werkgroep. Writes nothing. */
export function bekijkFormulieren(db: Db, paden: string[]): Promise<FormulierenVoorbeeld> {
  return beoordeelFormulieren(
    db,
    paden.map((pad) => ({
      bestand: basename(pad),
      lees: async (sleutel) => leesFormulier(await leesImportBestand(pad, 'een formulier'), sleutel),
    })),
  );
}

/** One returned form to check: its file name (for messages) and how to read it with the MAC key. */
export interface FormulierBron {
  bestand: string;
  lees: (kenmerkSleutel: Buffer | null) => Promise<Leesresultaat> | Leesresultaat;
}

/**
 * Checks each form against the open werkgroep, whether chosen in a dialog or dropped on the
 * window: a form that cannot be read gets its own refusal, a second form of one organisation too.
 */
export async function beoordeelFormulieren(db: Db, bronnen: FormulierBron[]): Promise<FormulierenVoorbeeld> {
  const formulieren: FormulierVoorbeeld[] = [];
  const gezien = new Map<string, string>();
  const kenmerkSleutel = formulierSleutel(db);
  for (const { bestand, lees } of bronnen) {
    let voorbeeld: FormulierVoorbeeld;
    try {
      const gelezen = await lees(kenmerkSleutel);
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
          geheel(
            `Er is al een formulier van ${voorbeeld.organisatie} gekozen (${gezien.get(sleutel)}); kies er één.`,
          ),
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
    fouten: [geheel(fout)],
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

const formulieren = (n: number) => `${n} ${n === 1 ? 'ingevuld formulier' : 'ingevulde formulieren'}`;

/**
 * Stores the confirmed forms (see voerFormulierenUit) and records the attempt in the audit log:
 * the stored forms as read in, the refused ones as refused, with result "mislukt". A refused form
 * is never logged as a success, and an import of only refused forms stores nothing but that line.
 * Runs inside the caller's write, so the answers and their log lines are saved together.
 */
export function leesFormulierenIn(db: Db, voorbeeld: FormulierenVoorbeeld, auteur: string): number {
  const opgeslagen = voerFormulierenUit(db, voorbeeld);
  if (opgeslagen > 0)
    recordChange(db, auteur, 'inventarisatie', `${formulieren(opgeslagen)} ingelezen`, {
      actie: 'importeren',
    });
  if (voorbeeld.fout > 0)
    recordChange(
      db,
      auteur,
      'inventarisatie',
      `${formulieren(voorbeeld.fout)} geweigerd; daarvan is niets opgeslagen`,
      { actie: 'importeren', resultaat: 'mislukt' },
    );
  return opgeslagen;
}
