import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { Evaluatie } from '../../../../shared/domain/monitoring';
import type { useVelden } from '../../app/formulier';
import { tekstVeld } from '../../app/tekstVeld';

export interface TekstVelden {
  titel: string;
  conclusies: string;
  voorstellen: string;
}

export const tekstVelden = (e: Evaluatie): TekstVelden => ({
  titel: e.titel,
  conclusies: e.conclusies ?? '',
  voorstellen: e.voorstellen ?? '',
});

/** Whether the screen holds text that is not saved yet (what main would store, trimmed). */
export const isGewijzigd = (v: TekstVelden, e: Evaluatie) =>
  v.titel.trim() !== e.titel ||
  v.conclusies.trim() !== (e.conclusies ?? '') ||
  v.voorstellen.trim() !== (e.voorstellen ?? '');

interface Props {
  f: ReturnType<typeof useVelden<TekstVelden, string>>;
  /** Sent to the FO: the text stays as it went. */
  alleenLezen: boolean;
  gewijzigd: boolean;
  bezig: boolean;
  onOpslaan: () => void;
}

/** What the werkgroep concludes and proposes to the FO, next to the frozen figures. */
export function EvaluatieTekst({ f, alleenLezen, gewijzigd, bezig, onOpslaan }: Props) {
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onOpslaan();
        }}
        noValidate
      >
        <Stack>
          <Title order={3} size="h4">
            Conclusies en voorstellen
          </Title>
          {alleenLezen && (
            <Text size="sm" c="dimmed">
              Deze evaluatie is naar de FO gegaan; de tekst blijft zoals hij is verzonden.
            </Text>
          )}
          <TextInput
            label="Titel"
            {...tekstVeld(f, 'titel')}
            readOnly={alleenLezen}
            required={!alleenLezen}
          />
          <Textarea
            label="Conclusies"
            description="Wat concludeert de werkgroep uit de cijfers en de lessen?"
            autosize
            minRows={4}
            {...tekstVeld(f, 'conclusies')}
            readOnly={alleenLezen}
          />
          <Textarea
            label="Voorstellen"
            description="Wat stelt de werkgroep de FO voor?"
            autosize
            minRows={4}
            {...tekstVeld(f, 'voorstellen')}
            readOnly={alleenLezen}
          />
          {!alleenLezen && (
            <Group justify="flex-end">
              {gewijzigd && (
                <Text size="sm" c="dimmed">
                  Niet opgeslagen wijzigingen
                </Text>
              )}
              <Button type="submit" loading={bezig} disabled={!gewijzigd}>
                Opslaan
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
