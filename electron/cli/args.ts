import { parseArgs as nodeParseArgs } from 'node:util';

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

/**
 * Splits arguments into positionals, known flags (`--json`) and known options with a value
 * (`--out x` or `--out=x`), with Node's own `util.parseArgs` (strict); its errors become Dutch.
 */
export function parseArgs(
  args: string[],
  spec: { flags?: string[]; values?: string[] },
  /** `count`: exactly that many files; `min`: at least that many (e.g. several forms). */
  expect: { count: number; command: string } | { min: number; command: string },
): Parsed {
  if (args.some((a) => a === '--wachtwoord' || a.startsWith('--wachtwoord=')))
    throw new UsageError(
      'Geef een wachtwoord nooit als argument: het blijft zichtbaar in de geschiedenis en de proceslijst. ' +
        'Zet het in een omgevingsvariabele en gebruik --wachtwoord-env NAAM.',
    );
  const naam = (optie: string) => optie.replace(/^--/, '');
  const options: Record<string, { type: 'boolean' | 'string' }> = {};
  for (const f of spec.flags ?? []) options[naam(f)] = { type: 'boolean' };
  for (const v of [...(spec.values ?? []), '--wachtwoord-env']) options[naam(v)] = { type: 'string' };
  let gelezen: ReturnType<typeof nodeParseArgs>;
  try {
    gelezen = nodeParseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(gebruiksfout(error as Error & { code?: string }, args));
  }
  const parsed: Parsed = {
    positional: gelezen.positionals,
    flags: new Set(),
    values: new Map(),
    geheim: undefined,
  };
  for (const [sleutel, waarde] of Object.entries(gelezen.values)) {
    if (waarde === true) parsed.flags.add(`--${sleutel}`);
    else if (typeof waarde === 'string') parsed.values.set(`--${sleutel}`, waarde);
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

/** Node's parse errors, said in Dutch and naming the option. */
function gebruiksfout(error: Error & { code?: string }, args: string[]): string {
  const optie = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1] ?? args.find((a) => a.startsWith('-')) ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Onbekende optie: ${optie}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(error.message)
        ? `${optie} neemt geen waarde.`
        : `${optie} verwacht een waarde.`;
    default:
      return `Onjuiste opdracht: ${error.message}`;
  }
}
