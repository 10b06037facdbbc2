import type { OpgeslagenTabel } from '../../../../../shared/domain/realisaties';
import { parseBedrag } from '../../../../../shared/format/nl';

/**
 * Reads amounts typed as Dutch text. Empty means "does not count" (null); text that is not an
 * amount gets its own message, because zod would only see a null and accept it.
 */
export function leesBedragen<K extends string>(
  teksten: Record<K, string>,
  voorvoegsel: string,
  voorbeeld = '40.000',
): { waarden: Record<K, number | null>; fouten: Record<string, string> } {
  const waarden = {} as Record<K, number | null>;
  const fouten: Record<string, string> = {};
  for (const [sleutel, tekst] of Object.entries(teksten) as [K, string][]) {
    const leeg = tekst.trim() === '';
    const cent = leeg ? null : parseBedrag(tekst);
    waarden[sleutel] = cent;
    if (!leeg && cent === null)
      fouten[pad(voorvoegsel, sleutel)] = `Vul een bedrag in, bijvoorbeeld ${voorbeeld}.`;
  }
  return { waarden, fouten };
}

const pad = (voorvoegsel: string, sleutel: string) => (voorvoegsel ? `${voorvoegsel}.${sleutel}` : sleutel);

/** Puts a group name before each key, matching the schema path of nested fields (`bonusCent.wajong`). */
export function metVoorvoegsel(voorvoegsel: string, fouten: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fouten).map(([k, m]) => [pad(voorvoegsel, k), m]));
}

/** Leaves out keys whose messages are shown per nested field instead. */
export function zonder(fouten: Record<string, string>, ...sleutels: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(fouten).filter(([k]) => !sleutels.includes(k)));
}

/**
 * The version number main will give: numbering runs per name (case-insensitive), so a renamed
 * table starts at 1 unless that name already exists.
 */
export function volgendeVersie(tabellen: OpgeslagenTabel[], naam: string): number {
  const sleutel = naam.trim().toLocaleLowerCase('nl-NL');
  const versies = tabellen.filter((t) => t.naam.toLocaleLowerCase('nl-NL') === sleutel).map((t) => t.versie);
  return Math.max(0, ...versies) + 1;
}
