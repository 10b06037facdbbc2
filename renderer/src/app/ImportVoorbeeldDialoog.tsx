import { Alert, Badge, Button, Group, List, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ImportVoorbeeld } from '../../../shared/domain/import';
import { useApiMutation } from '../api/client';
import { Dialoog } from './Dialoog';
import { naOpslaan } from './formulier';

/** What every previewed import row has besides its own fields. */
interface Rij {
  rij: number;
  status: 'nieuw' | 'bestaat_al' | 'fout';
  fouten: string[];
}

export interface ImportKolom<R> {
  kop: string;
  cel: (rij: R) => ReactNode;
}

interface Props<R extends Rij> {
  voorbeeld: (ImportVoorbeeld<R> & { token: string }) | null;
  onClose: () => void;
  /** The channel that carries out the previewed import; main holds the rows, we only send the token. */
  kanaal: 'organisaties.inlezenBevestigen' | 'kandidaten.inlezenBevestigen';
  /** What is read, as in "Organisaties inlezen uit lijst.xlsx". */
  wat: string;
  kolommen: ImportKolom<R>[];
  /** "3 organisaties": the count with its noun, for the button and the success message. */
  aantal: (n: number) => string;
}

const STATUS = {
  nieuw: { label: 'nieuw', color: 'tafel' },
  bestaat_al: { label: 'bestaat al, overgeslagen', color: 'gray' },
  fout: { label: 'fout', color: 'red' },
} as const;

/**
 * The preview of an Excel list: what will be added, what is skipped, and every problem per row.
 * Nothing is stored until the user confirms, and a file with any error is refused as a whole.
 */
export function ImportVoorbeeldDialoog<R extends Rij>({
  voorbeeld,
  onClose,
  kanaal,
  wat,
  kolommen,
  aantal,
}: Props<R>) {
  const bevestigen = useApiMutation(kanaal);
  const annuleren = useApiMutation('import.annuleren');
  if (!voorbeeld) return null;
  // Closing without reading in makes main forget the preview (a candidate list holds personal data).
  const sluiten = () => {
    annuleren.mutate({ token: voorbeeld.token });
    onClose();
  };
  const fouten = [...voorbeeld.algemeneFouten, ...voorbeeld.rijen.flatMap((r) => r.fouten)];
  const magInlezen = fouten.length === 0 && voorbeeld.nieuw > 0;
  const inlezen = () =>
    bevestigen.mutate(
      { token: voorbeeld.token },
      naOpslaan(({ toegevoegd }) => `${aantal(toegevoegd)} toegevoegd.`, onClose),
    );
  return (
    <Dialoog opened onClose={sluiten} title={`${wat} inlezen uit ${voorbeeld.bestand}`} size="xl">
      <Stack>
        <Text>
          {voorbeeld.nieuw} nieuw, {voorbeeld.bestaatAl} bestaan al (die worden overgeslagen),{' '}
          {voorbeeld.fouten} met een fout.
        </Text>
        {fouten.length > 0 && (
          <Alert color="red" title="Dit bestand kan zo niet worden ingelezen">
            <Text size="sm" mb="xs">
              Pas het bestand aan en lees het opnieuw in. Er wordt niets opgeslagen zolang er fouten zijn.
            </Text>
            <List size="sm">
              {fouten.slice(0, 50).map((f) => (
                <List.Item key={f}>{f}</List.Item>
              ))}
            </List>
            {fouten.length > 50 && <Text size="sm">… en nog {fouten.length - 50} andere.</Text>}
          </Alert>
        )}
        {voorbeeld.rijen.length > 0 && (
          <ScrollArea.Autosize mah={360}>
            <Table striped aria-label="Voorbeeld van de import">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Rij</Table.Th>
                  {kolommen.map((k) => (
                    <Table.Th key={k.kop}>{k.kop}</Table.Th>
                  ))}
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {voorbeeld.rijen.map((r) => (
                  <Table.Tr key={r.rij}>
                    <Table.Td>{r.rij}</Table.Td>
                    {kolommen.map((k) => (
                      <Table.Td key={k.kop}>{k.cel(r)}</Table.Td>
                    ))}
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge variant="light" color={STATUS[r.status].color}>
                        {STATUS[r.status].label}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={sluiten}>
            Annuleren
          </Button>
          <Button onClick={inlezen} disabled={!magInlezen} loading={bevestigen.isPending}>
            {aantal(voorbeeld.nieuw)} toevoegen
          </Button>
        </Group>
      </Stack>
    </Dialoog>
  );
}
