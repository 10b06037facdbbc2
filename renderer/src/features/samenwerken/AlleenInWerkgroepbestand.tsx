import { Text } from '@mantine/core';

/**
 * Shown instead of a field a member's copy left out (shared/domain/persoonsgegevens.ts): it says so,
 * where a dash or an empty box would read as missing data.
 */
export const NIET_IN_KOPIE = 'Niet in deze kopie';

/**
 * The one line on each candidate tab of a copy without personal data, where the buttons to add,
 * change or delete would be: main refuses every candidate change there (ZONDER_PERSOONSGEGEVENS),
 * so the tab says why there is nothing to press instead of offering a refusal.
 */
export function AlleenInWerkgroepbestand() {
  return (
    <Text size="sm" c="dimmed" data-testid="alleen-in-werkgroepbestand">
      In deze kopie zonder persoonsgegevens kunt u dit niet wijzigen; de secretaris doet dat in het
      werkgroepbestand.
    </Text>
  );
}
