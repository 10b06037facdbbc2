import { Alert, Button, Group, Loader, Select, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import {
  KANDIDAAT_STATUS_LABEL,
  KANDIDAAT_STATUSSEN,
  type Kandidaat,
  type KandidaatStatus,
} from '../../../../shared/domain/kandidaten';
import { useApiQuery } from '../../api/client';
import { gaNaar } from '../../app/useHashRoute';
import { BewaartermijnSectie } from './BewaartermijnSectie';
import { KandidatenExcelMenu } from './excel/KandidatenExcelMenu';
import { KandidaatFormulier } from './KandidaatFormulier';
import { KandidatenTabel } from './KandidatenTabel';

function GeenKandidaten() {
  return (
    <Alert color="gray" title="Nog geen kandidaten">
      Voeg een kandidaat toe met "Kandidaat toevoegen", of lees de lijst van een gemeente in via Excel. Elke
      kandidaat krijgt een code; die staat overal in plaats van de naam. Daarna leg je per kandidaat het
      persoonlijk plan, de leerlijn, de participatieladder en de uitstroom vast.
    </Alert>
  );
}

/** All candidates by pseudonym, filtered by status and group; names only when the user asks. */
export function KandidatenPage() {
  const [status, setStatus] = useState<KandidaatStatus | null>(null);
  const [groepId, setGroepId] = useState<string | null>(null);
  // Privacy first: every visit starts with names hidden.
  const [namenTonen, setNamenTonen] = useState(false);
  const [nieuw, setNieuw] = useState<null | undefined>(undefined);

  const filter = { metNamen: namenTonen, ...(status ? { status } : {}), ...(groepId ? { groepId } : {}) };
  const lijst = useApiQuery('kandidaten.lijst', filter);
  const alles = useApiQuery('kandidaten.lijst', { metNamen: false });
  const groepen = useApiQuery('groepen.lijst', {});
  const regels = lijst.data ?? [];
  const leeg = alles.data?.length === 0;

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <Select
          label="Status"
          placeholder="Alle statussen"
          data={KANDIDAAT_STATUSSEN.map((s) => ({ value: s, label: KANDIDAAT_STATUS_LABEL[s] }))}
          value={status}
          onChange={(s) => setStatus(s as KandidaatStatus | null)}
          clearable
          w={200}
        />
        <Select
          label="Groep"
          placeholder="Alle groepen"
          data={(groepen.data ?? []).map((g) => ({ value: g.id, label: g.naam }))}
          value={groepId}
          onChange={setGroepId}
          clearable
          w={240}
        />
        <Switch
          label="Namen tonen"
          checked={namenTonen}
          onChange={(e) => setNamenTonen(e.currentTarget.checked)}
          mb={8}
        />
        <Group ml="auto" gap="xs">
          <KandidatenExcelMenu />
          <Button onClick={() => setNieuw(null)}>Kandidaat toevoegen</Button>
        </Group>
      </Group>

      {lijst.isError && <Alert color="red">{lijst.error.message}</Alert>}
      {lijst.isPending && <Loader aria-label="Kandidaten laden" />}
      {lijst.isSuccess && leeg && <GeenKandidaten />}
      {lijst.isSuccess && regels.length === 0 && !leeg && (
        <Text c="dimmed">Geen kandidaten met deze status of in deze groep.</Text>
      )}
      {regels.length > 0 && <KandidatenTabel regels={regels} metNamen={namenTonen} />}
      <Text size="sm" c="dimmed" role="status">
        {lijst.isSuccess && !leeg
          ? `${regels.length} ${regels.length === 1 ? 'kandidaat' : 'kandidaten'}`
          : ''}
      </Text>

      <BewaartermijnSectie />
      <KandidaatFormulier
        kandidaat={nieuw}
        onClose={() => setNieuw(undefined)}
        namenTonen={namenTonen}
        onOpgeslagen={(k: Kandidaat) => gaNaar(`kandidaten/${k.id}`)}
      />
    </Stack>
  );
}
