/** Region presets. A werkgroep in a known region starts with its gemeenten. */
export interface RegionPreset {
  key: string;
  naam: string;
  gemeenten: readonly string[];
}

export const OOSTERSCHELDEREGIO: RegionPreset = {
  key: 'oosterschelderegio',
  naam: 'Oosterschelderegio',
  gemeenten: ['Noord-Beveland', 'Kapelle', 'Reimerswaal', 'Borsele', 'Goes', 'Schouwen-Duiveland', 'Tholen'],
};

export const REGION_PRESETS: readonly RegionPreset[] = [OOSTERSCHELDEREGIO];

export function findRegionPreset(regio: string): RegionPreset | undefined {
  const wanted = regio.trim().toLocaleLowerCase('nl-NL');
  return REGION_PRESETS.find((p) => p.naam.toLocaleLowerCase('nl-NL') === wanted || p.key === wanted);
}
