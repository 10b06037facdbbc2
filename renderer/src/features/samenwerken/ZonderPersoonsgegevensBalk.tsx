import { Alert, Text } from '@mantine/core';

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
        Acties, planning, bijeenkomsten, organisaties, inventarisatie en lessen kunt u bijwerken en later
        samenvoegen met het volledige bestand.
      </Text>
    </Alert>
  );
}
