import { Alert, Button, Group, Loader, SegmentedControl, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { type Actiepunt, actielijstVolgorde, isVerlopen } from '../../../../shared/domain/bijeenkomsten';
import { vandaagIso } from '../../../../shared/format/nl';
import { useApiQuery } from '../../api/client';
import { ActieFormulier } from './ActieFormulier';
import { ActiesTabel } from './ActiesTabel';

type Filter = 'open' | 'alle';

/** The actielijst of the whole werkgroep: overdue first, then open by deadline. */
export function ActielijstTab() {
  const lijst = useApiQuery('bijeenkomsten.acties', {});
  const [filter, setFilter] = useState<Filter>('open');
  const [bewerk, setBewerk] = useState<Actiepunt | null | undefined>(undefined);
  const vandaag = vandaagIso();
  const acties = useMemo(
    () =>
      actielijstVolgorde(
        (lijst.data ?? []).filter((a) => filter === 'alle' || a.status === 'open'),
        vandaag,
      ),
    [lijst.data, filter, vandaag],
  );
  const verlopen = acties.filter((a) => isVerlopen(a, vandaag)).length;
  return (
    <>
      <Group mb="md" justify="space-between">
        <SegmentedControl
          aria-label="Welke acties"
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={[
            { value: 'open', label: 'Open' },
            { value: 'alle', label: 'Alle' },
          ]}
        />
        <Button onClick={() => setBewerk(null)}>Actie toevoegen</Button>
      </Group>
      {lijst.isError && <Alert color="red">{lijst.error.message}</Alert>}
      {lijst.isPending && <Loader aria-label="Acties laden" />}
      {lijst.isSuccess && acties.length === 0 && (
        <Alert color="gray" title={filter === 'open' ? 'Geen open acties' : 'Nog geen acties'}>
          Acties ontstaan meestal in een bijeenkomst: open de bijeenkomst en voeg ze daar toe, dan weet
          iedereen later waar een actie vandaan kwam. Een losse actie kan ook hier.
        </Alert>
      )}
      {acties.length > 0 && <ActiesTabel acties={acties} onBewerken={setBewerk} metHerkomst />}
      <Text size="sm" c="dimmed" mt="sm" role="status">
        {acties.length > 0 &&
          `${acties.length} actie${acties.length === 1 ? '' : 's'}${verlopen ? `, waarvan ${verlopen} verlopen` : ''}`}
      </Text>
      <ActieFormulier actie={bewerk} onClose={() => setBewerk(undefined)} />
    </>
  );
}
