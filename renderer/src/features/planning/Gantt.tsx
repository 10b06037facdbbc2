import { Box, Group, List, Stack, Text, Title, Tooltip } from '@mantine/core';
import { type CSSProperties, useEffect, useRef } from 'react';
import {
  type Activiteit,
  afhankelijkheidsProblemen,
  type Mijlpaal,
  type Planning,
} from '../../../../shared/domain/planning';
import { Waarschuwing } from '../../app/Waarschuwing';
import { GanttBalk, KOLOM, type Wijzig } from './GanttBalk';
import { GanttKop, KOP_HOOGTE, LABEL, labelCel } from './GanttKop';
import { Legenda } from './Legenda';
import { dagFractie, zichtbareMaanden } from './weergave';

interface Props {
  planning: Planning;
  vandaag: string;
  onActiviteit: (a: Activiteit) => void;
  onMijlpaal: (m: Mijlpaal) => void;
  onWijzig: Wijzig;
}

const rij: CSSProperties = { display: 'flex', borderBottom: '1px solid var(--mantine-color-gray-2)' };

/**
 * The plan over time: months across, activities down grouped by phase, a red line for today.
 * Wide plannings scroll sideways while the names stay put.
 */
export function Gantt({ planning, vandaag, onActiviteit, onMijlpaal, onWijzig }: Props) {
  const maanden = zichtbareMaanden(planning.bereik, vandaag);
  const kolom = (maand: string) => maanden.indexOf(maand);
  const alle = planning.fasen.flatMap((f) => f.activiteiten);
  const problemen = afhankelijkheidsProblemen(alle);
  const breedte = maanden.length * KOLOM;
  // Month lines behind the bars, drawn once per row instead of one element per cell.
  const raster = `repeating-linear-gradient(to right, var(--mantine-color-gray-3) 0 1px, transparent 1px ${KOLOM}px)`;
  const vandaagLinks = LABEL + (kolom(vandaag.slice(0, 7)) + dagFractie(vandaag)) * KOLOM;
  const schuif = useRef<HTMLDivElement>(null);
  // A long planning opens scrolled to today: what runs now matters more than what started a year ago.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on opening, not after every drag.
  useEffect(() => {
    const el = schuif.current;
    if (el && el.scrollWidth > el.clientWidth)
      el.scrollLeft = Math.max(0, vandaagLinks - (el.clientWidth + LABEL) / 2);
  }, []);

  return (
    <Stack gap="sm">
      <Legenda />
      <Box
        ref={schuif}
        data-gantt-schuif
        style={{
          width: 'fit-content',
          maxWidth: '100%',
          overflowX: 'auto',
          border: '1px solid var(--mantine-color-gray-4)',
          borderRadius: 4,
        }}
      >
        <div style={{ position: 'relative', width: LABEL + breedte }} data-testid="gantt">
          <GanttKop
            maanden={maanden}
            vandaag={vandaag}
            mijlpalen={planning.mijlpalen}
            onMijlpaal={onMijlpaal}
          />
          {planning.fasen.map((f) => (
            <section key={f.id} aria-labelledby={`gantt-fase-${f.id}`}>
              <div style={{ ...rij, background: 'var(--mantine-color-gray-1)' }}>
                <Title
                  order={2}
                  size="h5"
                  id={`gantt-fase-${f.id}`}
                  style={{ ...labelCel, background: 'var(--mantine-color-gray-1)' }}
                >
                  {f.naam}
                </Title>
                <div style={{ width: breedte }} />
              </div>
              {f.activiteiten.length === 0 && (
                <Text size="sm" c="dimmed" style={{ ...labelCel, borderRight: 0, width: 'auto' }}>
                  Nog geen activiteiten in deze fase.
                </Text>
              )}
              {f.activiteiten.map((a) => (
                <div key={a.id} style={rij}>
                  <Group gap={6} wrap="nowrap" style={labelCel}>
                    {problemen.has(a.id) && (
                      <Tooltip label={problemen.get(a.id)} withArrow multiline w={260}>
                        <Text
                          component="span"
                          c="orange.9"
                          fw={700}
                          aria-label={`Let op: ${problemen.get(a.id)}`}
                        >
                          ⚠
                        </Text>
                      </Tooltip>
                    )}
                    {/* Long titles wrap onto a second line: the row grows, nothing is cut off. */}
                    <Stack gap={0} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                      <Text size="sm" lh={1.3}>
                        {a.titel}
                      </Text>
                      {a.eigenaar && (
                        <Text size="xs" c="dimmed">
                          {a.eigenaar}
                        </Text>
                      )}
                    </Stack>
                  </Group>
                  <div
                    style={{ position: 'relative', width: breedte, minHeight: 44, backgroundImage: raster }}
                  >
                    <GanttBalk
                      activiteit={a}
                      kolom={kolom}
                      vandaag={vandaag}
                      onOpen={onActiviteit}
                      onWijzig={onWijzig}
                    />
                  </div>
                </div>
              ))}
            </section>
          ))}
          <div
            data-testid="vandaag-lijn"
            title="Vandaag"
            style={{
              position: 'absolute',
              // Below the month names, so the line does not cross out the current month.
              top: KOP_HOOGTE,
              bottom: 0,
              left: vandaagLinks,
              width: 2,
              background: 'var(--mantine-color-red-8)',
              zIndex: 1,
              pointerEvents: 'none',
            }}
          />
        </div>
      </Box>
      {problemen.size > 0 && (
        <Waarschuwing title="Afhankelijkheden kloppen niet">
          <List size="sm">
            {alle
              .filter((a) => problemen.has(a.id))
              .map((a) => (
                <List.Item key={a.id}>
                  {a.titel}: {problemen.get(a.id)}
                </List.Item>
              ))}
          </List>
        </Waarschuwing>
      )}
    </Stack>
  );
}
