import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { PlanningVerwijzingen } from '../../../../shared/domain/bijeenkomsten';
import {
  ACTIVITEIT_STATUS_LABEL,
  type Activiteit,
  type Fase,
  isTeLaat,
  type Mijlpaal,
  type Planning,
} from '../../../../shared/domain/planning';
import { formatDatum } from '../../../../shared/format/nl';
import { PLANNING_BADGE } from '../../../../shared/format/status-kleuren';
import { RijActiesKop } from '../../app/RijActiesKop';
import { verwijzingenTelling, verwijzingenVan } from './ActiviteitVerwijzingen';
import { maandMetJaar } from './weergave';

// Badge colours with dark text on a light tint, readable (AA) in every status; the same colour
// family per status as the Gantt bars and the Excel export.
const BADGE: Record<Activiteit['status'], string> = {
  gepland: PLANNING_BADGE.gepland,
  bezig: PLANNING_BADGE.bezig,
  klaar: PLANNING_BADGE.klaar,
  vertraagd: PLANNING_BADGE.laat,
};

interface Props {
  planning: Planning;
  verwijzingen: PlanningVerwijzingen | undefined;
  vandaag: string;
  onActiviteit: (a: Activiteit) => void;
  onFase: (f: Fase) => void;
  onMijlpaal: (m: Mijlpaal) => void;
}

/** The same plan as the Gantt, as tables: one per phase, then the milestones. */
export function Lijst({ planning, verwijzingen, vandaag, onActiviteit, onFase, onMijlpaal }: Props) {
  const titels = new Map(planning.fasen.flatMap((f) => f.activiteiten).map((a) => [a.id, a.titel]));
  return (
    <Stack gap="xl">
      {planning.fasen.map((f) => (
        <section key={f.id} aria-labelledby={`lijst-fase-${f.id}`}>
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4" id={`lijst-fase-${f.id}`}>
              {f.naam}
            </Title>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => onFase(f)}
              aria-label={`Fase ${f.naam} wijzigen`}
            >
              Wijzigen
            </Button>
          </Group>
          {f.activiteiten.length === 0 ? (
            <Text c="dimmed" size="sm">
              Nog geen activiteiten in deze fase.
            </Text>
          ) : (
            <Table striped aria-labelledby={`lijst-fase-${f.id}`} layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="22%">Titel</Table.Th>
                  <Table.Th w="12%">Eigenaar</Table.Th>
                  <Table.Th w="9%">Van</Table.Th>
                  <Table.Th w="9%">T/m</Table.Th>
                  <Table.Th w="12%">Status</Table.Th>
                  <Table.Th w="12%">Wacht op</Table.Th>
                  <Table.Th w="12%">Besluiten en acties</Table.Th>
                  <RijActiesKop w="12%" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {f.activiteiten.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.titel}</Table.Td>
                    <Table.Td>{a.eigenaar}</Table.Td>
                    <Table.Td>{maandMetJaar(a.startMaand)}</Table.Td>
                    <Table.Td>{maandMetJaar(a.eindMaand)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge variant="light" color={BADGE[a.status]} c="dark.8">
                          {ACTIVITEIT_STATUS_LABEL[a.status]}
                        </Badge>
                        {a.status !== 'vertraagd' && isTeLaat(a, vandaag) && (
                          <Badge variant="light" color={PLANNING_BADGE.laat} c="dark.8">
                            Te laat
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{a.afhankelijkVan ? titels.get(a.afhankelijkVan) : ''}</Table.Td>
                    <Table.Td data-testid="verwijzingen-telling">
                      {verwijzingenTelling(verwijzingenVan(verwijzingen, a.id)) ?? ''}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => onActiviteit(a)}
                        aria-label={`${a.titel} wijzigen`}
                      >
                        Wijzigen
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </section>
      ))}
      <section aria-labelledby="lijst-mijlpalen">
        <Title order={2} size="h4" id="lijst-mijlpalen" mb="xs">
          Mijlpalen
        </Title>
        {planning.mijlpalen.length === 0 ? (
          <Text c="dimmed" size="sm">
            Nog geen mijlpalen.
          </Text>
        ) : (
          <Table striped aria-labelledby="lijst-mijlpalen">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Datum</Table.Th>
                <Table.Th>Mijlpaal</Table.Th>
                <RijActiesKop />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {planning.mijlpalen.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td w="15%">{formatDatum(m.datum)}</Table.Td>
                  <Table.Td>{m.naam}</Table.Td>
                  <Table.Td w="10%">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => onMijlpaal(m)}
                      aria-label={`Mijlpaal ${m.naam} wijzigen`}
                    >
                      Wijzigen
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </Stack>
  );
}
