/** Region presets. A werkgroep in a known region starts with its gemeenten. */
export interface BekendeRegio {
  key: string;
  naam: string;
  gemeenten: readonly string[];
}

export const OOSTERSCHELDEREGIO: BekendeRegio = {
  key: 'oosterschelderegio',
  naam: 'Oosterschelderegio',
  gemeenten: ['Noord-Beveland', 'Kapelle', 'Reimerswaal', 'Borsele', 'Goes', 'Schouwen-Duiveland', 'Tholen'],
};

export const BEKENDE_REGIOS: readonly BekendeRegio[] = [OOSTERSCHELDEREGIO];

export function zoekBekendeRegio(regio: string): BekendeRegio | undefined {
  const wanted = regio.trim().toLocaleLowerCase('nl-NL');
  return BEKENDE_REGIOS.find((p) => p.naam.toLocaleLowerCase('nl-NL') === wanted || p.key === wanted);
}
