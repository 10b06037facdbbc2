import { Button, Group, Stack, Text, Timeline, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import {
  type Nameting,
  type Terugval,
  UITSTROOM_LABEL,
  type Uitstroom,
} from '../../../../../shared/domain/kandidaten';
import { formatDatum } from '../../../../../shared/format/nl';
import { AlleenInWerkgroepbestand, NIET_IN_KOPIE } from '../../samenwerken/AlleenInWerkgroepbestand';
import { useZonderPersoonsgegevens } from '../../samenwerken/useZonderPersoonsgegevens';
import { KleurBadge } from '../KleurBadge';
import { TerugvalFormulier } from './TerugvalFormulier';
import { UitstroomFormulier } from './UitstroomFormulier';

type Gebeurtenis = { soort: 'uitstroom'; u: Uitstroom } | { soort: 'terugval'; t: Terugval };

const datumVan = (g: Gebeurtenis) => (g.soort === 'uitstroom' ? g.u.datum : g.t.datum);

const namaling = (n: Nameting) => (n === null ? 'nog niet bekend' : n ? 'nog aan het werk' : 'niet meer');

/** In a member's copy: the outcome and its follow-up are kept, the note is not, and nothing changes. */
function UitstroomItem({ u, onBijwerken }: { u: Uitstroom; onBijwerken: (() => void) | null }) {
  return (
    <Stack gap={2}>
      {onBijwerken === null ? (
        <Text size="sm" c="dimmed">
          Toelichting: {NIET_IN_KOPIE.toLowerCase()}
        </Text>
      ) : (
        u.toelichting && <Text size="sm">{u.toelichting}</Text>
      )}
      <Text size="sm" c="dimmed">
        Na 6 maanden: {namaling(u.na6Maanden)} · na 12 maanden: {namaling(u.na12Maanden)}
      </Text>
      {onBijwerken && (
        <UnstyledButton
          c="tafel.8"
          fz="sm"
          onClick={onBijwerken}
          aria-label={`Uitstroom van ${formatDatum(u.datum)} bijwerken`}
        >
          Bijwerken (nameting)
        </UnstyledButton>
      )}
    </Stack>
  );
}

/** A fallback's reason and next step are about the person: a member's copy has neither. */
function TerugvalItem({ t, zonder }: { t: Terugval; zonder: boolean }) {
  if (zonder)
    return (
      <Text size="sm" c="dimmed">
        Reden en volgende stap: {NIET_IN_KOPIE.toLowerCase()}
      </Text>
    );
  return (
    <Stack gap={2}>
      <Text size="sm">Reden: {t.reden}</Text>
      {t.volgendeStap && (
        <Text size="sm" c="dimmed">
          Volgende stap: {t.volgendeStap}
        </Text>
      )}
    </Stack>
  );
}

interface Props {
  kandidaatId: string;
  uitstroom: Uitstroom[];
  terugval: Terugval[];
}

/** Outcomes and fallbacks as one history, oldest first: a fallback adds to it, never rewrites it. */
export function UitstroomTab({ kandidaatId, uitstroom, terugval }: Props) {
  const [bewerken, setBewerken] = useState<Uitstroom | null | undefined>(undefined);
  const [terugvalOpen, setTerugvalOpen] = useState(false);
  const geschiedenis: Gebeurtenis[] = [
    ...uitstroom.map((u) => ({ soort: 'uitstroom' as const, u })),
    ...terugval.map((t) => ({ soort: 'terugval' as const, t })),
  ].sort((a, b) => datumVan(a).localeCompare(datumVan(b)));
  const zonder = useZonderPersoonsgegevens();

  return (
    <Stack gap="md" maw={820} component="section" aria-labelledby="kop-uitstroom">
      <Group justify="space-between">
        <Title order={3} size="h4" id="kop-uitstroom">
          Uitstroom en terugval
        </Title>
        {!zonder && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setTerugvalOpen(true)}>
              Terugval vastleggen
            </Button>
            <Button onClick={() => setBewerken(null)}>Uitstroom vastleggen</Button>
          </Group>
        )}
      </Group>
      {zonder ? (
        <AlleenInWerkgroepbestand />
      ) : (
        <Text size="sm" c="dimmed">
          Leg vast waar de kandidaat naartoe gaat en controleer na 6 en 12 maanden of het werk er nog is. Valt
          iemand terug, leg dan een terugval vast: die komt erbij, de eerdere geschiedenis blijft staan.
        </Text>
      )}
      {geschiedenis.length === 0 ? (
        <Text c="dimmed">Nog geen uitstroom of terugval vastgelegd.</Text>
      ) : (
        // Every event is part of the history, so every bullet is filled ("active").
        <Timeline bulletSize={16} lineWidth={2} active={geschiedenis.length - 1}>
          {geschiedenis.map((g) => (
            <Timeline.Item
              key={g.soort === 'uitstroom' ? g.u.id : g.t.id}
              color={g.soort === 'terugval' ? 'red' : 'tafel'}
              title={
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {formatDatum(datumVan(g))}
                  </Text>
                  {g.soort === 'uitstroom' ? (
                    <KleurBadge kleur="tafel">Uitstroom: {UITSTROOM_LABEL[g.u.soort]}</KleurBadge>
                  ) : (
                    <KleurBadge kleur="red">Terugval</KleurBadge>
                  )}
                </Group>
              }
            >
              {g.soort === 'uitstroom' ? (
                <UitstroomItem u={g.u} onBijwerken={zonder ? null : () => setBewerken(g.u)} />
              ) : (
                <TerugvalItem t={g.t} zonder={zonder} />
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {!zonder && (
        <>
          <UitstroomFormulier
            kandidaatId={kandidaatId}
            uitstroom={bewerken}
            onClose={() => setBewerken(undefined)}
          />
          <TerugvalFormulier
            kandidaatId={kandidaatId}
            opened={terugvalOpen}
            onClose={() => setTerugvalOpen(false)}
          />
        </>
      )}
    </Stack>
  );
}
