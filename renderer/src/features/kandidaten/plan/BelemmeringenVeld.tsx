import { ActionIcon, Group, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import {
  BELEMMERING_LABEL,
  BELEMMERING_SOORTEN,
  BELEMMERING_STATUS_LABEL,
  BELEMMERING_STATUSSEN,
  type BelemmeringSoort,
  type BelemmeringStatus,
  GEVOELIGE_BELEMMERINGEN,
} from '../../../../../shared/domain/kandidaten';

/** One barrier as the form holds it: the note as typed ('' for none). */
export interface BelemmeringVeld {
  soort: BelemmeringSoort;
  status: BelemmeringStatus;
  toelichting: string;
}

interface Props {
  waarde: BelemmeringVeld[];
  onChange: (b: BelemmeringVeld[]) => void;
  fout?: string;
}

/** The barriers from the fixed list, each once, with how far it is solved and a short note. */
export function BelemmeringenVeld({ waarde, onChange, fout }: Props) {
  const vrij = BELEMMERING_SOORTEN.filter((s) => !waarde.some((b) => b.soort === s));
  const wijzig = (i: number, deel: Partial<BelemmeringVeld>) =>
    onChange(waarde.map((b, j) => (j === i ? { ...b, ...deel } : b)));

  return (
    <Stack gap="xs">
      <Text size="sm" fw={700} id="kop-belemmeringen">
        Belemmeringen
      </Text>
      {waarde.length === 0 && (
        <Text size="sm" c="dimmed">
          Nog geen belemmeringen. Kies hieronder wat werk nu in de weg staat.
        </Text>
      )}
      {waarde.length > 0 && (
        <Table aria-labelledby="kop-belemmeringen" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={200}>Soort</Table.Th>
              <Table.Th w={200}>Stand</Table.Th>
              <Table.Th>Toelichting</Table.Th>
              <Table.Th w={40}>
                <VisuallyHidden>Weghalen</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {waarde.map((b, i) => (
              <Table.Tr key={b.soort}>
                <Table.Td>
                  <Text size="sm">{BELEMMERING_LABEL[b.soort]}</Text>
                  {GEVOELIGE_BELEMMERINGEN.includes(b.soort) && (
                    <Text size="xs" c="dimmed">
                      gevoelig: niet in exports
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Stand van ${BELEMMERING_LABEL[b.soort].toLowerCase()}`}
                    data={BELEMMERING_STATUSSEN.map((s) => ({
                      value: s,
                      label: BELEMMERING_STATUS_LABEL[s],
                    }))}
                    value={b.status}
                    onChange={(s) => s && wijzig(i, { status: s as BelemmeringStatus })}
                    allowDeselect={false}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Toelichting bij ${BELEMMERING_LABEL[b.soort].toLowerCase()}`}
                    value={b.toelichting}
                    onChange={(e) => wijzig(i, { toelichting: e.currentTarget.value })}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    onClick={() => onChange(waarde.filter((_, j) => j !== i))}
                    aria-label={`${BELEMMERING_LABEL[b.soort]} weghalen`}
                  >
                    ✕
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {vrij.length > 0 && (
        <Group>
          <Select
            aria-label="Belemmering toevoegen"
            placeholder="Belemmering toevoegen…"
            data={vrij.map((s) => ({ value: s, label: BELEMMERING_LABEL[s] }))}
            value={null}
            onChange={(s) =>
              s && onChange([...waarde, { soort: s as BelemmeringSoort, status: 'open', toelichting: '' }])
            }
            w={260}
            size="sm"
          />
        </Group>
      )}
      {fout && (
        <Text size="sm" c="red.8" role="alert">
          {fout}
        </Text>
      )}
    </Stack>
  );
}
