/** A mistake in how the command was called (exit code 2), as opposed to refused input (1). */
export class UsageError extends Error {}

export interface Parsed {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
  /** The passphrase of a protected file, read from the variable named by --wachtwoord-env. */
  geheim: { wachtwoord: string } | undefined;
}

/**
 * Every command accepts `--wachtwoord-env NAAM`: the passphrase comes from that environment
 * variable, never from an argument, which would stay in the shell history and the process list.
 */
function geheimUit(naam: string | undefined): Parsed['geheim'] {
  if (naam === undefined) return undefined;
  const wachtwoord = process.env[naam];
  if (!wachtwoord)
    throw new UsageError(`De omgevingsvariabele ${naam} (van --wachtwoord-env) is leeg of niet gezet.`);
  return { wachtwoord };
}

/** Splits arguments into positionals, known flags (`--json`) and known options with a value (`--out x`). */
export function parseArgs(
  args: string[],
  spec: { flags?: string[]; values?: string[] },
  /** `count`: exactly that many files; `min`: at least that many (e.g. several forms). */
  expect: { count: number; command: string } | { min: number; command: string },
): Parsed {
  const parsed: Parsed = { positional: [], flags: new Set(), values: new Map(), geheim: undefined };
  const waarden = [...(spec.values ?? []), '--wachtwoord-env'];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--wachtwoord' || arg.startsWith('--wachtwoord='))
      throw new UsageError(
        'Geef een wachtwoord nooit als argument: het blijft zichtbaar in de geschiedenis en de proceslijst. ' +
          'Zet het in een omgevingsvariabele en gebruik --wachtwoord-env NAAM.',
      );
    if (!arg.startsWith('--')) parsed.positional.push(arg);
    else if (spec.flags?.includes(arg)) parsed.flags.add(arg);
    else if (waarden.includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} verwacht een waarde.`);
      parsed.values.set(arg, value);
    } else throw new UsageError(`Onbekende optie: ${arg}`);
  }
  parsed.geheim = geheimUit(parsed.values.get('--wachtwoord-env'));
  if ('count' in expect && parsed.positional.length !== expect.count)
    throw new UsageError(
      `'${expect.command}' verwacht ${expect.count} bestand${expect.count === 1 ? '' : 'en'}.`,
    );
  if ('min' in expect && parsed.positional.length < expect.min)
    throw new UsageError(`'${expect.command}' verwacht minstens ${expect.min} bestanden.`);
  return parsed;
}
