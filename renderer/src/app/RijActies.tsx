import { Stack, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Verwijderen } from './Verwijderen';

interface Props {
  /** Names the row in the buttons' labels and the question: `Realisatie "Intake"`. */
  wat: string;
  /** Leave out for rows that cannot be edited. */
  onBewerken?: () => void;
  /** Runs the delete; `klaar` closes the question (on success and on error alike). */
  onVerwijderen: (klaar: () => void) => void;
  bezig: boolean;
}

/**
 * Bewerken and Verwijderen stacked in a narrow column, so a table row fits a 1024-pixel laptop.
 * Deleting asks once more in the shared dialog: the question and both answers are always in view,
 * where an inline "Ja, verwijderen / Nee" pushed the row wider than the screen.
 */
export function RijActies({ wat, onBewerken, onVerwijderen, bezig }: Props) {
  const [vraag, setVraag] = useState(false);
  return (
    <Stack gap={2} align="flex-end">
      {onBewerken && (
        <UnstyledButton c="tafel.8" fz="sm" onClick={onBewerken} aria-label={`${wat} bewerken`}>
          Bewerken
        </UnstyledButton>
      )}
      <UnstyledButton c="red.9" fz="sm" onClick={() => setVraag(true)} aria-label={`${wat} verwijderen`}>
        Verwijderen
      </UnstyledButton>
      <Verwijderen
        opened={vraag}
        vraag={`${wat} verwijderen?`}
        bezig={bezig}
        onClose={() => setVraag(false)}
        onBevestig={() => onVerwijderen(() => setVraag(false))}
      />
    </Stack>
  );
}
