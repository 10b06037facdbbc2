import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { DEELNAME_STATUS_LABEL } from '../../../../shared/domain/inventarisatie';
import type { AanbodRegel, RondeAntwoorden } from '../../../../shared/domain/organisatie-pagina';
import { formatDatum } from '../../../../shared/format/nl';
import { Sectie } from './Sectie';

function Plaatsen({ aanbod }: { aanbod: AanbodRegel[] }) {
  return (
    <Table striped aria-label="Aangeboden plaatsen" maw={560}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Mogelijkheid</Table.Th>
          <Table.Th ta="right">Plaatsen</Table.Th>
          <Table.Th>Bron</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {aanbod.map((a) => (
          <Table.Tr key={a.optie}>
            <Table.Td>{a.optie}</Table.Td>
            <Table.Td ta="right">{a.plaatsen}</Table.Td>
            <Table.Td>{a.bron === 'inventarisatie' ? 'uit de inventarisatie' : 'ingevuld'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Ronde({ ronde: r }: { ronde: RondeAntwoorden }) {
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text fw={600} size="sm">
          {r.ronde}
        </Text>
        <Badge variant="light" color={r.status === 'uitgezet' ? 'gray' : 'tafel'} tt="none">
          {DEELNAME_STATUS_LABEL[r.status]}
          {r.ontvangenOp && ` op ${formatDatum(r.ontvangenOp)}`}
        </Badge>
      </Group>
      {r.antwoorden.length === 0 ? (
        <Text size="sm" c="dimmed">
          {r.status === 'uitgezet' ? 'Nog geen antwoord ontvangen.' : 'Geen vragen beantwoord.'}
        </Text>
      ) : (
        <Stack component="dl" gap={4} m={0}>
          {r.antwoorden.map((a) => (
            <div key={a.vraag}>
              <Text component="dt" size="xs" c="dimmed">
                {a.vraag}
              </Text>
              <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-line' }}>
                {a.tekst}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

interface Props {
  aanbod: AanbodRegel[];
  rondes: RondeAntwoorden[];
  gemeente: boolean;
}

/** The places the organisation offers, and what it answered per inventarisatie round. */
export function AanbodSectie({ aanbod, rondes, gemeente }: Props) {
  const leeg = aanbod.length === 0 && rondes.length === 0;
  return (
    <Sectie id="aanbod" titel="Wat zij aanbieden">
      {leeg && gemeente && (
        <Text size="sm" c="dimmed">
          Een gemeente biedt zelf geen plaatsen aan; aanbod en inventarisatie horen bij de aanbieders.
        </Text>
      )}
      {leeg && !gemeente && (
        <Text size="sm" c="dimmed">
          Nog geen aanbod bekend. Vraag het uit met een inventarisatieronde (
          <Anchor href="#/inventarisatie" c="tafel.8" underline="always" inherit>
            Inventarisatie
          </Anchor>{' '}
          → Nieuwe ronde), of vul de plaatsen zelf in onder{' '}
          <Anchor href="#/capaciteit" c="tafel.8" underline="always" inherit>
            Capaciteit
          </Anchor>{' '}
          → Aanbod.
        </Text>
      )}
      {aanbod.length > 0 && <Plaatsen aanbod={aanbod} />}
      {!leeg && aanbod.length === 0 && (
        <Text size="sm" c="dimmed">
          Nog geen plaatsen op het capaciteitsbord; neem ze over onder Capaciteit → Aanbod → "Overnemen uit
          inventarisatie…".
        </Text>
      )}
      {rondes.map((r) => (
        <Ronde key={r.rondeId} ronde={r} />
      ))}
    </Sectie>
  );
}
