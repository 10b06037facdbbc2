import { Button, Group, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { Contract } from '../../../../shared/domain/contracten';
import { useApiQuery } from '../../api/client';
import { ContractenTabel } from './ContractenTabel';
import { ContractFormulier } from './ContractFormulier';

/** All contracts with their obligation over the whole period; add and edit. */
export function ContractenTab() {
  const contracten = useApiQuery('sroi.contracten', {});
  const [bewerken, setBewerken] = useState<Contract | null | undefined>(undefined);
  return (
    <section aria-labelledby="kop-contracten">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="kop-contracten">
          Contracten
        </Title>
        <Button onClick={() => setBewerken(null)}>Contract toevoegen</Button>
      </Group>
      {contracten.data?.length === 0 && (
        <Text c="dimmed">
          Er zijn nog geen contracten vastgelegd. Voeg een contract toe om de SROI-verplichting te berekenen.
        </Text>
      )}
      {contracten.data && contracten.data.length > 0 && (
        <ContractenTabel
          contracten={contracten.data}
          labelledBy="kop-contracten"
          naam={{
            kop: 'Contract en opdrachtnemer',
            cel: (c) => (
              <>
                <UnstyledButton
                  c="tafel.8"
                  td="underline"
                  onClick={() => setBewerken(c)}
                  aria-label={`${c.naam} bewerken`}
                >
                  {c.naam}
                </UnstyledButton>
                {/* The provider under the name: one column less, so the table fits a laptop screen. */}
                <Text size="sm" c="dimmed">
                  {c.opdrachtnemer}
                </Text>
              </>
            ),
          }}
          met={{ kop: 'Opdrachtgevers', cel: (c) => c.opdrachtgevers.map((o) => o.gemeente).join(', ') }}
        />
      )}
      <ContractFormulier contract={bewerken} onClose={() => setBewerken(undefined)} />
    </section>
  );
}
