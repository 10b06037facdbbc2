import { basename, resolve } from 'node:path';
import { optieTekst, perGebied, vervallenZin } from '../../shared/domain/samenvoegen';
import { meervoud } from '../../shared/format/nl';
import { bekijkSamenvoegen, type Samenvoegvoorbeeld, voegSamen } from '../main/services/samenvoegen';
import { parseArgs } from './args';
import { CLI_AUTEUR, leesBestand, openBestand } from './ontgrendelen';
import type { CliIo } from './run';

/**
 * What comes in per area, as the app shows it. Bookkeeping (the audit log's rows, deletion markers,
 * the forms' key) is not counted: it is no change the user made, and it doubled the count.
 */
function toonVoorbeeld(v: Samenvoegvoorbeeld, kopie: string, io: CliIo): void {
  const binnen = perGebied(v.binnenkomend);
  const totaal = binnen.reduce((n, g) => n + g.aantal, 0);
  io.out(`Binnenkomend: ${meervoud(totaal, 'wijziging', 'wijzigingen')}.`);
  for (const g of binnen) io.out(`  ${g.gebied.padEnd(24)} ${g.aantal}`);
  const vervallen = perGebied(v.vervallen);
  if (vervallen.length > 0) io.out(vervallenZin(vervallen));
  io.out(`Conflicten: ${v.conflicten.length}.`);
  for (const c of v.conflicten) {
    io.out(`  ${c.omschrijving}`);
    c.opties.forEach((o, i) => {
      io.out(`    ${i === c.voorstel ? '*' : ' '} ${i + 1}. ${optieTekst(o, kopie)}`);
    });
  }
}

/**
 * `tafelwerk samenvoegen <bestand> <andere> [--dry-run] [--json]`: merges another copy of the same
 * werkgroep into <bestand>. Prints what comes in and every conflict; without --dry-run it takes a
 * backup, applies, and decides each conflict by its proposal (for a field: the newest change wins),
 * listing each decision and what was not chosen.
 */
export async function samenvoegen(args: string[], io: CliIo): Promise<number> {
  const { positional, flags, geheim } = parseArgs(
    args,
    { flags: ['--dry-run', '--json'] },
    { count: 2, command: 'samenvoegen' },
  );
  const [bestand, andere] = positional.map((p) => resolve(p)) as [string, string];
  // Both count failed passphrases as the app does (ontgrendelen.ts).
  const { db: ander } = await leesBestand(andere, geheim);
  try {
    const file = await openBestand(bestand, geheim);
    try {
      const voorbeeld = bekijkSamenvoegen(file.db, ander);
      if (flags.has('--dry-run')) {
        if (flags.has('--json')) io.out(JSON.stringify(voorbeeld, null, 2));
        else {
          toonVoorbeeld(voorbeeld, basename(andere), io);
          io.out('Proefdraai (--dry-run): er is niets opgeslagen.');
        }
        return 0;
      }
      const kopie = await file.reservekopieNu();
      const verslag = await file.write((db) => voegSamen(db, ander, CLI_AUTEUR, {}, {}, basename(andere)));
      if (flags.has('--json')) {
        io.out(JSON.stringify({ ...verslag, reservekopie: kopie }, null, 2));
        return 0;
      }
      toonVoorbeeld(verslag, basename(andere), io);
      for (const b of verslag.besluiten) {
        io.out(`Beslist: ${b.omschrijving} Gekozen: ${b.gekozen}.`);
        for (const n of b.nietGekozen) io.out(`  niet gekozen: ${n}`);
      }
      io.out(`Reservekopie vooraf: ${kopie}`);
      io.out(`Samengevoegd in ${bestand}.`);
      return 0;
    } finally {
      await file.close();
    }
  } finally {
    ander.close();
  }
}
