import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { KandidaatStatus, Stap } from '../../../../../shared/domain/kandidaten';
import { formatDatum } from '../../../../../shared/format/nl';
import { RijActiesKop } from '../../../app/RijActiesKop';
import { AlleenInWerkgroepbestand, NIET_IN_KOPIE } from '../../samenwerken/AlleenInWerkgroepbestand';
import { useZonderPersoonsgegevens } from '../../samenwerken/useZonderPersoonsgegevens';
import { euro } from '../../sroi/weergave';
import { KleurBadge } from '../KleurBadge';
import { STAP_KLEUR, stapStatusLabel } from '../weergave';
import { StapActies } from './StapActies';
import { StapFormulier } from './StapFormulier';

/**
 * "03-02-2026 – 02-05-2026", with "…" for a side not known yet; null when neither is. Each date
 * stays on one line, but the two may wrap apart so the column stays narrow on a laptop screen.
 */
function periode(van: string | null, tot: string | null): ReactNode {
  if (!van && !tot) return null;
  return (
    <>
      <span style={{ whiteSpace: 'nowrap' }}>{formatDatum(van) || '…'} –</span>{' '}
      <span style={{ whiteSpace: 'nowrap' }}>{formatDatum(tot) || '…'}</span>
    </>
  );
}

/** Planned and actual period stacked in one cell, so the table fits without scrolling sideways. */
function Periodes({ stap: s }: { stap: Stap }) {
  const regels = [
    ['gepland', periode(s.geplandStart, s.geplandEind)],
    ['werkelijk', periode(s.start, s.eind)],
  ].filter((r): r is [string, ReactNode] => r[1] !== null);
  if (regels.length === 0) return <>–</>;
  return (
    <Stack gap={4}>
      {regels.map(([soort, tekst]) => (
        <div key={soort}>
          <Text size="xs" c="dimmed" lh={1.2}>
            {soort}
          </Text>
          <Text size="sm" lh={1.3}>
            {tekst}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

/**
 * The leerlijn: the candidate's steps in order, across organisations. A step that counts as SROI
 * shows its value and why; the explanation stays visible text, not only a tooltip. In a member's
 * copy the steps are kept but cannot be changed there (main refuses it), and a step's result note
 * was left out.
 */
export function LeerlijnTab({
  kandidaatId,
  kandidaatStatus,
  stappen,
}: {
  kandidaatId: string;
  kandidaatStatus: KandidaatStatus;
  stappen: Stap[];
}) {
  const [bewerken, setBewerken] = useState<Stap | null | undefined>(undefined);
  const opVolgorde = [...stappen].sort((a, b) => a.volgorde - b.volgorde);
  const ids = opVolgorde.map((s) => s.id);
  const zonder = useZonderPersoonsgegevens();

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4" id="kop-leerlijn">
          Leerlijn
        </Title>
        {!zonder && <Button onClick={() => setBewerken(null)}>Stap toevoegen</Button>}
      </Group>
      {zonder && <AlleenInWerkgroepbestand />}
      {opVolgorde.length === 0 ? (
        <Text c="dimmed">
          {zonder
            ? 'Nog geen stappen.'
            : 'Nog geen stappen. Voeg de eerste stap toe, bijvoorbeeld een intake; kies bij elke stap de organisatie die hem levert. Stappen tellen mee als SROI-realisatie van die organisatie.'}
        </Text>
      ) : (
        <Table striped aria-labelledby="kop-leerlijn" verticalSpacing="xs" horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>Nr.</Table.Th>
              <Table.Th>Stap en organisatie</Table.Th>
              <Table.Th>Periode</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                Uren p.w.
              </Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>SROI</Table.Th>
              {!zonder && <RijActiesKop />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {opVolgorde.map((s, i) => (
              <Table.Tr key={s.id} data-testid="stap-rij">
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {s.optie}
                  </Text>
                  <Text size="sm">
                    {s.organisatieId && s.organisatie ? (
                      <Anchor href={`#/organisaties/${s.organisatieId}`} c="tafel.8" inherit>
                        {s.organisatie}
                      </Anchor>
                    ) : (
                      'Nog geen organisatie'
                    )}
                  </Text>
                  {zonder ? (
                    <Text size="xs" c="dimmed">
                      Resultaat: {NIET_IN_KOPIE.toLowerCase()}
                    </Text>
                  ) : (
                    s.resultaat && (
                      <Text size="xs" c="dimmed" lineClamp={2} title={s.resultaat}>
                        {s.resultaat}
                      </Text>
                    )
                  )}
                </Table.Td>
                <Table.Td>
                  <Periodes stap={s} />
                </Table.Td>
                <Table.Td ta="right">{s.urenPerWeek?.toLocaleString('nl-NL') ?? '–'}</Table.Td>
                <Table.Td>
                  <KleurBadge kleur={STAP_KLEUR[s.status]}>{stapStatusLabel(s.status)}</KleurBadge>
                </Table.Td>
                <Table.Td maw={260}>
                  <Text size="sm" fw={600}>
                    {s.waardeCent === null ? '–' : euro(s.waardeCent)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {s.sroiUitleg}
                  </Text>
                </Table.Td>
                {!zonder && (
                  <Table.Td>
                    <StapActies stap={s} nummer={i + 1} volgorde={ids} onBewerken={() => setBewerken(s)} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!zonder && (
        <StapFormulier
          kandidaatId={kandidaatId}
          kandidaatStatus={kandidaatStatus}
          stap={bewerken}
          onClose={() => setBewerken(undefined)}
        />
      )}
    </Stack>
  );
}
