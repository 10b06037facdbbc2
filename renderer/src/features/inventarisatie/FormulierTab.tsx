import { Alert, Badge, Button, Group, List, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  type Ronde,
  type Sjabloon,
  VRAAG_SOORT_LABEL,
  type Vraag,
} from '../../../../shared/domain/inventarisatie';
import { alleVragen } from '../../../../shared/domain/inventarisatie-antwoorden';
import { useApiQuery } from '../../api/client';
import { SjabloonDialoog } from './SjabloonDialoog';
import { sjabloonLabel } from './weergave';

function VraagWeergave({ vraag, nummer }: { vraag: Vraag; nummer: string }) {
  const lijst = vraag.soort === 'aanbod' ? vraag.opties.map((o) => o.naam) : vraag.keuzes;
  return (
    <li>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600} w={36}>
          {nummer}
        </Text>
        <Stack gap={2}>
          <Text size="sm">
            {vraag.tekst}
            {vraag.verplicht && (
              <Text span c="red.9" fw={700}>
                {' '}
                (verplicht)
              </Text>
            )}
          </Text>
          {vraag.toelichting && (
            <Text size="xs" c="dimmed">
              {vraag.toelichting}
            </Text>
          )}
          <Group gap={6}>
            <Badge variant="light" color="gray" size="sm">
              {VRAAG_SOORT_LABEL[vraag.soort]}
            </Badge>
            {lijst.length > 0 && (
              <Text size="xs" c="dimmed">
                {lijst.join(' · ')}
              </Text>
            )}
          </Group>
        </Stack>
      </Group>
    </li>
  );
}

/** The form of the round read-only, any version of it, and the editor for a next version. */
export function FormulierTab({ ronde }: { ronde: Ronde }) {
  const sjablonen = useApiQuery('inventarisatie.sjablonen', {});
  const [gekozen, setGekozen] = useState<string | null>(null);
  const [bewerken, setBewerken] = useState<Sjabloon | null>(null);
  if (sjablonen.isError) return <Alert color="red">{sjablonen.error.message}</Alert>;
  if (sjablonen.isPending) return <Loader aria-label="Formulier laden" />;

  const versies = sjablonen.data.filter((s) => s.naam === ronde.sjabloon);
  const sjabloon = versies.find((s) => s.id === (gekozen ?? ronde.sjabloonId));
  if (!sjabloon) return <Alert color="red">Het formulier van deze ronde is niet gevonden.</Alert>;
  const nieuwste = versies[0];
  const gebruikteSleutels = new Set(versies.flatMap((s) => alleVragen(s.secties).map((v) => v.sleutel)));

  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <Select
            label="Versie"
            data={versies.map((s) => ({
              value: s.id,
              label: `${sjabloonLabel(s)}${s.id === ronde.sjabloonId ? ' (deze ronde)' : ''}`,
            }))}
            value={sjabloon.id}
            onChange={(id) => id && setGekozen(id)}
            allowDeselect={false}
            w={520}
          />
          <Text size="sm" c="dimmed" maw={420} mb={4}>
            Deze ronde gebruikt versie {ronde.sjabloonVersie}.
            {nieuwste && nieuwste.versie > ronde.sjabloonVersie
              ? ` Er is een nieuwere versie (${nieuwste.versie}) voor volgende rondes.`
              : ''}
          </Text>
        </Group>
        <Button onClick={() => setBewerken(sjabloon)}>Vraag toevoegen / bewerken</Button>
      </Group>
      <Text size="sm" c="dimmed">
        Een versie die al in een ronde is gebruikt, verandert niet: opslaan maakt dan een nieuwe versie en de
        lopende ronde houdt haar eigen versie.
      </Text>
      {sjabloon.secties.map((sectie, i) => (
        <Paper key={sectie.titel} withBorder p="md" radius="sm">
          <Title order={2} size="h4">
            {i + 1}. {sectie.titel}
          </Title>
          {sectie.toelichting && (
            <Text size="sm" c="dimmed" mt={4}>
              {sectie.toelichting}
            </Text>
          )}
          <List listStyleType="none" spacing="sm" mt="sm">
            {sectie.vragen.map((vraag, j) => (
              <VraagWeergave key={vraag.sleutel} vraag={vraag} nummer={`${i + 1}.${j + 1}`} />
            ))}
          </List>
        </Paper>
      ))}
      <SjabloonDialoog
        sjabloon={bewerken}
        gebruikteSleutels={gebruikteSleutels}
        onClose={() => setBewerken(null)}
        onOpgeslagen={(s) => setGekozen(s.id)}
      />
    </Stack>
  );
}
