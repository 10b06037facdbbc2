import { Text } from '@mantine/core';

/** Says under an inline form that there is no button to press: what is typed is saved as it goes. */
export function VanzelfOpgeslagen() {
  return (
    <Text size="sm" c="dimmed">
      Wat u typt, wordt vanzelf opgeslagen.
    </Text>
  );
}
