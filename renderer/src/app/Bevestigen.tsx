import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Dialoog } from './Dialoog';

export interface BevestigenProps {
  opened: boolean;
  /** The question, naming what it is about: `"Groep 1" verwijderen?`. */
  vraag: ReactNode;
  bezig: boolean;
  onClose: () => void;
  onBevestig: () => void;
}

interface Props extends BevestigenProps {
  titel: string;
  /** The confirming button says what it does: "Verwijderen", "Archiveren". */
  knop: string;
  kleur: string;
}

/** Asks once more before a change with consequences; Annuleren has the focus, so Enter changes nothing. */
export function Bevestigen({ opened, titel, vraag, knop, kleur, bezig, onClose, onBevestig }: Props) {
  return (
    <Dialoog opened={opened} onClose={onClose} title={titel} size="sm">
      <Stack>
        {typeof vraag === 'string' ? <Text>{vraag}</Text> : vraag}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Annuleren
          </Button>
          <Button color={kleur} onClick={onBevestig} loading={bezig}>
            {knop}
          </Button>
        </Group>
      </Stack>
    </Dialoog>
  );
}
