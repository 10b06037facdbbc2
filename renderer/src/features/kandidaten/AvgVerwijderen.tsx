import { Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Kandidaat } from '../../../../shared/domain/kandidaten';
import { call } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { toonFout, toonSucces } from '../../app/notify';
import { gaNaar } from '../../app/useHashRoute';

/**
 * Erasure under the AVG. Not through useApiMutation: that refreshes every query first, and this
 * page's dossier would then fail to load (the person is gone) before we have left the page.
 */
function useWissen(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; bevestiging: string }) => call('kandidaten.avgVerwijderen', input),
    onError: toonFout,
    onSuccess: () => {
      // Every cached answer may still hold the person (a list with names, a group page): drop them
      // all, not just mark them stale, so nothing about them stays in memory.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'document.status' });
      gaNaar('kandidaten');
      toonSucces(`Kandidaat ${code} is verwijderd. Alleen anonieme tellingen zijn bewaard.`);
    },
    onSettled: () => client.invalidateQueries(),
  });
}

/** The danger zone: erase everything about this person, confirmed by typing their code. */
export function AvgVerwijderen({ kandidaat: k }: { kandidaat: Kandidaat }) {
  const [open, setOpen] = useState(false);
  const [getypt, setGetypt] = useState('');
  const wissen = useWissen(k.code);
  // Main compares the same way: spaces around and letter case do not matter.
  const klopt = getypt.trim().toUpperCase() === k.code.toUpperCase();
  const sluit = () => {
    setOpen(false);
    setGetypt('');
  };

  return (
    <Paper withBorder p="md" radius="md" style={{ borderColor: 'var(--mantine-color-red-4)' }}>
      <section aria-labelledby="kop-avg">
        <Group justify="space-between" wrap="wrap">
          <div style={{ flex: 1, minWidth: 260 }}>
            <Title order={3} size="h5" id="kop-avg" c="red.9">
              Verwijderen (AVG)
            </Title>
            <Text size="sm" c="dimmed">
              Wist alles over deze persoon, definitief. Gebruik dit als iemand daarom vraagt of als de
              bewaartermijn voorbij is.
            </Text>
          </div>
          <Button color="red.9" variant="outline" onClick={() => setOpen(true)}>
            Verwijderen (AVG)…
          </Button>
        </Group>
      </section>
      <Dialoog opened={open} onClose={sluit} title={`Kandidaat ${k.code} verwijderen (AVG)`}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (klopt) wissen.mutate({ id: k.id, bevestiging: getypt.trim() });
          }}
          noValidate
        >
          <Stack>
            <Text size="sm">Dit verwijdert definitief alles wat over deze persoon is vastgelegd:</Text>
            <List size="sm" spacing={2}>
              <List.Item>gegevens zoals naam, initialen, klantmanager en begeleider;</List.Item>
              <List.Item>het persoonlijk plan met belemmeringen en eigen woorden;</List.Item>
              <List.Item>de leerlijn, de metingen op de participatieladder, uitstroom en terugval;</List.Item>
              <List.Item>alle vrije tekst over de persoon, ook uit de reservekopieën.</List.Item>
            </List>
            <Text size="sm">
              Alleen anonieme tellingen blijven over, zoals de SROI-waarde die een stap al heeft opgeleverd.
              Dit kan niet ongedaan worden gemaakt.
            </Text>
            <TextInput
              label={`Typ de code ${k.code} om te bevestigen`}
              value={getypt}
              onChange={(e) => setGetypt(e.currentTarget.value)}
              autoComplete="off"
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={sluit}>
                Annuleren
              </Button>
              <Button type="submit" color="red.9" disabled={!klopt} loading={wissen.isPending}>
                Definitief verwijderen
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialoog>
    </Paper>
  );
}
