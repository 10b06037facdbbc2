import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { vandaagIso } from '../../../../shared/format/nl';
import { useApiMutation } from '../../api/client';
import { MaandVeld } from '../../app/DatumVeld';
import { toonFout, toonSucces } from '../../app/notify';

interface Props {
  onFaseToevoegen: () => void;
}

/** An empty planning: what it is for, and two ways to begin (the example plan, or a blank phase). */
export function LegePlanning({ onFaseToevoegen }: Props) {
  const [startMaand, setStartMaand] = useState(() => vandaagIso().slice(0, 7));
  const [fout, setFout] = useState<string | undefined>();
  const uitSjabloon = useApiMutation('planning.uitSjabloon');

  const start = () => {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(startMaand)) {
      setFout('Kies de maand waarin de werkgroep begint.');
      return;
    }
    uitSjabloon.mutate(
      { startMaand },
      { onError: toonFout, onSuccess: () => toonSucces('De planning is gemaakt uit het voorbeeld.') },
    );
  };

  return (
    <Card withBorder maw={720} padding="lg">
      <Stack>
        <Title order={2} size="h3">
          Nog geen plan van aanpak
        </Title>
        <Text>
          De planning zet het plan van aanpak van de werkgroep uit in de tijd: fasen met activiteiten per
          maand, wie ze trekt, en mijlpalen zoals de bespreking in de Fysieke Overlegtafel. Zo ziet iedereen
          wat nu loopt en wat achterloopt.
        </Text>
        <Text>
          Begin met de voorlopige planning van de werkgroep als voorbeeld (voorbereiding, groepen en
          evaluatie) en pas die daarna aan, of bouw zelf op vanaf een eerste fase.
        </Text>
        <Group align="flex-end">
          <MaandVeld
            label="Startmaand"
            value={startMaand}
            onChange={(maand) => {
              setStartMaand(maand);
              setFout(undefined);
            }}
            error={fout}
            w={200}
          />
          <Button onClick={start} loading={uitSjabloon.isPending}>
            Start uit het voorbeeld
          </Button>
          <Button variant="default" onClick={onFaseToevoegen}>
            Fase toevoegen
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
