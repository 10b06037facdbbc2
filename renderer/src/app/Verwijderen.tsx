import { Button, Group, Stack, Text } from '@mantine/core';
import { Dialoog } from './Dialoog';

interface Props {
  opened: boolean;
  /** The question, naming what goes: `"Groep 1" verwijderen?`. */
  vraag: string;
  bezig: boolean;
  onClose: () => void;
  onBevestig: () => void;
}

/** Asks once more before something is deleted: a stray click must not remove part of the werkgroep's record. */
export function Verwijderen({ opened, vraag, bezig, onClose, onBevestig }: Props) {
  return (
    <Dialoog opened={opened} onClose={onClose} title="Verwijderen" size="sm">
      <Stack>
        <Text>{vraag}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Annuleren
          </Button>
          <Button color="red.8" onClick={onBevestig} loading={bezig}>
            Verwijderen
          </Button>
        </Group>
      </Stack>
    </Dialoog>
  );
}
