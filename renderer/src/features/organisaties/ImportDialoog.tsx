import { Alert, Badge, Button, Group, List, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { ImportVoorbeeld } from '../../../../shared/domain/import';
import { SOORT_LABEL } from '../../../../shared/domain/organisaties';
import { useApiMutation } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { toonFout, toonSucces } from '../../app/notify';

interface Props {
  voorbeeld: (ImportVoorbeeld & { token: string }) | null;
  onClose: () => void;
}

const STATUS = {
  nieuw: { label: 'nieuw', color: 'tafel' },
  bestaat_al: { label: 'bestaat al, overgeslagen', color: 'gray' },
  fout: { label: 'fout', color: 'red' },
} as const;

/**
 * The preview of an organisation list: what will be added, what is skipped, and every problem per
 * row. Nothing is stored until the user confirms, and a file with any error is refused as a whole.
 */
export function ImportDialoog({ voorbeeld, onClose }: Props) {
  const bevestigen = useApiMutation('import.organisatiesBevestigen');
  if (!voorbeeld) return null;
  const fouten = [...voorbeeld.algemeneFouten, ...voorbeeld.rijen.flatMap((r) => r.fouten)];
  const magInlezen = fouten.length === 0 && voorbeeld.nieuw > 0;
  const inlezen = () =>
    bevestigen.mutate(
      { token: voorbeeld.token },
      {
        onError: toonFout,
        onSuccess: ({ toegevoegd }) => {
          toonSucces(`${toegevoegd} organisatie${toegevoegd === 1 ? '' : 's'} toegevoegd.`);
          onClose();
        },
      },
    );
  return (
    <Dialoog opened onClose={onClose} title={`Organisaties inlezen uit ${voorbeeld.bestand}`} size="xl">
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
                  <Table.Th>Naam</Table.Th>
                  <Table.Th>Soort</Table.Th>
                  <Table.Th>Contactpersoon</Table.Th>
                  <Table.Th>Werkgebied</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {voorbeeld.rijen.map((r) => (
                  <Table.Tr key={r.rij}>
                    <Table.Td>{r.rij}</Table.Td>
                    <Table.Td>{r.naam}</Table.Td>
                    <Table.Td>{r.soort ? SOORT_LABEL[r.soort] : '–'}</Table.Td>
                    <Table.Td>{r.contactpersoon ?? ''}</Table.Td>
                    <Table.Td>{r.gemeenten.map((g) => g.replace(/^Gemeente /, '')).join(', ')}</Table.Td>
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
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
          <Button onClick={inlezen} disabled={!magInlezen} loading={bevestigen.isPending}>
            {voorbeeld.nieuw} organisatie{voorbeeld.nieuw === 1 ? '' : 's'} toevoegen
          </Button>
        </Group>
      </Stack>
    </Dialoog>
  );
}
