import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
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

/**
 * Up to this many rows the table is rendered whole; above it only the rows near the screen are in
 * the DOM (a region has 10,000 candidates; a group or a small werkgroep never gets here).
 */
export const VIRTUEEL_VANAF = 200;
/** A row with one line of text and a badge; taller rows (a step's organisation) are measured. */
const RIJHOOGTE = 45;

interface Props {
  regels: readonly KandidaatRegel[];
  /** The names column exists only when the user chose to show names. */
  metNamen: boolean;
  /** On a group's own page the group column would repeat one name on every row. */
  zonderGroep?: boolean;
  /** Only rows this accepts are shown (the search on the candidates page); applied after sorting. */
  zichtbaar?: (k: KandidaatRegel) => boolean;
  /** With a selection, each row gets a checkbox and the header one for all rows shown. */
  selectie?: Selectie;
}

/** Which rows are ticked, and how ticking changes that (ids of the rows concerned, on or off). */
export interface Selectie {
  gekozen: ReadonlySet<string>;
  zet: (ids: readonly string[], aan: boolean) => void;
}

interface RijProps {
  k: KandidaatRegel;
  index: number;
  metNamen: boolean;
  zonderGroep: boolean;
  meet?: (el: Element | null) => void;
  /** Present only with a selection: whether this row is ticked. */
  gekozen?: boolean;
  zet?: Selectie['zet'];
}

/** One candidate; memoised, so scrolling a long list only renders the rows that come into view. */
const KandidaatRij = memo(function KandidaatRij({
  k,
  index,
  metNamen,
  zonderGroep,
  meet,
  gekozen,
  zet,
}: RijProps) {
  return (
    <Table.Tr
      ref={meet}
      data-index={index}
      aria-rowindex={index + 2}
      onClick={() => gaNaar(`kandidaten/${k.id}`)}
      style={{ cursor: 'pointer' }}
      data-testid="kandidaat-rij"
      aria-selected={zet ? Boolean(gekozen) : undefined}
    >
      {zet && (
        // The cell takes the click too, so a near miss ticks the box instead of opening the candidate.
        <Table.Td w={32} onClick={(e) => e.stopPropagation()}>
          <Checkbox
            aria-label={`Kandidaat ${k.code} selecteren`}
            checked={Boolean(gekozen)}
            onChange={(e) => zet([k.id], e.currentTarget.checked)}
          />
        </Table.Td>
      )}
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
  );
});

/** The header's checkbox: ticks (or clears) every row the filters show, not the hidden ones. */
function AllesKiezen({ rijen, selectie }: { rijen: readonly KandidaatRegel[]; selectie: Selectie }) {
  const aantal = rijen.filter((k) => selectie.gekozen.has(k.id)).length;
  return (
    <Table.Th w={32}>
      <Checkbox
        aria-label="Alle getoonde kandidaten selecteren"
        checked={aantal > 0 && aantal === rijen.length}
        indeterminate={aantal > 0 && aantal < rijen.length}
        onChange={(e) =>
          selectie.zet(
            rijen.map((k) => k.id),
            e.currentTarget.checked,
          )
        }
      />
    </Table.Th>
  );
}

/** Empty space for the rows that are not rendered; hidden from screen readers (aria-rowcount tells them). */
function Tussenruimte({ hoogte, kolommen }: { hoogte: number; kolommen: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row; nothing in it can take focus.
    <tr aria-hidden="true" style={{ border: 0 }}>
      <td colSpan={kolommen} style={{ height: hoogte, padding: 0, border: 0 }} />
    </tr>
  );
}

/**
 * Candidates by code; a row opens the candidate (the code is also a real link, for the keyboard).
 * Long lists are virtualised against the window's scroll: the table keeps its header and real
 * rows, `aria-rowcount`/`aria-rowindex` tell screen readers the full size and each row's place, and
 * the rows just outside the screen are rendered too, so Tab moves from link to link (the browser
 * scrolls the focused link into view, which renders the next rows).
 */
export const KandidatenTabel = memo(function KandidatenTabel({
  regels,
  metNamen,
  zonderGroep = false,
  zichtbaar,
  selectie,
}: Props) {
  const [sortering, setSortering] = useState<Sortering>({ kolom: 'code', oplopend: true });
  const gesorteerd = useMemo(() => sorteer(regels, sortering), [regels, sortering]);
  const rijen = useMemo(
    () => (zichtbaar ? gesorteerd.filter(zichtbaar) : gesorteerd),
    [gesorteerd, zichtbaar],
  );
  const kolommen = KOLOMMEN.filter(
    (k) => (metNamen || k.kolom !== 'naam') && (!zonderGroep || k.kolom !== 'groep'),
  );

  const breedte = kolommen.length + (selectie ? 1 : 0);
  const rijProps = (k: KandidaatRegel) => ({
    metNamen,
    zonderGroep,
    gekozen: selectie?.gekozen.has(k.id),
    zet: selectie?.zet,
  });

  const virtueel = rijen.length > VIRTUEEL_VANAF;
  const tbody = useRef<HTMLTableSectionElement>(null);
  const [marge, setMarge] = useState(0);
  // Where the rows start on the page; the filters above the table can change it.
  useLayoutEffect(() => {
    if (!virtueel || !tbody.current) return;
    const boven = tbody.current.getBoundingClientRect().top + window.scrollY;
    setMarge((m) => (Math.abs(m - boven) > 0.5 ? boven : m));
  });
  const virtualizer = useWindowVirtualizer({
    count: virtueel ? rijen.length : 0,
    estimateSize: () => RIJHOOGTE,
    overscan: 10,
    scrollMargin: marge,
    enabled: virtueel,
    getItemKey: (i) => rijen[i]?.id ?? i,
    // Measuring a row needs no synchronous re-render; React batches it with the next one.
    useFlushSync: false,
  });

  const items = virtualizer.getVirtualItems();
  const eerste = items[0];
  const laatste = items[items.length - 1];
  const boven = eerste ? eerste.start - marge : 0;
  const onder = laatste ? virtualizer.getTotalSize() - (laatste.end - marge) : 0;

  // No sideways scroll container: the columns wrap so the table fits a 1024-pixel laptop screen.
  return (
    <Table
      striped
      highlightOnHover
      stickyHeader
      horizontalSpacing={6}
      aria-label="Kandidaten"
      aria-rowcount={rijen.length + 1}
    >
      <Table.Thead>
        <Table.Tr aria-rowindex={1}>
          {selectie && <AllesKiezen rijen={rijen} selectie={selectie} />}
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
      <Table.Tbody ref={tbody}>
        {virtueel ? (
          <>
            <Tussenruimte hoogte={boven} kolommen={breedte} />
            {/* Keeps the stripes on the same rows while scrolling (they count rows of the body). */}
            {eerste && eerste.index % 2 === 0 && <Tussenruimte hoogte={0} kolommen={breedte} />}
            {items.map((v) => {
              const k = rijen[v.index];
              return k ? (
                <KandidaatRij
                  key={v.key}
                  k={k}
                  index={v.index}
                  meet={virtualizer.measureElement}
                  {...rijProps(k)}
                />
              ) : null;
            })}
            <Tussenruimte hoogte={onder} kolommen={breedte} />
          </>
        ) : (
          rijen.map((k, i) => <KandidaatRij key={k.id} k={k} index={i} {...rijProps(k)} />)
        )}
      </Table.Tbody>
    </Table>
  );
});
