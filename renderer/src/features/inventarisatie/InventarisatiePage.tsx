import { Alert, Badge, Button, Group, Loader, Select, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import type { Ronde } from '../../../../shared/domain/inventarisatie';
import { RONDE_FASE_LABEL, rondeFase } from '../../../../shared/domain/inventarisatie-herinneren';
import { formatDatum } from '../../../../shared/format/nl';
import { useApiQuery } from '../../api/client';
import { DeelnemersTab } from './DeelnemersTab';
import { FormulierTab } from './FormulierTab';
import { HerinnerenTab } from './HerinnerenTab';
import { ResultatenTab } from './ResultatenTab';
import { RondeFormulier } from './RondeFormulier';
import { FASE_KLEUR, geantwoord } from './weergave';

function GeenRondes({ onStart }: { onStart: () => void }) {
  return (
    <Alert color="gray" title="Nog geen inventarisatieronde">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          In een ronde vraagt de werkgroep zorgaanbieders en andere organisaties wat ze nu al aan SROI doen en
          wat ze van de menukaart kunnen bieden. Tafelwerk maakt per organisatie een Excel-formulier, leest de
          ingevulde formulieren weer in en zet de antwoorden op een rij voor de Fysieke Overlegtafel.
        </Text>
        <Button onClick={onStart}>Eerste ronde starten</Button>
      </Stack>
    </Alert>
  );
}

function FaseBadge({ ronde, ...rest }: { ronde: Ronde; 'data-testid'?: string }) {
  const fase = rondeFase(ronde);
  return (
    <Badge variant="light" color={FASE_KLEUR[fase]} {...rest}>
      {RONDE_FASE_LABEL[fase]}
    </Badge>
  );
}

function RondeKop({ ronde }: { ronde: Ronde }) {
  const binnen = ronde.deelnames.filter((d) => d.status !== 'uitgezet').length;
  return (
    <Group gap="xs" wrap="nowrap">
      <FaseBadge ronde={ronde} data-testid="ronde-fase" />
      <Text size="sm" c="dimmed">
        Formulier versie {ronde.sjabloonVersie}
        {ronde.deadline ? ` · antwoord uiterlijk ${formatDatum(ronde.deadline)}` : ''} ·{' '}
        {geantwoord(binnen, ronde.deelnames.length)}
      </Text>
    </Group>
  );
}

/** Inventarisatie: rounds that ask organisations what they do and can offer, with the Excel round trip. */
export function InventarisatiePage() {
  const rondes = useApiQuery('inventarisatie.rondes', {});
  const [gekozen, setGekozen] = useState<string | null>(null);
  const [nieuw, setNieuw] = useState(false);

  if (rondes.isError) return <Alert color="red">{rondes.error.message}</Alert>;
  if (rondes.isPending) return <Loader aria-label="Rondes laden" />;
  // The list comes most recent first; without a choice the newest round is shown.
  const ronde = rondes.data.find((r) => r.id === gekozen) ?? rondes.data[0];
  const formulier = (
    <RondeFormulier opened={nieuw} onClose={() => setNieuw(false)} onOpgeslagen={(r) => setGekozen(r.id)} />
  );
  if (!ronde)
    return (
      <>
        <GeenRondes onStart={() => setNieuw(true)} />
        {formulier}
      </>
    );

  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between" wrap="nowrap">
        <Stack gap={4} miw={0}>
          <Select
            label="Ronde"
            data={rondes.data.map((r) => ({ value: r.id, label: r.naam }))}
            // The list shows each round's phase too, so a concept stands out before it is chosen.
            renderOption={({ option }) => {
              const r = rondes.data.find((x) => x.id === option.value);
              return (
                <Group gap="xs" justify="space-between" wrap="nowrap" w="100%">
                  <span>{option.label}</span>
                  {r && (
                    <Text span size="xs" c="dimmed">
                      {RONDE_FASE_LABEL[rondeFase(r)]}
                    </Text>
                  )}
                </Group>
              );
            }}
            value={ronde.id}
            onChange={(id) => id && setGekozen(id)}
            allowDeselect={false}
            w={320}
          />
          <RondeKop ronde={ronde} />
        </Stack>
        <Button onClick={() => setNieuw(true)} mb={22} style={{ flexShrink: 0 }}>
          Nieuwe ronde
        </Button>
      </Group>
      <Tabs defaultValue="deelnemers" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="deelnemers">Deelnemers</Tabs.Tab>
          <Tabs.Tab value="herinneren">Herinneren</Tabs.Tab>
          <Tabs.Tab value="resultaten">Resultaten</Tabs.Tab>
          <Tabs.Tab value="formulier">Formulier</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="deelnemers" pt="md">
          <DeelnemersTab ronde={ronde} />
        </Tabs.Panel>
        <Tabs.Panel value="herinneren" pt="md">
          <HerinnerenTab key={ronde.id} ronde={ronde} />
        </Tabs.Panel>
        <Tabs.Panel value="resultaten" pt="md">
          <ResultatenTab key={ronde.id} ronde={ronde} />
        </Tabs.Panel>
        <Tabs.Panel value="formulier" pt="md">
          <FormulierTab key={ronde.id} ronde={ronde} />
        </Tabs.Panel>
      </Tabs>
      {formulier}
    </Stack>
  );
}
