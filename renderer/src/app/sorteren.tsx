import { Table, UnstyledButton } from '@mantine/core';

/** Which column a table is sorted on, and in which direction. */
export interface Sortering<K extends string> {
  kolom: K;
  oplopend: boolean;
}

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });

/** Sorts a copy; ties fall back to the name so the order is stable and predictable. */
export function sorteerOp<T, K extends string>(
  lijst: readonly T[],
  { kolom, oplopend }: Sortering<K>,
  sleutels: Record<K, (t: T) => string | number>,
  naam: (t: T) => string,
): T[] {
  const key = sleutels[kolom];
  return [...lijst].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c =
      typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
    return (oplopend ? c : -c) || collator.compare(naam(a), naam(b));
  });
}

interface KopProps<K extends string> {
  kolom: K;
  label: string;
  sortering: Sortering<K>;
  onSorteer: (s: Sortering<K>) => void;
  rechts?: boolean;
}

/** A column header that sorts on click, announced to screen readers through aria-sort. */
export function SorteerKop<K extends string>({ kolom, label, sortering, onSorteer, rechts }: KopProps<K>) {
  const actief = sortering.kolom === kolom;
  return (
    <Table.Th
      ta={rechts ? 'right' : undefined}
      aria-sort={actief ? (sortering.oplopend ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton
        fw={700}
        fz="sm"
        onClick={() => onSorteer({ kolom, oplopend: actief ? !sortering.oplopend : true })}
        aria-label={`Sorteer op ${label.toLowerCase()}`}
      >
        {label} {actief ? (sortering.oplopend ? '▲' : '▼') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}
