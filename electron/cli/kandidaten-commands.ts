import { resolve } from 'node:path';
import { DOELGROEP_LABEL } from '../../shared/domain/waardering';
import { bewaarKandidatenExport, kandidatenExportNaam } from '../main/services/kandidaten-export';
import { bekijkKandidatenImport, voerKandidatenImportUit } from '../main/services/kandidaten-import';
import { recordChange } from '../main/store/repositories/werkgroep';
import { parseArgs, UsageError } from './args';
import { lijstImport } from './excel-commands';
import { CLI_AUTEUR, leesBestand, openBestand } from './ontgrendelen';
import type { CliIo } from './run';

/**
 * `tafelwerk export kandidaten <bestand> --out <x.xlsx> [--met-namen] [--met-belemmeringen]`:
 * pseudonymised unless asked; says so on stderr when personal data goes into the file. A
 * pseudonymised export reads the werkgroep file without locking or changing it; one with names or
 * barriers is written to its audit log.
 */
export async function exportKandidaten(args: string[], io: CliIo): Promise<number> {
  const { positional, values, flags, geheim } = parseArgs(
    args,
    { values: ['--out'], flags: ['--met-namen', '--met-belemmeringen'] },
    { count: 1, command: 'export kandidaten' },
  );
  const out = values.get('--out');
  if (!out?.toLowerCase().endsWith('.xlsx')) throw new UsageError('Geef met --out een .xlsx-bestand op.');
  const keuze = { metNamen: flags.has('--met-namen'), metBelemmeringen: flags.has('--met-belemmeringen') };
  const bestand = resolve(positional[0] as string);
  if (keuze.metNamen || keuze.metBelemmeringen) {
    // Personal data leaves the file: as in the app, the export goes into the file's audit log, so
    // the file is opened for writing (locked; refused while the app has it open) and written once.
    const file = await openBestand(bestand, geheim);
    try {
      await bewaarKandidatenExport(file.db, keuze, resolve(out));
      await file.write((db) =>
        recordChange(db, CLI_AUTEUR, 'export', `Export: ${kandidatenExportNaam(keuze)}`, {
          actie: 'exporteren',
        }),
      );
    } finally {
      await file.close();
    }
  } else {
    const { db } = await leesBestand(bestand, geheim);
    try {
      await bewaarKandidatenExport(db, keuze, resolve(out));
    } finally {
      db.close();
    }
  }
  if (keuze.metNamen)
    io.err('Let op: het bestand bevat namen en initialen van kandidaten (persoonsgegevens).');
  if (keuze.metBelemmeringen)
    io.err('Let op: het bestand bevat belemmeringen zoals gezondheid en schulden (gevoelige gegevens).');
  io.out(
    `Kandidaten en trajecten${keuze.metNamen ? '' : ' (gepseudonimiseerd)'} geschreven naar ${resolve(out)}`,
  );
  return 0;
}

/**
 * `tafelwerk import kandidaten <bestand> <lijst.xlsx> [--dry-run]`: prints the preview (codes and
 * gemeenten, never initials); refuses the whole list when any row has an error, and otherwise
 * stores all new rows in one transaction with status "aangemeld".
 */
export async function importKandidaten(args: string[], io: CliIo): Promise<number> {
  const { positional, flags, geheim } = parseArgs(
    args,
    { flags: ['--dry-run'] },
    { count: 2, command: 'import kandidaten' },
  );
  const [bestand, lijst] = positional.map((p) => resolve(p)) as [string, string];
  return lijstImport(bestand, lijst, io, {
    dryRun: flags.has('--dry-run'),
    geheim,
    bekijk: bekijkKandidatenImport,
    omschrijf: (r) =>
      [r.code ?? '(nieuwe code)', r.gemeente, r.uitkering && DOELGROEP_LABEL[r.uitkering], r.startdatum]
        .filter(Boolean)
        .join(' · '),
    voerUit: (db, v) => voerKandidatenImportUit(db, v, CLI_AUTEUR),
    klaar: (n) => `${n} kandida${n === 1 ? 'at' : 'ten'} toegevoegd aan ${bestand} (status Aangemeld).`,
  });
}
