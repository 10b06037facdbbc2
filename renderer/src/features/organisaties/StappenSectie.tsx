import { Anchor, Switch, Table, Text } from '@mantine/core';
import type { GeleverdeStap } from '../../../../shared/domain/organisatie-pagina';
import { formatDatum, meervoud } from '../../../../shared/format/nl';
import { KleurBadge } from '../kandidaten/KleurBadge';
import { STAP_KLEUR, stapStatusLabel } from '../kandidaten/weergave';
import { useZonderPersoonsgegevens } from '../samenwerken/useZonderPersoonsgegevens';
import { euro } from '../sroi/weergave';
import { Sectie } from './Sectie';

/** Each date whole, but "t/m" may start a second line, so the table fits 1024 px with names shown. */
function Periode({ stap: s }: { stap: GeleverdeStap }) {
  if (!s.van && !s.tot) return <>–</>;
  return (
    <>
      <span style={{ whiteSpace: 'nowrap' }}>{formatDatum(s.van) || '…'}</span> t/m{' '}
      <span style={{ whiteSpace: 'nowrap' }}>{formatDatum(s.tot) || '…'}</span>
    </>
  );
}

interface Props {
  stappen: GeleverdeStap[];
  namenTonen: boolean;
  onNamenTonen: (tonen: boolean) => void;
}

/** The leerlijn steps the organisation delivers: candidates by code, names only on request. */
export function StappenSectie({ stappen, namenTonen, onNamenTonen }: Props) {
  // A member's copy has no names and cannot add steps: no switch, and the hint says where it is done.
  const inKopie = useZonderPersoonsgegevens();
  return (
    <Sectie
      id="stappen"
      titel="De stappen die zij leveren"
      rechts={
        stappen.length > 0 &&
        !inKopie && (
          <Switch
            label="Namen tonen"
            checked={namenTonen}
            onChange={(e) => onNamenTonen(e.currentTarget.checked)}
          />
        )
      }
    >
      {stappen.length === 0 ? (
        <Text size="sm" c="dimmed">
          {inKopie
            ? 'Deze organisatie levert nog geen stappen. Stappen in de leerlijn van een kandidaat worden vastgelegd in het volledige werkgroepbestand.'
            : 'Deze organisatie levert nog geen stappen. Kies haar bij een stap in de leerlijn van een kandidaat (Kandidaten → een kandidaat → Leerlijn → Stap toevoegen).'}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {meervoud(stappen.length, 'stap', 'stappen')}
          </Text>
          <Table striped aria-labelledby="kop-stappen">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kandidaat</Table.Th>
                {namenTonen && <Table.Th>Naam</Table.Th>}
                <Table.Th>Stap</Table.Th>
                <Table.Th>Periode</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">SROI</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stappen.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor
                      href={`#/kandidaten/${s.kandidaatId}`}
                      c="tafel.8"
                      fw={600}
                      aria-label={`Kandidaat ${s.kandidaatCode} openen`}
                    >
                      {s.kandidaatCode}
                    </Anchor>
                  </Table.Td>
                  {namenTonen && <Table.Td>{s.kandidaatNaam ?? ''}</Table.Td>}
                  <Table.Td>{s.optie}</Table.Td>
                  <Table.Td>
                    <Periode stap={s} />
                  </Table.Td>
                  <Table.Td>
                    <KleurBadge kleur={STAP_KLEUR[s.status]}>{stapStatusLabel(s.status)}</KleurBadge>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {s.waardeCent === null ? '–' : euro(s.waardeCent)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Sectie>
  );
}
