import { Anchor, Badge, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Capaciteitsmaat, SroiRegel } from '../../../../shared/domain/contracten';
import { korteGemeente } from '../../../../shared/format/nl';
import { SorteerKop, type Sortering, sorteerOp } from '../../app/sorteren';
import { euro, procentVan } from './weergave';

type Kolom = 'naam' | 'verplichting' | 'gerealiseerd' | 'percentage' | 'inspanning' | 'capaciteit';

const sleutels: Record<Kolom, (r: SroiRegel) => string | number> = {
  naam: (r) => korteGemeente(r.naam),
  verplichting: (r) => r.verplichtingCent,
  gerealiseerd: (r) => r.gerealiseerdCent,
  percentage: (r) => (r.verplichtingCent > 0 ? r.gerealiseerdCent / r.verplichtingCent : -1),
  inspanning: (r) => r.aandeelInspanning ?? -1,
  capaciteit: (r) => r.aandeelCapaciteit ?? -1,
};

const aandeel = (f: number | null) =>
  f === null ? '–' : `${(f * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} %`;

interface Props {
  titel: string;
  soort: 'nemer' | 'gemeente';
  regels: SroiRegel[];
  totaalVerplichting: number;
  totaalGerealiseerd: number;
  /** Only for providers: compare their share of the effort with their share of capacity. */
  capaciteitsmaat?: Capaciteitsmaat | null;
}

/** Obligation against realisation per provider or per gemeente, sortable on every column. */
export function Verdeling({
  titel,
  soort,
  regels,
  totaalVerplichting,
  totaalGerealiseerd,
  capaciteitsmaat,
}: Props) {
  const [sortering, setSortering] = useState<Sortering<Kolom>>({ kolom: 'naam', oplopend: true });
  const rijen = useMemo(() => sorteerOp(regels, sortering, sleutels, (r) => r.naam), [regels, sortering]);
  const metRato = soort === 'nemer';
  const kop = (kolom: Kolom, label: string, rechts = true) => (
    <SorteerKop kolom={kolom} label={label} sortering={sortering} onSorteer={setSortering} rechts={rechts} />
  );
  return (
    <section aria-labelledby={`kop-${soort}`}>
      <Title order={2} size="h4" id={`kop-${soort}`} mb="xs">
        {titel}
      </Title>
      <Table striped aria-labelledby={`kop-${soort}`}>
        <Table.Thead>
          <Table.Tr>
            {kop('naam', soort === 'nemer' ? 'Aanbieder' : 'Gemeente', false)}
            {kop('verplichting', 'Verplichting')}
            {kop('gerealiseerd', 'Gerealiseerd')}
            {kop('percentage', 'Behaald')}
            {metRato && kop('inspanning', 'Aandeel inspanning')}
            {metRato && kop('capaciteit', 'Aandeel capaciteit')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rijen.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor href={`#/organisaties/${r.id}`} c="tafel.8" inherit>
                  {korteGemeente(r.naam)}
                </Anchor>
                {r.gebundeld && (
                  <Badge ml="xs" variant="light" color="tafel">
                    Gebundeld
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {euro(r.verplichtingCent)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {euro(r.gerealiseerdCent)}
              </Table.Td>
              <Table.Td ta="right">{procentVan(r.gerealiseerdCent, r.verplichtingCent)}</Table.Td>
              {metRato && <Table.Td ta="right">{aandeel(r.aandeelInspanning)}</Table.Td>}
              {metRato && <Table.Td ta="right">{aandeel(r.aandeelCapaciteit)}</Table.Td>}
            </Table.Tr>
          ))}
          <Table.Tr fw={700}>
            <Table.Td>Totaal</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid={`totaal-${soort}`}>
              {euro(totaalVerplichting)}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid={`gerealiseerd-${soort}`}>
              {euro(totaalGerealiseerd)}
            </Table.Td>
            <Table.Td ta="right">{procentVan(totaalGerealiseerd, totaalVerplichting)}</Table.Td>
            {metRato && <Table.Td />}
            {metRato && <Table.Td />}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {metRato && (
        <Text size="xs" c="dimmed" mt={4}>
          {capaciteitsmaat
            ? `Aandeel capaciteit naar ${capaciteitsmaat === 'jaaromzet' ? 'jaaromzet' : 'aantal fte'} van de aanbieders in dit overzicht. Ligt het aandeel inspanning ver onder het aandeel capaciteit, dan draagt een aanbieder naar verhouding weinig bij.`
            : 'Vul bij de organisaties een jaaromzet of aantal fte in om inspanning naar rato te vergelijken.'}
        </Text>
      )}
    </section>
  );
}
