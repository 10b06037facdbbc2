import { STANDAARD_STARTTABEL, type TabelSleutel } from './waarderingstabellen';

/** Region presets. A werkgroep in a known region starts with its gemeenten (and its table, if it has one). */
export interface RegionPreset {
  key: string;
  naam: string;
  gemeenten: readonly string[];
  /** The valuation table the region publishes, if any. */
  waarderingstabel?: TabelSleutel;
}

export const OOSTERSCHELDEREGIO: RegionPreset = {
  key: 'oosterschelderegio',
  naam: 'Oosterschelderegio',
  gemeenten: ['Noord-Beveland', 'Kapelle', 'Reimerswaal', 'Borsele', 'Goes', 'Schouwen-Duiveland', 'Tholen'],
};

export const REGION_PRESETS: readonly RegionPreset[] = [OOSTERSCHELDEREGIO];

/** The valuation table proposed for a new werkgroep in `regio`. */
export function starttabelVoor(regio: string): TabelSleutel {
  return findRegionPreset(regio)?.waarderingstabel ?? STANDAARD_STARTTABEL;
}

export function findRegionPreset(regio: string): RegionPreset | undefined {
  const wanted = regio.trim().toLocaleLowerCase('nl-NL');
  return REGION_PRESETS.find((p) => p.naam.toLocaleLowerCase('nl-NL') === wanted || p.key === wanted);
}
