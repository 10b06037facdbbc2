import { Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { Evaluatie } from '../../../../shared/domain/monitoring';
import { tekstVeld } from '../../app/tekstVeld';
import type { useBewaarTijdensTypen } from '../../app/useBewaarTijdensTypen';
import { VanzelfOpgeslagen } from '../../app/VanzelfOpgeslagen';

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

interface Props {
  f: ReturnType<typeof useBewaarTijdensTypen<Evaluatie, TekstVelden>>;
  /** Sent to the FO: the text stays as it went. */
  alleenLezen: boolean;
}

/** What the werkgroep concludes and proposes to the FO, next to the frozen figures; saved as typed. */
export function EvaluatieTekst({ f, alleenLezen }: Props) {
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void f.bewaarNu();
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
          {!alleenLezen && <VanzelfOpgeslagen />}
        </Stack>
      </form>
    </Paper>
  );
}
