import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { probleemAlsTekst } from '../../shared/domain/inventarisatie';
import { AppFault } from '../main/errors';
import { schrijfWerkboek } from '../main/excel/werkboek';
import { maakFormulieren, maakResultatenWerkboek } from '../main/services/inventarisatie-export';
import { bekijkFormulieren, leesFormulierenIn } from '../main/services/inventarisatie-import';
import type { Db } from '../main/store/database';
import { formulierSleutel, zorgVoorFormulierSleutel } from '../main/store/repositories/formulier-sleutel';
import { listRondes, rondeMetNaam } from '../main/store/repositories/inventarisatie';
import { parseArgs, UsageError } from './args';
import { CLI_AUTEUR, leesBestand, openBestand } from './ontgrendelen';
import type { CliIo } from './run';

/** The round named with --ronde, or the most recent one. */
function kiesRonde(db: Db, naam: string | undefined) {
  const ronde = naam ? rondeMetNaam(db, naam) : listRondes(db)[0];
  if (!ronde)
    throw new AppFault(
      'NIET_GEVONDEN',
      naam ? `Er is geen ronde "${naam}".` : 'Dit bestand heeft nog geen inventarisatieronde.',
    );
  return ronde;
}

/** `tafelwerk formulieren <bestand> [--ronde <naam>] --out <map> [--alleen-openstaand]` */
export async function formulieren(args: string[], io: CliIo): Promise<number> {
  const { positional, values, flags, geheim } = parseArgs(
    args,
    { values: ['--out', '--ronde'], flags: ['--alleen-openstaand'] },
    { count: 1, command: 'formulieren' },
  );
  const out = values.get('--out');
  if (!out) throw new UsageError('Geef met --out een map op voor de formulieren.');
  await fs.mkdir(resolve(out), { recursive: true });
  const bestand = resolve(positional[0] as string);
  let { db } = await leesBestand(bestand, geheim);
  if (!formulierSleutel(db)) {
    // The first forms of this werkgroep: their MAC key is saved in the file before any form is made.
    db.close();
    const file = await openBestand(bestand, geheim);
    try {
      await file.write(zorgVoorFormulierSleutel);
    } finally {
      await file.close();
    }
    ({ db } = await leesBestand(bestand, geheim));
  }
  try {
    const ronde = kiesRonde(db, values.get('--ronde'));
    const paden = await maakFormulieren(db, ronde.id, resolve(out), flags.has('--alleen-openstaand'));
    for (const p of paden) io.out(`  ${p}`);
    io.out(
      `${paden.length} formulier${paden.length === 1 ? '' : 'en'} voor "${ronde.naam}" geschreven naar ${resolve(out)}`,
    );
  } finally {
    db.close();
  }
  return 0;
}

/**
 * `tafelwerk import inventarisatie <bestand> <formulier.xlsx…> [--dry-run]`: a preview per form;
 * each form all or nothing; exit 1 when any form is refused (the good ones are still stored).
 */
export async function importInventarisatie(args: string[], io: CliIo): Promise<number> {
  const { positional, flags, geheim } = parseArgs(
    args,
    { flags: ['--dry-run'] },
    { min: 2, command: 'import inventarisatie' },
  );
  const [bestand, ...formulierPaden] = positional.map((p) => resolve(p)) as [string, ...string[]];
  const file = await openBestand(bestand, geheim);
  try {
    const v = await bekijkFormulieren(file.db, formulierPaden);
    for (const f of v.formulieren) {
      const status = f.status === 'nieuw' ? 'nieuw' : f.status === 'vervangt' ? 'vervangt' : 'GEWEIGERD';
      io.out(
        `  ${status.padEnd(10)} ${f.bestand}${f.organisatie ? ` (${f.organisatie}, ${f.beantwoord} antwoorden)` : ''}`,
      );
      for (const fout of f.fouten) io.err(`${f.bestand}: ${probleemAlsTekst(fout)}`);
    }
    if (flags.has('--dry-run')) {
      io.out('Proefdraai (--dry-run): er is niets opgeslagen.');
      return v.fout > 0 ? 1 : 0;
    }
    const n = await file.write((db) => leesFormulierenIn(db, v, CLI_AUTEUR));
    io.out(`${n} formulier${n === 1 ? '' : 'en'} ingelezen, ${v.fout} geweigerd.`);
    return v.fout > 0 ? 1 : 0;
  } finally {
    await file.close();
  }
}

/** `tafelwerk export inventarisatie <bestand> [--ronde <naam>] --out <x.xlsx>` */
export async function exportInventarisatie(args: string[], io: CliIo): Promise<number> {
  const { positional, values, geheim } = parseArgs(
    args,
    { values: ['--out', '--ronde'] },
    { count: 1, command: 'export inventarisatie' },
  );
  const out = values.get('--out');
  if (!out?.toLowerCase().endsWith('.xlsx')) throw new UsageError('Geef met --out een .xlsx-bestand op.');
  const { db } = await leesBestand(resolve(positional[0] as string), geheim);
  try {
    const ronde = kiesRonde(db, values.get('--ronde'));
    await schrijfWerkboek(maakResultatenWerkboek(db, ronde.id), resolve(out));
    io.out(`Resultaten van "${ronde.naam}" geschreven naar ${resolve(out)}`);
  } finally {
    db.close();
  }
  return 0;
}
