import { Table, type TableThProps, VisuallyHidden } from '@mantine/core';

/**
 * The one name of a row's buttons column in every table. "Acties" is taken (the actielijst's
 * own word) and "Handelingen" is office language; this says plainly what the column holds.
 */
export const RIJACTIES_KOP = 'Wat u kunt doen';

/**
 * The heading of the column with a row's buttons: hidden on screen, where the buttons speak for
 * themselves, and read by a screen reader as it enters each row's buttons.
 */
export function RijActiesKop(props: TableThProps) {
  return (
    <Table.Th {...props}>
      <VisuallyHidden>{RIJACTIES_KOP}</VisuallyHidden>
    </Table.Th>
  );
}
