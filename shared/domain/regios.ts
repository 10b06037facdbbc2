import { STANDAARD_STARTTABEL, type TabelSleutel } from './waarderingstabellen';

/** Region presets. A werkgroep in a known region starts with its gemeenten (and its table, if it has one). */
export interface BekendeRegio {
  key: string;
  naam: string;
  gemeenten: readonly string[];
  /** The valuation table the region publishes, if any. */
  waarderingstabel?: TabelSleutel;
}

export const OOSTERSCHELDEREGIO: BekendeRegio = {
  key: 'oosterschelderegio',
  naam: 'Oosterschelderegio',
  gemeenten: ['Noord-Beveland', 'Kapelle', 'Reimerswaal', 'Borsele', 'Goes', 'Schouwen-Duiveland', 'Tholen'],
};

export const BEKENDE_REGIOS: readonly BekendeRegio[] = [OOSTERSCHELDEREGIO];

/** The valuation table proposed for a new werkgroep in `regio`. */
export function starttabelVoor(regio: string): TabelSleutel {
  return zoekBekendeRegio(regio)?.waarderingstabel ?? STANDAARD_STARTTABEL;
}

export function zoekBekendeRegio(regio: string): BekendeRegio | undefined {
  const wanted = regio.trim().toLocaleLowerCase('nl-NL');
  return BEKENDE_REGIOS.find((p) => p.naam.toLocaleLowerCase('nl-NL') === wanted || p.key === wanted);
}
