import { Badge, Button, Group, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import {
  DEELNAME_STATUS_LABEL,
  type Deelname,
  type DeelnameStatus,
  RONDE_STATUSSEN,
  type Ronde,
} from '../../../../shared/domain/inventarisatie';
import { formatDatum } from '../../../../shared/format/nl';
import { useApiMutation } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';
import { SorteerKop, type Sortering, sorteerOp } from '../../app/sorteren';
import { meldMetOngedaan, terugschrijven } from '../../ongedaan/melden';
import { AntwoordenDialoog } from './AntwoordenDialoog';
import { FormulierenKnoppen } from './FormulierenKnoppen';
import { STATUS_KLEUR } from './weergave';

type Kolom = 'organisatie' | 'status';

const SLEUTELS: Record<Kolom, (d: Deelname) => string | number> = {
  organisatie: (d) => d.organisatie,
  status: (d) => RONDE_STATUSSEN.indexOf(d.status),
};

/** The dates of an organisation's form, one per line under the header "Formulier"; a step not taken yet is left out. */
function Data({ d }: { d: Deelname }) {
  const data = [
    ['gemaakt', d.formulierGemaaktOp],
    ['verstuurd', d.verstuurdOp],
    ['ontvangen', d.ontvangenOp],
  ].filter((x): x is [string, string] => x[1] !== null);
  if (data.length === 0) return <Text size="xs">nog niet gemaakt</Text>;
  return (
    <Stack gap={0}>
      {data.map(([wat, iso]) => (
        <Text key={wat} size="xs" style={{ whiteSpace: 'nowrap' }}>
          {wat} {formatDatum(iso)}
        </Text>
      ))}
    </Stack>
  );
}

const STATUS_KEUZES = RONDE_STATUSSEN.map((s) => ({ value: s, label: DEELNAME_STATUS_LABEL[s] }));

/** Who was asked in a round, who answered, and the Excel round trip; answers can be typed in here too. */
export function DeelnemersTab({ ronde }: { ronde: Ronde }) {
  const [sortering, setSortering] = useState<Sortering<Kolom>>({ kolom: 'organisatie', oplopend: true });
  const [invullen, setInvullen] = useState<Deelname | null>(null);
  const status = useApiMutation('inventarisatie.status');
  const verstuurd = useApiMutation('inventarisatie.verstuurd');
  const nietVerstuurd = ronde.deelnames.some((d) => d.verstuurdOp === null);
  const rijen = useMemo(
    () => sorteerOp(ronde.deelnames, sortering, SLEUTELS, (d) => d.organisatie),
    [ronde.deelnames, sortering],
  );
  const open = ronde.deelnames.filter((d) => d.status === 'uitgezet');
  // Back to "uitgezet" clears the date the answers came in, which undo cannot bring back: that one
  // is said without Ongedaan maken (the user can set the status again, the date stays lost).
  const meldStatus = (d: Deelname, nieuw: DeelnameStatus) => {
    const melding = `Status van ${d.organisatie}: ${DEELNAME_STATUS_LABEL[nieuw].toLowerCase()}.`;
    if (nieuw === 'uitgezet' && d.ontvangenOp) return toonSucces(melding);
    const terug = `Status van ${d.organisatie} staat weer op ${DEELNAME_STATUS_LABEL[d.status].toLowerCase()}.`;
    meldMetOngedaan(melding, terug, () =>
      terugschrijven('inventarisatie.status', {
        rondeId: ronde.id,
        organisatieId: d.organisatieId,
        status: d.status,
      }),
    );
  };
  const kop = (kolom: Kolom, label: string) => (
    <SorteerKop kolom={kolom} label={label} sortering={sortering} onSorteer={setSortering} />
  );

  return (
    <Stack>
      <Group gap="xs">
        <FormulierenKnoppen ronde={ronde} />
        {nietVerstuurd && (
          <Button
            variant="subtle"
            loading={verstuurd.isPending}
            onClick={() =>
              verstuurd.mutate(
                { rondeId: ronde.id },
                {
                  onError: toonFout,
                  onSuccess: () =>
                    toonSucces('De formulieren van deze ronde staan op verstuurd, met de datum van vandaag.'),
                },
              )
            }
          >
            Markeren als verstuurd
          </Button>
        )}
      </Group>
      <Text size="sm" data-testid="herinnering">
        {open.length === 0
          ? 'Alle organisaties hebben geantwoord.'
          : `Nog geen antwoord van: ${open.map((d) => d.organisatie).join(', ')}.`}
      </Text>
      <Table striped highlightOnHover aria-label="Deelnemers">
        <Table.Thead>
          <Table.Tr>
            {kop('organisatie', 'Organisatie')}
            {kop('status', 'Status')}
            <Table.Th>Formulier</Table.Th>
            <Table.Th>Status wijzigen</Table.Th>
            <Table.Th>
              <VisuallyHidden>Antwoorden</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rijen.map((d) => (
            <Table.Tr key={d.organisatieId}>
              <Table.Td fw={600}>{d.organisatie}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_KLEUR[d.status]}>
                  {DEELNAME_STATUS_LABEL[d.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Data d={d} />
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Status van ${d.organisatie}`}
                  data={STATUS_KEUZES}
                  value={d.status}
                  allowDeselect={false}
                  size="xs"
                  w={150}
                  onChange={(s) =>
                    s &&
                    s !== d.status &&
                    status.mutate(
                      { rondeId: ronde.id, organisatieId: d.organisatieId, status: s as DeelnameStatus },
                      { onError: toonFout, onSuccess: () => meldStatus(d, s as DeelnameStatus) },
                    )
                  }
                />
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => setInvullen(d)}
                  aria-label={`Antwoorden invullen voor ${d.organisatie}`}
                >
                  Antwoorden invullen
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <AntwoordenDialoog rondeId={ronde.id} deelname={invullen} onClose={() => setInvullen(null)} />
    </Stack>
  );
}
