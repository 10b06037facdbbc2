import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BijeenkomstDetail } from '../../../../shared/domain/bijeenkomsten';
import { useApiMutation } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';

interface Punt {
  sleutel: string;
  titel: string;
  notitie: string;
}

const uit = (b: Pick<BijeenkomstDetail, 'agenda'>): Punt[] =>
  b.agenda.map((p) => ({ sleutel: p.id, titel: p.titel, notitie: p.notitie ?? '' }));

/**
 * The numbered agenda with notes per item, edited in place and saved as a whole: during a meeting
 * the secretary types notes under each item and saves once (or after each item).
 */
export function AgendaEditor({ bijeenkomst }: { bijeenkomst: BijeenkomstDetail }) {
  const [punten, setPunten] = useState<Punt[]>(() => uit(bijeenkomst));
  const [gewijzigd, setGewijzigd] = useState(false);
  useEffect(() => {
    setPunten(uit({ agenda: bijeenkomst.agenda }));
    setGewijzigd(false);
    // Structural sharing keeps this reference while the saved agenda is unchanged, so a refetch
    // after another change on the page (a decision, an action) does not wipe unsaved typing.
  }, [bijeenkomst.agenda]);
  const opslaan = useApiMutation('bijeenkomsten.agendaOpslaan');
  const zet = (nieuw: Punt[]) => {
    setPunten(nieuw);
    setGewijzigd(true);
  };
  const wijzig = (i: number, deel: Partial<Punt>) =>
    zet(punten.map((p, j) => (j === i ? { ...p, ...deel } : p)));
  const verplaats = (i: number, richting: -1 | 1) => {
    const nieuw = [...punten];
    const [punt] = nieuw.splice(i, 1);
    if (punt) nieuw.splice(i + richting, 0, punt);
    zet(nieuw);
  };
  const bewaar = () =>
    opslaan.mutate(
      {
        bijeenkomstId: bijeenkomst.id,
        punten: punten.map((p) => ({ titel: p.titel, notitie: p.notitie })),
      },
      { onError: toonFout, onSuccess: () => toonSucces('De agenda is opgeslagen.') },
    );

  return (
    <Stack>
      {punten.length === 0 && (
        <Text c="dimmed">
          Nog geen agendapunten. Voeg ze toe, of maak de bijeenkomst via "Volgende bijeenkomst voorbereiden"
          om een voorstel te krijgen.
        </Text>
      )}
      {punten.map((p, i) => (
        <Paper key={p.sleutel} withBorder p="sm" data-testid="agendapunt">
          <Group align="flex-start" wrap="nowrap">
            <Text fw={700} mt={6} w={24} ta="right">
              {i + 1}.
            </Text>
            <Stack gap={6} style={{ flex: 1 }}>
              <TextInput
                aria-label={`Agendapunt ${i + 1}`}
                value={p.titel}
                onChange={(e) => wijzig(i, { titel: e.currentTarget.value })}
                fw={600}
              />
              <Textarea
                aria-label={`Aantekeningen bij punt ${i + 1}`}
                placeholder="Aantekeningen"
                value={p.notitie}
                onChange={(e) => wijzig(i, { notitie: e.currentTarget.value })}
                autosize
                minRows={1}
                maxRows={10}
              />
            </Stack>
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="default"
                aria-label={`Punt ${i + 1} omhoog`}
                disabled={i === 0}
                onClick={() => verplaats(i, -1)}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="default"
                aria-label={`Punt ${i + 1} omlaag`}
                disabled={i === punten.length - 1}
                onClick={() => verplaats(i, 1)}
              >
                ↓
              </ActionIcon>
              <ActionIcon
                variant="default"
                color="red"
                aria-label={`Punt ${i + 1} verwijderen`}
                onClick={() => zet(punten.filter((_, j) => j !== i))}
              >
                ✕
              </ActionIcon>
            </Group>
          </Group>
        </Paper>
      ))}
      <Group justify="space-between">
        <Button
          variant="default"
          onClick={() => zet([...punten, { sleutel: crypto.randomUUID(), titel: '', notitie: '' }])}
        >
          Agendapunt toevoegen
        </Button>
        <Button onClick={bewaar} loading={opslaan.isPending} disabled={!gewijzigd}>
          Agenda opslaan
        </Button>
      </Group>
    </Stack>
  );
}
