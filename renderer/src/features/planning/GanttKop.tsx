import { Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { Mijlpaal } from '../../../../shared/domain/planning';
import { formatDatum } from '../../../../shared/format/nl';
import { KOLOM } from './GanttBalk';
import { dagFractie, jaarKoppen, maandKort } from './weergave';

export const LABEL = 220;
/** Height of the year and month rows together; the today line starts below them. */
export const KOP_HOOGTE = 52;

/** The fixed first column: it stays in view while the months scroll sideways. */
export const labelCel: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 3,
  width: LABEL,
  minWidth: LABEL,
  background: 'var(--mantine-color-body)',
  borderRight: '1px solid var(--mantine-color-gray-4)',
  padding: '4px 8px',
};

const kopCel: CSSProperties = {
  width: KOLOM,
  minWidth: KOLOM,
  textAlign: 'center',
  borderLeft: '1px solid var(--mantine-color-gray-3)',
};

interface Props {
  maanden: string[];
  vandaag: string;
  mijlpalen: Mijlpaal[];
  onMijlpaal: (m: Mijlpaal) => void;
}

/** Years and months across the top, then one row with the milestones on their day. */
export function GanttKop({ maanden, vandaag, mijlpalen, onMijlpaal }: Props) {
  const nu = vandaag.slice(0, 7);
  const zichtbaar = mijlpalen.filter((m) => maanden.includes(m.datum.slice(0, 7)));
  return (
    <>
      <div style={{ display: 'flex', height: 24, borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <div style={labelCel} />
        {jaarKoppen(maanden).map((j) => (
          <Text key={j.jaar} fw={700} size="sm" style={{ ...kopCel, width: j.aantal * KOLOM, minWidth: 0 }}>
            {j.jaar}
          </Text>
        ))}
      </div>
      <div style={{ display: 'flex', height: 28, borderBottom: '1px solid var(--mantine-color-gray-4)' }}>
        <Text size="sm" fw={700} style={labelCel}>
          Activiteit
        </Text>
        {maanden.map((m) => (
          <Text
            key={m}
            size="sm"
            fw={m === nu ? 700 : 400}
            style={{ ...kopCel, background: m === nu ? 'var(--mantine-color-red-0)' : undefined }}
          >
            {maandKort(m)}
          </Text>
        ))}
      </div>
      <div style={{ display: 'flex', borderBottom: '1px solid var(--mantine-color-gray-4)' }}>
        <Text size="sm" fw={700} style={labelCel}>
          Mijlpalen
        </Text>
        <div style={{ position: 'relative', width: maanden.length * KOLOM, height: 30 }}>
          {zichtbaar.map((m) => {
            const label = `Mijlpaal: ${m.naam}, ${formatDatum(m.datum)}`;
            const links = (maanden.indexOf(m.datum.slice(0, 7)) + dagFractie(m.datum)) * KOLOM;
            return (
              <Tooltip key={m.id} label={label} withArrow>
                <UnstyledButton
                  aria-label={label}
                  onClick={() => onMijlpaal(m)}
                  c="grape.9"
                  fz={20}
                  lh={1}
                  style={{
                    position: 'absolute',
                    top: 4,
                    left: links - 10,
                    width: 20,
                    textAlign: 'center',
                    zIndex: 2,
                  }}
                >
                  ◆
                </UnstyledButton>
              </Tooltip>
            );
          })}
        </div>
      </div>
    </>
  );
}
