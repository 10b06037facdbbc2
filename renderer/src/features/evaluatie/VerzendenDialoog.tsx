import { Button, Group, Stack, Text } from '@mantine/core';
import { Dialoog } from '../../app/Dialoog';

interface Props {
  opened: boolean;
  /** Unsaved conclusions or proposals: they are saved first, or they would be lost for good. */
  eerstOpslaan: boolean;
  bezig: boolean;
  onClose: () => void;
  onBevestig: () => void;
}

/** Asks once more: after sending, the evaluation stays exactly as the FO received it. */
export function VerzendenDialoog({ opened, eerstOpslaan, bezig, onClose, onBevestig }: Props) {
  return (
    <Dialoog opened={opened} onClose={onClose} title="Verzonden naar de FO" size="md">
      <Stack>
        <Text>
          Markeer deze evaluatie als verzonden naar de Fysieke Overlegtafel. Daarna kunnen de cijfers, de
          lessen, de conclusies en de voorstellen niet meer worden gewijzigd, en kan de evaluatie niet meer
          worden verwijderd.
        </Text>
        {eerstOpslaan && (
          <Text fw={600}>Uw wijzigingen in de conclusies en voorstellen worden eerst opgeslagen.</Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Annuleren
          </Button>
          <Button onClick={onBevestig} loading={bezig}>
            {eerstOpslaan ? 'Opslaan en verzonden markeren' : 'Verzonden markeren'}
          </Button>
        </Group>
      </Stack>
    </Dialoog>
  );
}
