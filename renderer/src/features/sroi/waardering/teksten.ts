import type { PRESET_SLEUTELS } from '../../../../../shared/api/schemas-sroi';
import { BONUS_LABEL, BONUSSEN, type Bonus } from '../../../../../shared/domain/waardering';
import { formatBedrag } from '../../../../../shared/format/nl';

/** Field labels for the bonuses in the table form ("Bonus 50-plusser"). */
export const BONUS_VELD_LABEL = Object.fromEntries(
  BONUSSEN.map((b) => [b, `Bonus ${BONUS_LABEL[b].toLowerCase()}`]),
) as Record<Bonus, string>;

export type PresetSleutel = (typeof PRESET_SLEUTELS)[number];

export const PRESET_LABEL: Record<PresetSleutel, string> = {
  utrecht: 'Regio Utrecht',
  friese_eis: 'Friese Eis',
  leeg: 'Lege tabel',
};

export { euro } from '../weergave';

/** An amount as the user would type it back (`40.000`), so a pre-filled form parses unchanged. */
export const bedragTekst = (cent: number | null) =>
  cent === null ? '' : formatBedrag(cent).replace(/^€\s*/, '').replace(/,00$/, '');

export const urenTekst = (uren: number) => `${uren.toLocaleString('nl-NL')} uur`;

/** Element ids for headings, prefixed so they cannot clash with other panels on the SROI page. */
export const KOP = {
  tabel: 'waardering-kop-tabel',
  doelgroepen: 'waardering-kop-doelgroepen',
  bonussen: 'waardering-kop-bonussen',
  versies: 'waardering-kop-versies',
  menukaart: 'waardering-kop-menukaart',
} as const;

export const realisatiesTekst = (n: number) => `${n} realisatie${n === 1 ? '' : 's'}`;
