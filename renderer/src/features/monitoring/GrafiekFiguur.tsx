import { Card, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** The caption, also the accessible name of the figure. */
  titel: string;
  /** A short sentence shown instead of the chart when there is nothing to draw. */
  leeg: string | null;
  /** The same numbers as the chart, for screen readers: header row and body rows. */
  kolommen: string[];
  rijen: string[][];
  testId?: string;
  children: ReactNode;
}

/**
 * One chart as a figure with its caption. The SVG means nothing to a screen reader, so it is
 * hidden from it and the numbers are given as a (visually hidden) table instead.
 */
export function GrafiekFiguur({ titel, leeg, kolommen, rijen, testId, children }: Props) {
  return (
    <Card withBorder padding="md" component="figure" m={0} data-testid={testId}>
      <Text component="figcaption" fw={600} mb="sm">
        {titel}
      </Text>
      {leeg ? (
        <Text c="dimmed" size="sm">
          {leeg}
        </Text>
      ) : (
        <>
          <div aria-hidden="true">{children}</div>
          <VisuallyHidden>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  {kolommen.map((k) => (
                    <Table.Th key={k} scope="col">
                      {k}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rijen.map(([kop, ...cellen]) => (
                  <Table.Tr key={kop}>
                    <Table.Th scope="row">{kop}</Table.Th>
                    {cellen.map((c, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the cells of a row never reorder.
                      <Table.Td key={i}>{c}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </VisuallyHidden>
        </>
      )}
    </Card>
  );
}
