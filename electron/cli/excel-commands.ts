import { resolve } from 'node:path';
import type { ImportVoorbeeld } from '../../shared/domain/import';
import { SOORT_LABEL } from '../../shared/domain/organisaties';
import { meervoud } from '../../shared/format/nl';
import { ditJaar } from '../../shared/klok';
import { importIsToegestaan } from '../main/excel/import-lezen';
import { schrijfWerkboek } from '../main/excel/werkboek';
import { bekijkOrganisatieImport, voerOrganisatieImportUit } from '../main/services/organisatie-import';
import { maakSroiWerkboek } from '../main/services/sroi-export';
import type { Db } from '../main/store/database';
import { recordChange } from '../main/store/repositories/werkgroep';
import type { Geheim } from '../main/store/werkgroep-file';
import { parseArgs, UsageError } from './args';
import { CLI_AUTEUR, leesBestand, openBestand } from './ontgrendelen';
import type { CliIo } from './run';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The period from --jaar, or --van/--tot; the current year when none is given. */
export function periode(values: Map<string, string>): { van: string; tot: string } {
  const jaar = values.get('--jaar');
  if (jaar !== undefined) {
    if (!/^\d{4}$/.test(jaar)) throw new UsageError('--jaar verwacht een jaartal, bijvoorbeeld 2026.');
    return { van: `${jaar}-01-01`, tot: `${jaar}-12-31` };
  }
  const huidig = ditJaar();
  const van = values.get('--van') ?? `${huidig}-01-01`;
  const tot = values.get('--tot') ?? `${huidig}-12-31`;
  if (!ISO.test(van) || !ISO.test(tot))
    throw new UsageError('--van en --tot verwachten een datum als 2026-01-31.');
  if (tot < van) throw new UsageError('--tot ligt voor --van.');
  return { van, tot };
}

/** `tafelwerk export sroi <bestand> --out <x.xlsx>`: reads the file without locking or changing it. */
export async function exportSroi(args: string[], io: CliIo): Promise<number> {
  const { positional, values, geheim } = parseArgs(
    args,
    { values: ['--out', '--jaar', '--van', '--tot'] },
    { count: 1, command: 'export sroi' },
  );
  const out = values.get('--out');
  if (!out?.toLowerCase().endsWith('.xlsx')) throw new UsageError('Geef met --out een .xlsx-bestand op.');
  const { van, tot } = periode(values);
  const { db } = await leesBestand(resolve(positional[0] as string), geheim);
  try {
    await schrijfWerkboek(maakSroiWerkboek(db, van, tot), resolve(out));
  } finally {
    db.close();
  }
  io.out(`SROI-overzicht ${van} t/m ${tot} geschreven naar ${resolve(out)}`);
  return 0;
}

/** Who the audit trail names for changes made from the command line. */

type Rijstatus = 'nieuw' | 'bestaat_al' | 'fout';

/**
 * The shared course of every list import from the command line: open the werkgroep file (locked),
 * print the preview, refuse the whole list on any error (exit 1, every reason on stderr), stop at
 * --dry-run, else store all new rows in one transaction.
 */
export async function lijstImport<R extends { rij: number; status: Rijstatus; fouten: string[] }>(
  bestand: string,
  lijst: string,
  io: CliIo,
  stappen: {
    dryRun: boolean;
    geheim: Geheim | undefined;
    bekijk: (db: Db, pad: string) => Promise<ImportVoorbeeld<R>>;
    /** What a row is, after its status: "Zorggroep X (Zorgaanbieder)". */
    omschrijf: (rij: R) => string;
    voerUit: (db: Db, voorbeeld: ImportVoorbeeld<R>) => number;
    klaar: (toegevoegd: number) => string;
  },
): Promise<number> {
  const file = await openBestand(bestand, stappen.geheim);
  try {
    const v = await stappen.bekijk(file.db, lijst);
    io.out(
      `${v.bestand}: ${v.nieuw} nieuw, ${v.bestaatAl} bestaan al (overgeslagen), ${v.fouten} met een fout.`,
    );
    for (const r of v.rijen) {
      const status = r.status === 'nieuw' ? 'nieuw' : r.status === 'bestaat_al' ? 'bestaat al' : 'FOUT';
      io.out(`  rij ${String(r.rij).padStart(4)}  ${status.padEnd(10)} ${stappen.omschrijf(r)}`);
    }
    if (!importIsToegestaan(v)) {
      for (const f of [...v.algemeneFouten, ...v.rijen.flatMap((r) => r.fouten)]) io.err(f);
      io.err('Geweigerd: de lijst bevat fouten; er is niets ingelezen.');
      return 1;
    }
    if (stappen.dryRun) {
      io.out('Proefdraai (--dry-run): er is niets opgeslagen.');
      return 0;
    }
    const n = await file.write((db) => stappen.voerUit(db, v));
    io.out(stappen.klaar(n));
    return 0;
  } finally {
    await file.close();
  }
}

/**
 * `tafelwerk import organisaties <bestand> <lijst.xlsx> [--dry-run]`: prints the preview; refuses
 * the whole list when any row has an error, and otherwise stores all new rows in one transaction.
 */
export async function importOrganisaties(args: string[], io: CliIo): Promise<number> {
  const { positional, flags, geheim } = parseArgs(
    args,
    { flags: ['--dry-run'] },
    { count: 2, command: 'import organisaties' },
  );
  const [bestand, lijst] = positional.map((p) => resolve(p)) as [string, string];
  return lijstImport(bestand, lijst, io, {
    dryRun: flags.has('--dry-run'),
    geheim,
    bekijk: bekijkOrganisatieImport,
    omschrijf: (r) => `${r.naam} (${r.soort ? SOORT_LABEL[r.soort] : '?'})`,
    voerUit: (db, voorbeeld) => {
      const toegevoegd = voerOrganisatieImportUit(db, voorbeeld);
      recordChange(
        db,
        CLI_AUTEUR,
        'organisatie',
        `${meervoud(toegevoegd, 'organisatie', 'organisaties')} ingelezen uit ${voorbeeld.bestand}`,
      );
      return toegevoegd;
    },
    klaar: (n) => `${meervoud(n, 'organisatie', 'organisaties')} toegevoegd aan ${bestand}.`,
  });
}
