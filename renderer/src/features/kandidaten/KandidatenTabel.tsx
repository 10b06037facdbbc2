import { Anchor, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { type KandidaatRegel, UITSTROOM_LABEL } from '../../../../shared/domain/kandidaten';
import { SorteerKop } from '../../app/sorteren';
import { gaNaar } from '../../app/useHashRoute';
import { StatusBadge } from './StatusBadge';
import { type SorteerKolom, type Sortering, sorteer } from './sorteren';
import { tredeBeweging } from './weergave';

const KOLOMMEN: { kolom: SorteerKolom; label: string }[] = [
  { kolom: 'code', label: 'Code' },
  { kolom: 'naam', label: 'Naam' },
  { kolom: 'gemeente', label: 'Gemeente' },
  { kolom: 'groep', label: 'Groep' },
  { kolom: 'status', label: 'Status' },
  { kolom: 'stap', label: 'Huidige stap' },
  { kolom: 'trede', label: 'Trede start → nu' },
  { kolom: 'uitstroom', label: 'Uitstroom' },
];

interface Props {
  regels: readonly KandidaatRegel[];
  /** The names column exists only when the user chose to show names. */
  metNamen: boolean;
  /** On a group's own page the group column would repeat one name on every row. */
  zonderGroep?: boolean;
}

/** Candidates by code; a row opens the candidate (the code is also a real link, for the keyboard). */
export function KandidatenTabel({ regels, metNamen, zonderGroep = false }: Props) {
  const [sortering, setSortering] = useState<Sortering>({ kolom: 'code', oplopend: true });
  const rijen = useMemo(() => sorteer(regels, sortering), [regels, sortering]);
  const kolommen = KOLOMMEN.filter(
    (k) => (metNamen || k.kolom !== 'naam') && (!zonderGroep || k.kolom !== 'groep'),
  );

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover stickyHeader aria-label="Kandidaten">
        <Table.Thead>
          <Table.Tr>
            {kolommen.map(({ kolom, label }) => (
              <SorteerKop
                key={kolom}
                kolom={kolom}
                label={label}
                sortering={sortering}
                onSorteer={setSortering}
              />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rijen.map((k) => (
            <Table.Tr
              key={k.id}
              onClick={() => gaNaar(`kandidaten/${k.id}`)}
              style={{ cursor: 'pointer' }}
              data-testid="kandidaat-rij"
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor
                  href={`#/kandidaten/${k.id}`}
                  fw={600}
                  c="tafel.8"
                  onClick={(e) => e.stopPropagation()}
                  aria-label={`Kandidaat ${k.code} openen`}
                >
                  {k.code}
                </Anchor>
                {k.initialen && (
                  <Text span size="sm" c="dimmed" ml={6}>
                    {k.initialen}
                  </Text>
                )}
              </Table.Td>
              {metNamen && <Table.Td>{k.naam ?? ''}</Table.Td>}
              <Table.Td>{k.gemeente ?? ''}</Table.Td>
              {!zonderGroep && <Table.Td>{k.groep ?? ''}</Table.Td>}
              <Table.Td>
                <StatusBadge status={k.status} />
              </Table.Td>
              <Table.Td>
                {k.huidigeStap ?? '–'}
                {k.huidigeStapOrganisatie && (
                  <Text size="xs" c="dimmed">
                    {k.huidigeStapOrganisatie}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{tredeBeweging(k.tredeStart, k.tredeNu)}</Table.Td>
              <Table.Td>{k.uitstroom ? UITSTROOM_LABEL[k.uitstroom] : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
