import { Alert, Button, Group, List, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { LES_SOORT_LABEL, LES_SOORTEN, type Les } from '../../../../shared/domain/monitoring';
import { useApiQuery } from '../../api/client';
import { HELE_WERKGROEP, LesFormulier } from './LesFormulier';
import { LesRegel } from './LesRegel';
import { LES_VRAAG, meervoud } from './weergave';

const ALLE = 'alle';

function GeenLessen() {
  return (
    <Alert color="gray" title="Nog geen lessen">
      <Text size="sm">
        Houd hier bij wat de werkgroep en de groepen leren. Schrijf na een bijeenkomst of een gesprek kort op
        wat opviel, bij een van de vier vragen:
      </Text>
      <List size="sm" mt="xs">
        {LES_SOORTEN.map((s) => (
          <List.Item key={s}>{LES_VRAAG[s]}</List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        Een evaluatie voor de FO neemt de lessen van haar periode mee.
      </Text>
    </Alert>
  );
}

/** The lessons log of the werkgroep and its groups, newest first, with filters and a search box. */
export function LessenTab() {
  const lijst = useApiQuery('evaluatie.lessen', {});
  const groepenQuery = useApiQuery('groepen.lijst', {});
  const groepen = groepenQuery.data ?? [];
  const [soort, setSoort] = useState(ALLE);
  const [groep, setGroep] = useState(ALLE);
  const [zoek, setZoek] = useState('');
  const [bewerk, setBewerk] = useState<Les | null | undefined>(undefined);

  const alle = lijst.data ?? [];
  const lessen = useMemo(() => {
    const woorden = zoek.trim().toLowerCase();
    return (lijst.data ?? [])
      .filter((l) => soort === ALLE || l.soort === soort)
      .filter((l) => groep === ALLE || (l.groepId ?? HELE_WERKGROEP) === groep)
      .filter((l) => !woorden || l.tekst.toLowerCase().includes(woorden))
      .sort((a, b) => b.datum.localeCompare(a.datum));
  }, [lijst.data, soort, groep, zoek]);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Select
            label="Soort"
            w={200}
            allowDeselect={false}
            value={soort}
            onChange={(s) => s && setSoort(s)}
            data={[
              { value: ALLE, label: 'Alle soorten' },
              ...LES_SOORTEN.map((s) => ({ value: s, label: LES_SOORT_LABEL[s] })),
            ]}
          />
          <Select
            label="Groep"
            w={200}
            allowDeselect={false}
            value={groep}
            onChange={(g) => g && setGroep(g)}
            data={[
              { value: ALLE, label: 'Alle groepen' },
              { value: HELE_WERKGROEP, label: 'Hele werkgroep' },
              ...groepen.map((g) => ({ value: g.id, label: g.naam })),
            ]}
          />
          <TextInput
            label="Zoeken"
            placeholder="Zoek in de tekst"
            w={240}
            value={zoek}
            onChange={(e) => setZoek(e.currentTarget.value)}
          />
        </Group>
        <Button onClick={() => setBewerk(null)}>Les toevoegen</Button>
      </Group>
      {lijst.isError && <Alert color="red">{lijst.error.message}</Alert>}
      {lijst.isPending && <Loader aria-label="Lessen laden" />}
      {lijst.isSuccess && alle.length === 0 && <GeenLessen />}
      {alle.length > 0 && lessen.length === 0 && (
        <Text c="dimmed">Geen lessen die passen bij deze keuze of zoekterm.</Text>
      )}
      {lessen.map((l) => (
        <LesRegel key={l.id} les={l} onWijzigen={setBewerk} />
      ))}
      <Text size="sm" c="dimmed" role="status">
        {alle.length > 0 &&
          (lessen.length === alle.length
            ? meervoud(alle.length, 'les', 'lessen')
            : `${lessen.length} van ${meervoud(alle.length, 'les', 'lessen')}`)}
      </Text>
      <LesFormulier les={bewerk} groepen={groepen} onClose={() => setBewerk(undefined)} />
    </Stack>
  );
}
