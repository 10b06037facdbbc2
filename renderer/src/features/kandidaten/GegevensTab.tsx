import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Kandidaat } from '../../../../shared/domain/kandidaten';
import { BONUS_LABEL } from '../../../../shared/domain/waardering';
import { formatDatum } from '../../../../shared/format/nl';
import { AlleenInWerkgroepbestand, NIET_IN_KOPIE } from '../samenwerken/AlleenInWerkgroepbestand';
import { useZonderPersoonsgegevens } from '../samenwerken/useZonderPersoonsgegevens';
import { AvgVerwijderen } from './AvgVerwijderen';
import { KandidaatFormulier } from './KandidaatFormulier';
import { statusLabel, uitkeringLabel } from './weergave';

/** A label over its value, as on the Gegevens tab; a dash for nothing. */
export function Gegeven({ label, waarde }: { label: string; waarde: string | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{waarde || '–'}</Text>
    </div>
  );
}

/** The candidate's record at a glance, edited in the same form as a new candidate; then the AVG zone. */
export function GegevensTab({
  kandidaat: k,
  naamTonen,
  naamVerborgen,
}: {
  kandidaat: Kandidaat;
  naamTonen: boolean;
  naamVerborgen: boolean;
}) {
  const [bewerken, setBewerken] = useState<Kandidaat | undefined>(undefined);
  // A member's copy left these out on purpose: say so, rather than a dash that reads as missing data.
  // It also has nothing to edit or erase here (main refuses candidate changes in such a copy).
  const zonder = useZonderPersoonsgegevens();
  const weggelaten = zonder ? NIET_IN_KOPIE : null;
  const verborgen = weggelaten ?? (naamVerborgen && !naamTonen ? 'Verborgen (zet "Naam tonen" aan)' : null);
  const begeleider = [k.begeleiderNaam, k.begeleiderOrganisatie].filter(Boolean).join(', ');
  return (
    <Stack gap="xl">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="md">
          <Gegeven label="Naam" waarde={verborgen ?? k.naam} />
          <Gegeven label="Initialen" waarde={verborgen ?? k.initialen} />
          <Gegeven label="Gemeente" waarde={k.gemeente} />
          <Gegeven label="Uitkering" waarde={uitkeringLabel(k.uitkering)} />
          <Gegeven label="Klantmanager" waarde={weggelaten ?? k.klantmanager} />
          <Gegeven label="Persoonlijk begeleider" waarde={weggelaten ?? begeleider} />
          <Gegeven label="Groep" waarde={k.groep} />
          <Gegeven label="Status" waarde={statusLabel(k.status)} />
          <Gegeven label="Kenmerken" waarde={k.bonussen.map((b) => BONUS_LABEL[b]).join(', ')} />
          <Gegeven label="Startdatum" waarde={formatDatum(k.startdatum)} />
          <Gegeven label="Einddatum traject" waarde={formatDatum(k.einddatum)} />
        </SimpleGrid>
        {zonder ? (
          <AlleenInWerkgroepbestand />
        ) : (
          <Group>
            <Button variant="light" onClick={() => setBewerken(k)}>
              Gegevens bewerken
            </Button>
          </Group>
        )}
      </Stack>
      {!zonder && <AvgVerwijderen kandidaat={k} />}
      <KandidaatFormulier
        kandidaat={bewerken}
        onClose={() => setBewerken(undefined)}
        namenTonen={naamTonen}
        naamVerborgen={naamVerborgen}
      />
    </Stack>
  );
}
