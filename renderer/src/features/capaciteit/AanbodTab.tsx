import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import type { CapaciteitsOverzicht } from '../../../../shared/domain/capaciteit';
import { useApiQuery } from '../../api/client';
import { SorteerKop, type Sortering, sorteerOp } from '../../app/sorteren';
import { AanbodFormulier } from './AanbodFormulier';
import { OvernemenDialoog } from './OvernemenDialoog';
import { type Periode, periodeGeldig } from './periode';
import { ditKalenderjaar } from './weergave';

export type AanbodRegel = CapaciteitsOverzicht['aanbod'][number];
type Kolom = 'organisatie' | 'optie' | 'plaatsen' | 'bron';

/** Every offer, organisation × option; edit, add, or take them over from an inventarisatie round. */
export function AanbodTab({ periode }: { periode: Periode }) {
  // The list of offers does not depend on the period; any valid one will do when the board's is being typed.
  const overzicht = useApiQuery('capaciteit.overzicht', periodeGeldig(periode) ? periode : ditKalenderjaar());
  const [sortering, setSortering] = useState<Sortering<Kolom>>({ kolom: 'organisatie', oplopend: true });
  const [bewerken, setBewerken] = useState<AanbodRegel | null | undefined>(undefined);
  const [overnemen, setOvernemen] = useState(false);

  if (overzicht.isError) return <Alert color="red">{overzicht.error.message}</Alert>;
  if (overzicht.isPending) return <Loader aria-label="Aanbod laden" />;
  const { aanbod, opties } = overzicht.data;
  const optieNaam = (code: string) => opties.find((o) => o.code === code)?.naam ?? code;
  const rijen = sorteerOp(
    aanbod,
    sortering,
    {
      organisatie: (a) => a.organisatie,
      optie: (a) => optieNaam(a.optieCode),
      plaatsen: (a) => a.plaatsen,
      bron: (a) => a.bron,
    },
    (a) => `${a.organisatie} ${optieNaam(a.optieCode)}`,
  );
  const kop = { sortering, onSorteer: setSortering };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4" id="kop-aanbod">
          Aanbod per organisatie
        </Title>
        <Group>
          <Button variant="light" onClick={() => setOvernemen(true)}>
            Overnemen uit inventarisatie…
          </Button>
          <Button onClick={() => setBewerken(null)}>Aanbod toevoegen</Button>
        </Group>
      </Group>
      {aanbod.length === 0 ? (
        <Text c="dimmed">
          Er is nog geen aanbod. Neem het over uit de antwoorden van een inventarisatieronde, of voeg het hier
          toe.
        </Text>
      ) : (
        <Table striped aria-labelledby="kop-aanbod">
          <Table.Thead>
            <Table.Tr>
              <SorteerKop kolom="organisatie" label="Organisatie" {...kop} />
              <SorteerKop kolom="optie" label="Mogelijkheid" {...kop} />
              <SorteerKop kolom="plaatsen" label="Plaatsen" rechts {...kop} />
              <SorteerKop kolom="bron" label="Bron" {...kop} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rijen.map((a) => (
              <Table.Tr key={`${a.organisatieId}-${a.menukaartOptieId}`}>
                <Table.Td>{a.organisatie}</Table.Td>
                <Table.Td>{optieNaam(a.optieCode)}</Table.Td>
                <Table.Td ta="right">
                  <UnstyledButton
                    c="tafel.8"
                    td="underline"
                    onClick={() => setBewerken(a)}
                    aria-label={`${a.plaatsen} plaatsen van ${a.organisatie} voor ${optieNaam(a.optieCode)} wijzigen`}
                  >
                    {a.plaatsen}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={a.bron === 'handmatig' ? 'gray' : 'tafel'} c="dark.8">
                    {a.bron === 'handmatig' ? 'Handmatig' : 'Inventarisatie'}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AanbodFormulier regel={bewerken} opties={opties} onClose={() => setBewerken(undefined)} />
      <OvernemenDialoog opened={overnemen} onClose={() => setOvernemen(false)} />
    </Stack>
  );
}
