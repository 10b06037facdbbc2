import { Alert, Group, List, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { DeelnameStatus, Ronde } from '../../../../shared/domain/inventarisatie';
import { formatPercentage } from '../../../../shared/format/nl';
import { useApiQuery } from '../../api/client';
import { AanbodMatrix } from './AanbodMatrix';
import { geantwoord } from './weergave';

type Filter = 'alle' | Exclude<DeelnameStatus, 'uitgezet'>;

const FILTERS = [
  { value: 'alle', label: 'Alle antwoorden' },
  { value: 'ontvangen', label: 'Ontvangen' },
  { value: 'besproken', label: 'Besproken' },
];

/** The round summed up for the FO: response, the menukaart matrix with totals, and the open answers. */
export function ResultatenTab({ ronde }: { ronde: Ronde }) {
  const [filter, setFilter] = useState<Filter>('alle');
  const resultaten = useApiQuery('inventarisatie.resultaten', { rondeId: ronde.id });
  if (resultaten.isError) return <Alert color="red">{resultaten.error.message}</Alert>;
  if (resultaten.isPending) return <Loader aria-label="Resultaten laden" />;
  const r = resultaten.data;

  // The filter works on the statuses of the round; "alle" means every organisation that answered.
  const telt = (organisatieId: string) =>
    filter === 'alle' || r.ronde.deelnames.find((d) => d.organisatieId === organisatieId)?.status === filter;
  const namen = new Set(r.ronde.deelnames.filter((d) => telt(d.organisatieId)).map((d) => d.organisatie));
  const matrix = r.matrix.filter((m) => telt(m.organisatieId));
  const beantwoord = r.ronde.deelnames.filter((d) => d.status !== 'uitgezet').length;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Text data-testid="respons">
          Respons: <strong>{formatPercentage(r.responsBp)}</strong> (
          {geantwoord(beantwoord, r.ronde.deelnames.length)})
        </Text>
        <SegmentedControl
          aria-label="Toon antwoorden met status"
          data={FILTERS}
          value={filter}
          onChange={(f) => setFilter(f as Filter)}
        />
      </Group>
      <section aria-labelledby="kop-aanbod">
        <Title order={2} size="h4" id="kop-aanbod" mb="xs">
          Aanbod van de menukaart
        </Title>
        {matrix.length === 0 ? (
          <Text c="dimmed">Er zijn (met dit filter) nog geen antwoorden.</Text>
        ) : r.opties.length === 0 ? (
          <Text c="dimmed">Het formulier van deze ronde vraagt niet naar de menukaart.</Text>
        ) : (
          <>
            <AanbodMatrix opties={r.opties} matrix={matrix} />
            <Text size="xs" c="dimmed" mt={4}>
              Een getal is het aantal plaatsen; ✓ betekent aangeboden zonder aantal. Organisaties telt wie de
              mogelijkheid aanbiedt.
            </Text>
          </>
        )}
      </section>
      <section aria-labelledby="kop-open">
        <Title order={2} size="h4" id="kop-open" mb="xs">
          Antwoorden per vraag
        </Title>
        <Stack gap="md">
          {r.antwoorden.map((a) => {
            const per = a.per.filter((p) => namen.has(p.organisatie));
            return (
              <div key={a.sleutel}>
                <Text fw={600} size="sm">
                  {a.vraag}
                </Text>
                {per.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    Nog geen antwoord.
                  </Text>
                ) : (
                  <List size="sm" spacing={2}>
                    {per.map((p) => (
                      <List.Item key={p.organisatie}>
                        <strong>{p.organisatie}:</strong> {p.tekst}
                      </List.Item>
                    ))}
                  </List>
                )}
              </div>
            );
          })}
        </Stack>
      </section>
    </Stack>
  );
}
