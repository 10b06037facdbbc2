import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDatum } from '../../../../shared/format/nl';
import { useApiQuery } from '../../api/client';
import { BedragPerMaand } from '../monitoring/BedragPerMaand';
import { DashboardFilter, type Filter } from '../monitoring/DashboardFilter';
import { InDitBestand } from '../monitoring/InDitBestand';
import { Kerncijfers } from '../monitoring/Kerncijfers';
import { LopendeZaken } from '../monitoring/LopendeZaken';
import { periodeGeldig, periodeVoor } from '../monitoring/periode';
import { AanDeSlag } from './AanDeSlag';

/**
 * The start page: what needs attention now, then the key figures and charts of a period for the
 * whole werkgroep or one group. It opens on the last twelve months: "this year" would show an
 * almost empty dashboard every January; the calendar years are one click away.
 */
export function DashboardPage() {
  const werkgroep = useApiQuery('werkgroep.ophalen', {});
  const [filter, setFilter] = useState<Filter>(() => ({
    keuze: 'twaalfMaanden',
    periode: periodeVoor('twaalfMaanden'),
    groepId: null,
  }));
  const geldig = periodeGeldig(filter.periode);
  const dashboard = useApiQuery(
    'monitoring.dashboard',
    { ...filter.periode, groepId: filter.groepId },
    geldig,
    true,
  );

  return (
    <Stack gap="lg">
      <div>
        {werkgroep.isError && <Alert color="red">{werkgroep.error.message}</Alert>}
        <Text size="lg" fw={600} data-testid="werkgroepnaam">
          {werkgroep.data?.naam}
        </Text>
        {werkgroep.data && <Text c="dimmed">Regio {werkgroep.data.regio}</Text>}
      </div>
      <AanDeSlag />
      <DashboardFilter filter={filter} onFilter={setFilter} />
      {geldig && dashboard.isPending && <Loader aria-label="Kerncijfers laden" />}
      {dashboard.isError && (
        <Alert color="red" title="De kerncijfers konden niet worden berekend">
          {dashboard.error.message}
        </Alert>
      )}
      {dashboard.data && (
        // While a new filter loads, the previous figures stay, dimmed, so the page does not jump.
        <Stack
          gap="lg"
          opacity={dashboard.isPlaceholderData ? 0.5 : 1}
          aria-busy={dashboard.isPlaceholderData}
        >
          <section aria-labelledby="nu-aandacht">
            <Title order={2} size="h4" id="nu-aandacht" mb="xs">
              Nu aan de orde
            </Title>
            <LopendeZaken
              acties={dashboard.data.acties}
              volgendeBijeenkomst={dashboard.data.volgendeBijeenkomst}
              inventarisatie={dashboard.data.inventarisatie}
            />
          </section>
          <section aria-labelledby="kerncijfers">
            <Title order={2} size="h4" id="kerncijfers" mb="xs">
              Kerncijfers{' '}
              {dashboard.data.groep ? `van ${dashboard.data.groep.naam}` : 'van de hele werkgroep'},{' '}
              {formatDatum(dashboard.data.periode.van)} t/m {formatDatum(dashboard.data.periode.tot)}
            </Title>
            <Kerncijfers cijfers={dashboard.data} besparingExtra={<BedragPerMaand />} />
          </section>
        </Stack>
      )}
      <InDitBestand />
    </Stack>
  );
}
