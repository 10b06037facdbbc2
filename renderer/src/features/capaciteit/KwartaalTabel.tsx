import { Anchor, Badge, Button, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { Fragment } from 'react';
import { type Aanbestedingskalender, SECTOR_LABEL } from '../../../../shared/domain/aanbestedingen';
import { formatDatum, formatPercentage, korteGemeente } from '../../../../shared/format/nl';
import { euro, persoonjarenTekst } from './weergave';

export type KalenderRegel = Aanbestedingskalender['aanbestedingen'][number];

interface Props {
  label: string;
  regels: KalenderRegel[];
  onBewerk: (a: KalenderRegel) => void;
  onGun: (a: KalenderRegel) => void;
}

// Fixed widths so the tables of all quarters line up under each other.
const KOLOMMEN: { kop: string; breedte: string; rechts?: boolean }[] = [
  { kop: 'Naam', breedte: '22%' },
  { kop: 'Sector', breedte: '9%' },
  { kop: 'Gemeenten', breedte: '15%' },
  { kop: 'Verwachte start', breedte: '11%' },
  { kop: 'Waarde', breedte: '13%', rechts: true },
  { kop: 'SROI', breedte: '7%', rechts: true },
  { kop: 'Verwachte SROI', breedte: '11%', rechts: true },
  { kop: 'Status', breedte: '12%' },
];
const zonderOnderrand = { borderBottom: 0 };
const bedrag = { ...zonderOnderrand, whiteSpace: 'nowrap' } as const;

/**
 * The tenders of one quarter. Person-years per doelgroep get a full-width line under each tender:
 * ten doelgroepen do not fit in a column. Awarded tenders point to the contract they became.
 */
export function KwartaalTabel({ label, regels, onBewerk, onGun }: Props) {
  return (
    <Table aria-label={`Aanbestedingen ${label}`} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          {KOLOMMEN.map((k) => (
            <Table.Th key={k.kop} w={k.breedte} ta={k.rechts ? 'right' : undefined}>
              {k.kop}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...regels]
          .sort((a, b) => a.verwachteStart.localeCompare(b.verwachteStart))
          .map((a) => (
            <Fragment key={a.id}>
              <Table.Tr>
                <Table.Td style={zonderOnderrand}>
                  <UnstyledButton
                    c="tafel.8"
                    td="underline"
                    onClick={() => onBewerk(a)}
                    aria-label={`${a.naam} bewerken`}
                  >
                    {a.naam}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td style={zonderOnderrand}>{SECTOR_LABEL[a.sector]}</Table.Td>
                <Table.Td style={zonderOnderrand}>
                  {a.gemeenten.map((g) => korteGemeente(g)).join(', ')}
                </Table.Td>
                <Table.Td style={zonderOnderrand}>{formatDatum(a.verwachteStart)}</Table.Td>
                <Table.Td ta="right" style={bedrag}>
                  {euro(a.waardeCent)}
                </Table.Td>
                <Table.Td ta="right" style={zonderOnderrand}>
                  {formatPercentage(a.sroiPercentageBp)}
                </Table.Td>
                <Table.Td ta="right" style={bedrag}>
                  {euro(a.verwachteSroiCent)}
                </Table.Td>
                <Table.Td style={zonderOnderrand}>
                  {a.contractId ? (
                    <Stack gap={2} align="flex-start">
                      <Badge variant="light" color="tafel" c="tafel.9">
                        Gegund
                      </Badge>
                      <Anchor href="#/sroi" size="sm" c="tafel.8">
                        contract onder SROI
                      </Anchor>
                    </Stack>
                  ) : (
                    <Stack gap={2} align="flex-start">
                      <Badge variant="light" color="gray" c="dark.8">
                        Verwacht
                      </Badge>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        px={0}
                        onClick={() => onGun(a)}
                        aria-label={`${a.naam} gunnen`}
                      >
                        Gunnen…
                      </Button>
                    </Stack>
                  )}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td colSpan={KOLOMMEN.length} pt={0}>
                  <Text size="xs" c="dimmed">
                    {a.persoonjaren.length
                      ? `Persoonsjaren: ${persoonjarenTekst(a.persoonjaren)}`
                      : 'Persoonsjaren: geen waarderingstabel gekozen.'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Fragment>
          ))}
      </Table.Tbody>
    </Table>
  );
}
