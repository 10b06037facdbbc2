/** A mistake in how the command was called (exit code 2), as opposed to refused input (1). */
export class UsageError extends Error {}

export interface Parsed {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** Splits arguments into positionals, known flags (`--json`) and known options with a value (`--out x`). */
export function parseArgs(
  args: string[],
  spec: { flags?: string[]; values?: string[] },
  /** `count`: exactly that many files; `min`: at least that many (e.g. several forms). */
  expect: { count: number; command: string } | { min: number; command: string },
): Parsed {
  const parsed: Parsed = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) parsed.positional.push(arg);
    else if (spec.flags?.includes(arg)) parsed.flags.add(arg);
    else if (spec.values?.includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} verwacht een waarde.`);
      parsed.values.set(arg, value);
    } else throw new UsageError(`Onbekende optie: ${arg}`);
  }
  if ('count' in expect && parsed.positional.length !== expect.count)
    throw new UsageError(
      `'${expect.command}' verwacht ${expect.count} bestand${expect.count === 1 ? '' : 'en'}.`,
    );
  if ('min' in expect && parsed.positional.length < expect.min)
    throw new UsageError(`'${expect.command}' verwacht minstens ${expect.min} bestanden.`);
  return parsed;
}
