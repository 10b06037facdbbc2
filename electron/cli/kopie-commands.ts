import { resolve } from 'node:path';
import { KOPIE_AUDIT, schrijfKopieZonderPersoonsgegevens } from '../main/services/kopie-werkgroeplid';
import { nieuweSleutel } from '../main/store/versleuteling';
import { parseArgs, UsageError } from './args';
import { CLI_AUTEUR, leesBestand } from './ontgrendelen';
import type { CliIo } from './run';

/**
 * `tafelwerk kopie <bestand> --out <kopie> --zonder-persoonsgegevens [--kopie-wachtwoord-env NAAM]
 * [--json]`: the copy for a werkgroep member (services/kopie-werkgroeplid.ts). The flag is required
 * so nobody takes it for a full copy; a full copy is a plain file copy. Like a pseudonymised export,
 * the werkgroep file is read without locking or changing it; the copy's own log says it was made.
 */
export async function kopie(args: string[], io: CliIo): Promise<number> {
  const { positional, values, flags, geheim } = parseArgs(
    args,
    { values: ['--out', '--kopie-wachtwoord-env'], flags: ['--zonder-persoonsgegevens', '--json'] },
    { count: 1, command: 'kopie' },
  );
  if (!flags.has('--zonder-persoonsgegevens'))
    throw new UsageError(
      "'kopie' maakt alleen een kopie zonder persoonsgegevens (namen, plannen, belemmeringen en notities over kandidaten blijven weg). " +
        'Geef --zonder-persoonsgegevens mee om te bevestigen dat u dat bedoelt; een volledige kopie is gewoon een kopie van het bestand.',
    );
  const out = values.get('--out');
  if (!out) throw new UsageError('Geef met --out op waar de kopie komt.');
  const doel = resolve(out.endsWith('.tafelwerk') ? out : `${out}.tafelwerk`);
  const naamWachtwoord = values.get('--kopie-wachtwoord-env');
  const wachtwoord = naamWachtwoord === undefined ? undefined : process.env[naamWachtwoord];
  if (naamWachtwoord !== undefined && !wachtwoord)
    throw new UsageError(
      `De omgevingsvariabele ${naamWachtwoord} (van --kopie-wachtwoord-env) is leeg of niet gezet.`,
    );
  const beveiliging = wachtwoord ? await nieuweSleutel(wachtwoord) : null;
  const { db } = await leesBestand(resolve(positional[0] as string), geheim);
  try {
    await schrijfKopieZonderPersoonsgegevens(db.export(), doel, CLI_AUTEUR, beveiliging?.sleutel ?? null);
  } finally {
    db.close();
  }
  if (flags.has('--json')) {
    io.out(
      JSON.stringify(
        {
          kopie: doel,
          zonderPersoonsgegevens: true,
          beveiligd: beveiliging !== null,
          herstelcode: beveiliging?.herstelcode ?? null,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(`${KOPIE_AUDIT}: ${doel}`);
  io.out(
    'Weggelaten: namen, initialen, klantmanager en begeleider, persoonlijk plan, belemmeringen en notities over kandidaten.',
  );
  if (beveiliging)
    io.out(
      `Beveiligd met een eigen wachtwoord. Herstelcode van de kopie (eenmalig getoond, bewaar hem goed): ${beveiliging.herstelcode}`,
    );
  return 0;
}
