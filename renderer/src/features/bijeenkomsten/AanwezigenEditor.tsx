import { ActionIcon, Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { aanwezigenInvoer } from '../../../../shared/api/schemas-planning';
import type { BijeenkomstDetail } from '../../../../shared/domain/bijeenkomsten';
import { bekendeContacten } from '../../../../shared/domain/standaard-agenda';
import { useApiMutation, useApiQuery } from '../../api/client';
import { VanzelfOpgeslagen } from '../../app/VanzelfOpgeslagen';
import { useBewaardeRijen } from './bewaardeRijen';

interface Aanwezige {
  sleutel: string;
  naam: string;
  rol: string;
  aanwezig: boolean;
}

const uit = (b: Pick<BijeenkomstDetail, 'aanwezigen'>): Aanwezige[] =>
  b.aanwezigen.map((a) => ({ sleutel: a.id, naam: a.naam, rol: a.rol ?? '', aanwezig: a.aanwezig }));

/** Who was there and who sent apologies, saved as it is typed. Members in their working role, never candidates. */
export function AanwezigenEditor({ bijeenkomst }: { bijeenkomst: BijeenkomstDetail }) {
  const opslaan = useApiMutation('bijeenkomsten.aanwezigenOpslaan');
  const { rijen, zet, wijzig, fouten } = useBewaardeRijen({
    sleutel: `aanwezigen:${bijeenkomst.id}`,
    bron: bijeenkomst,
    uitBron: uit,
    invoer: (aanwezigen: Omit<Aanwezige, 'sleutel'>[]) => ({ bijeenkomstId: bijeenkomst.id, aanwezigen }),
    schema: aanwezigenInvoer,
    lijst: 'aanwezigen',
    opslaan: (invoer) => opslaan.mutateAsync(invoer),
  });
  const organisaties = useApiQuery('organisaties.lijst', {});
  const contacten = bekendeContacten(
    organisaties.data ?? [],
    rijen.map((r) => r.naam),
  );
  const voegContactToe = (naam: string | null) => {
    const c = contacten.find((x) => x.naam === naam);
    if (c) zet([...rijen, { sleutel: crypto.randomUUID(), naam: c.naam, rol: c.rol, aanwezig: true }]);
  };
  return (
    <Stack>
      {rijen.length === 0 && <Text c="dimmed">Nog niemand ingevuld.</Text>}
      {rijen.map((r, i) => (
        <Group key={r.sleutel} wrap="nowrap" align="flex-end" data-testid="aanwezige">
          <TextInput
            label={i === 0 ? 'Naam' : undefined}
            aria-label={`Naam ${i + 1}`}
            value={r.naam}
            onChange={(e) => wijzig(i, { naam: e.currentTarget.value })}
            error={fouten[`naam-${i}`]}
            style={{ flex: 1 }}
          />
          <TextInput
            label={i === 0 ? 'Organisatie of rol' : undefined}
            aria-label={`Organisatie of rol ${i + 1}`}
            value={r.rol}
            onChange={(e) => wijzig(i, { rol: e.currentTarget.value })}
            error={fouten[`rol-${i}`]}
            style={{ flex: 1 }}
          />
          <SegmentedControl
            aria-label={`Aanwezigheid ${i + 1}`}
            value={r.aanwezig ? 'aanwezig' : 'afgemeld'}
            onChange={(v) => wijzig(i, { aanwezig: v === 'aanwezig' })}
            data={[
              { value: 'aanwezig', label: 'Aanwezig' },
              { value: 'afgemeld', label: 'Afgemeld' },
            ]}
          />
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={`${r.naam || `Rij ${i + 1}`} verwijderen`}
            onClick={() => zet(rijen.filter((_, j) => j !== i))}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      {fouten.aanwezigen && (
        <Text size="sm" c="red.8" role="alert">
          {fouten.aanwezigen}
        </Text>
      )}
      <Group justify="space-between">
        <Button
          variant="default"
          onClick={() => zet([...rijen, { sleutel: crypto.randomUUID(), naam: '', rol: '', aanwezig: true }])}
        >
          Persoon toevoegen
        </Button>
        {contacten.length > 0 && (
          // The werkgroep's known contacts: picking one fills in name and organisation.
          <Select
            aria-label="Contactpersoon toevoegen"
            placeholder="Contactpersoon toevoegen"
            data={contacten.map((c) => ({ value: c.naam, label: `${c.naam} (${c.rol})` }))}
            value={null}
            onChange={voegContactToe}
            searchable
            nothingFoundMessage="Geen contactpersoon gevonden"
            style={{ flex: 1, maxWidth: 360 }}
          />
        )}
        <VanzelfOpgeslagen />
      </Group>
    </Stack>
  );
}
