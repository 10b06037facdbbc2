import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { agendaInvoer } from '../../../../shared/api/schemas-planning';
import { BIJEENKOMST_SOORT_LABEL, type BijeenkomstDetail } from '../../../../shared/domain/bijeenkomsten';
import {
  nogNietOpAgenda,
  STANDAARD_AGENDA,
  vorigeAgendaBron,
} from '../../../../shared/domain/standaard-agenda';
import { useApiMutation, useApiQuery } from '../../api/client';
import { VanzelfOpgeslagen } from '../../app/VanzelfOpgeslagen';
import { useBewaardeRijen } from './bewaardeRijen';

interface Punt {
  sleutel: string;
  titel: string;
  notitie: string;
}

const uit = (b: Pick<BijeenkomstDetail, 'agenda'>): Punt[] =>
  b.agenda.map((p) => ({ sleutel: p.id, titel: p.titel, notitie: p.notitie ?? '' }));

/**
 * The numbered agenda with notes per item, edited in place: during a meeting the secretary types
 * notes under each item, and they are saved as they are typed (the agenda as a whole).
 */
export function AgendaEditor({ bijeenkomst }: { bijeenkomst: BijeenkomstDetail }) {
  const opslaan = useApiMutation('bijeenkomsten.agendaOpslaan');
  const {
    rijen: punten,
    zet,
    wijzig,
    fouten,
  } = useBewaardeRijen({
    sleutel: `agenda:${bijeenkomst.id}`,
    bron: bijeenkomst,
    uitBron: uit,
    invoer: (punten: Omit<Punt, 'sleutel'>[]) => ({ bijeenkomstId: bijeenkomst.id, punten }),
    schema: agendaInvoer,
    lijst: 'punten',
    opslaan: (invoer) => opslaan.mutateAsync(invoer),
  });
  const lijst = useApiQuery('bijeenkomsten.lijst', {});
  const ervoor = lijst.data ? vorigeAgendaBron(lijst.data, bijeenkomst) : null;
  const vorige = useApiQuery('bijeenkomsten.detail', { id: ervoor?.id ?? '' }, Boolean(ervoor));
  // Added after what is there, never replacing it: notes already typed stay, and a point the
  // user already has (by title) is not added a second time.
  const voegToe = (nieuw: readonly { titel: string; notitie: string | null }[]) =>
    zet([
      ...punten,
      ...nogNietOpAgenda(punten, nieuw).map((p) => ({
        sleutel: crypto.randomUUID(),
        titel: p.titel,
        notitie: p.notitie ?? '',
      })),
    ]);
  const verplaats = (i: number, richting: -1 | 1) => {
    const nieuw = [...punten];
    const [punt] = nieuw.splice(i, 1);
    if (punt) nieuw.splice(i + richting, 0, punt);
    zet(nieuw);
  };

  return (
    <Stack>
      {punten.length === 0 && (
        <Text c="dimmed">
          Nog geen agendapunten. Klik hieronder op "Standaardagenda (
          {BIJEENKOMST_SOORT_LABEL[bijeenkomst.soort]})" om de vaste punten in te vullen, of op "Agendapunt
          toevoegen" voor een eigen punt.
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
                error={fouten[`titel-${i}`]}
                fw={600}
              />
              <Textarea
                aria-label={`Aantekeningen bij punt ${i + 1}`}
                placeholder="Aantekeningen"
                value={p.notitie}
                onChange={(e) => wijzig(i, { notitie: e.currentTarget.value })}
                error={fouten[`notitie-${i}`]}
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
      {fouten.punten && (
        <Text size="sm" c="red.8" role="alert">
          {fouten.punten}
        </Text>
      )}
      <Group justify="space-between">
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => zet([...punten, { sleutel: crypto.randomUUID(), titel: '', notitie: '' }])}
          >
            Agendapunt toevoegen
          </Button>
          <Button variant="default" onClick={() => voegToe(STANDAARD_AGENDA[bijeenkomst.soort])}>
            Standaardagenda ({BIJEENKOMST_SOORT_LABEL[bijeenkomst.soort]})
          </Button>
          {vorige.data && vorige.data.agenda.length > 0 && (
            // The titles only: the notes were that meeting's minutes.
            <Button
              variant="default"
              onClick={() =>
                voegToe((vorige.data?.agenda ?? []).map((p) => ({ titel: p.titel, notitie: null })))
              }
            >
              Vorige agenda kopiëren
            </Button>
          )}
        </Group>
        <VanzelfOpgeslagen />
      </Group>
    </Stack>
  );
}
