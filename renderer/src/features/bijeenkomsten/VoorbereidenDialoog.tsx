import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { bijeenkomstInvoer } from '../../../../shared/api/schemas-planning';
import type { AgendaVoorstel, VoorstelBron } from '../../../../shared/domain/voorbereiden';
import { formatDatum, vandaagIso } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { naOpslaan, useVelden } from '../../app/formulier';
import { alsVergelijkbaar } from '../../app/typenBewaren';
import { gaNaar } from '../../app/useHashRoute';
import { useVraagVoorSluiten } from '../../app/useVraagVoorSluiten';
import { zodErrors } from '../../app/zodForm';
import { alsInvoer, BijeenkomstVeldenInvoer, bijeenkomstVelden } from './BijeenkomstFormulier';
import { bijeenkomstNaam, overDagen } from './weergave';

const BRON_LABEL: Record<VoorstelBron, string> = {
  vast: 'Vast punt',
  acties: 'Actielijst',
  planning: 'Planning',
  groep: 'Groep',
  inventarisatie: 'Inventarisatie',
};

interface Punt {
  sleutel: number;
  opnemen: boolean;
  titel: string;
  notitie: string;
  bron: VoorstelBron;
}

/** The proposed points as the form shows them, all included. */
const voorgesteld = (voorstel: AgendaVoorstel | undefined): Punt[] =>
  (voorstel?.punten ?? []).map((p, i) => ({
    sleutel: i,
    opnemen: true,
    titel: p.titel,
    notitie: p.notitie ?? '',
    bron: p.bron,
  }));

interface Props {
  opened: boolean;
  onClose: () => void;
}

/**
 * "Volgende bijeenkomst voorbereiden": the meeting's details and an agenda proposed from what
 * happened since the last meeting. Every point can be left out or reworded before it is saved.
 */
export function VoorbereidenDialoog({ opened, onClose }: Props) {
  // The details as the dialog opened with them: what the user changed is measured against these.
  // biome-ignore lint/correctness/useExhaustiveDependencies: new starting values each time it opens.
  const begin = useMemo(() => ({ ...bijeenkomstVelden(null), datum: overDagen(vandaagIso(), 14) }), [opened]);
  const f = useVelden(opened, () => begin);
  const voorstel = useApiQuery(
    'bijeenkomsten.voorbereiden',
    { datum: f.v.datum },
    opened && /^\d{4}-\d{2}-\d{2}$/.test(f.v.datum),
  );
  const [punten, setPunten] = useState<Punt[]>([]);
  useEffect(() => setPunten(voorgesteld(voorstel.data)), [voorstel.data]);
  const titel = 'Volgende bijeenkomst voorbereiden';
  // Changed: other details, or a point left out or reworded (a new date brings a new proposal).
  const { sluit, vraag } = useVraagVoorSluiten({
    opened,
    titel,
    gewijzigd: () =>
      alsVergelijkbaar(f.v) !== alsVergelijkbaar(begin) ||
      alsVergelijkbaar(punten) !== alsVergelijkbaar(voorgesteld(voorstel.data)),
    onClose,
  });
  const opslaan = useApiMutation('bijeenkomsten.opslaan');
  const wijzig = (sleutel: number, deel: Partial<Punt>) =>
    setPunten((oud) => oud.map((p) => (p.sleutel === sleutel ? { ...p, ...deel } : p)));

  const submit = () => {
    const input = {
      ...alsInvoer(f.v),
      agenda: punten.filter((p) => p.opnemen).map((p) => ({ titel: p.titel, notitie: p.notitie })),
    };
    const fouten = zodErrors(bijeenkomstInvoer, input);
    f.setFouten(fouten);
    if (Object.keys(fouten).length) return;
    opslaan.mutate(
      input,
      naOpslaan((b) => {
        gaNaar(`bijeenkomsten/${b.id}`);
        return `${bijeenkomstNaam(b)} is aangemaakt met ${b.agenda.length} agendapunten.`;
      }, onClose),
    );
  };

  const sinds = voorstel.data?.sinds;
  return (
    <Dialoog opened={opened} onClose={sluit} title={titel} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <BijeenkomstVeldenInvoer f={f} />
          <Stack gap="xs">
            <Text fw={600}>Voorgestelde agenda</Text>
            <Text size="sm" c="dimmed">
              {sinds
                ? `Samengesteld uit wat er sinds de vorige bijeenkomst (${formatDatum(sinds)}) is gebeurd.`
                : 'Samengesteld uit de actuele gegevens; er is nog geen eerdere bijeenkomst.'}{' '}
              Vink uit wat niet op de agenda hoeft en pas de tekst aan waar nodig.
            </Text>
            {voorstel.isPending && <Loader size="sm" aria-label="Agenda samenstellen" />}
            {voorstel.isError && <Alert color="red">{voorstel.error.message}</Alert>}
            {f.fouten.agenda && <Alert color="red">{f.fouten.agenda}</Alert>}
            {punten.map((p, i) => (
              <Paper
                key={p.sleutel}
                withBorder
                p="sm"
                opacity={p.opnemen ? 1 : 0.6}
                data-testid="voorgesteld-punt"
              >
                <Group align="flex-start" wrap="nowrap">
                  <Checkbox
                    mt={8}
                    checked={p.opnemen}
                    onChange={(e) => wijzig(p.sleutel, { opnemen: e.currentTarget.checked })}
                    aria-label={`Punt ${i + 1} opnemen`}
                  />
                  <Stack gap={6} style={{ flex: 1 }}>
                    <Group gap="xs" wrap="nowrap">
                      <TextInput
                        style={{ flex: 1 }}
                        aria-label={`Titel van punt ${i + 1}`}
                        value={p.titel}
                        onChange={(e) => wijzig(p.sleutel, { titel: e.currentTarget.value })}
                        disabled={!p.opnemen}
                      />
                      <Badge variant="light" color="gray" tt="none">
                        {BRON_LABEL[p.bron]}
                      </Badge>
                    </Group>
                    {(p.notitie || p.bron !== 'vast') && (
                      <Textarea
                        aria-label={`Toelichting bij punt ${i + 1}`}
                        value={p.notitie}
                        onChange={(e) => wijzig(p.sleutel, { notitie: e.currentTarget.value })}
                        autosize
                        minRows={1}
                        maxRows={8}
                        disabled={!p.opnemen}
                      />
                    )}
                  </Stack>
                </Group>
              </Paper>
            ))}
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={sluit}>
              Annuleren
            </Button>
            <Button type="submit" loading={opslaan.isPending} disabled={voorstel.isPending}>
              Bijeenkomst aanmaken met deze agenda
            </Button>
          </Group>
        </Stack>
      </form>
      {vraag}
    </Dialoog>
  );
}
