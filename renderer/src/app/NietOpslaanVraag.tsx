import { Button, Group, Stack, Text } from '@mantine/core';
import { Dialoog } from './Dialoog';

/**
 * What a form's fields hold, as one string: text, choices (their hidden inputs), ticks. Two equal
 * strings mean nothing was changed.
 */
export function velden(formulier: HTMLFormElement): string {
  const invoer = formulier.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input, textarea, select',
  );
  return JSON.stringify(
    [...invoer].map((e) =>
      e instanceof HTMLInputElement && (e.type === 'checkbox' || e.type === 'radio') ? e.checked : e.value,
    ),
  );
}

interface Props {
  opened: boolean;
  /** The title of the form being closed. */
  titel: string;
  onTerug: () => void;
  onNietOpslaan: () => void;
}

/** Asked when a changed form is closed without saving: back to the form (the default), or discard. */
export function NietOpslaanVraag({ opened, titel, onTerug, onNietOpslaan }: Props) {
  return (
    <Dialoog opened={opened} onClose={onTerug} title="Wijzigingen niet opslaan?" size="md">
      <Stack>
        <Text>
          U hebt in “{titel}” iets gewijzigd dat nog niet is opgeslagen. Als u sluit zonder op te slaan, gaat
          die wijziging verloren.
        </Text>
        <Group justify="flex-end">
          <Button variant="outline" color="red.8" onClick={onNietOpslaan}>
            Niet opslaan
          </Button>
          <Button onClick={onTerug} data-autofocus>
            Terug naar het formulier
          </Button>
        </Group>
      </Stack>
    </Dialoog>
  );
}
