import { Alert, Text } from '@mantine/core';
import { WERK_IN_KOPIE } from '../../../../shared/domain/persoonsgegevens';

/**
 * Above every page of a copy made for a werkgroep member: it is a partial copy, and candidates
 * appear by their code only. Said plainly, so nobody takes it for the full file.
 */
export function ZonderPersoonsgegevensBalk() {
  return (
    <Alert
      color="gray"
      mb="md"
      title="Kopie zonder persoonsgegevens"
      data-testid="zonder-persoonsgegevens"
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Text size="sm">
        Namen, plannen en notities over kandidaten staan hier niet in; kandidaten ziet u alleen met hun code.
        U kunt {WERK_IN_KOPIE} bijwerken en later samenvoegen met het volledige bestand; kandidaten toevoegen
        of wijzigen doet u daar.
      </Text>
    </Alert>
  );
}
