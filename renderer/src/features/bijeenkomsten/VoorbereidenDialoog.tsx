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
import {
  type AgendaVoorstel,
  geplandeBijeenkomst,
  type VoorbereidingsStart,
  type VoorstelBron,
  voorbereidingsStart,
  vorigeBijeenkomst,
} from '../../../../shared/domain/voorbereiden';
import { formatDatum, meervoud, vandaagIso } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { naOpslaan, useVelden } from '../../app/formulier';
import { alsVergelijkbaar, vergeetFormulier } from '../../app/typenBewaren';
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
 * The planned meeting (if any) and the last one held, with their attendees: where preparing
 * starts. Undefined while loading.
 */
function useVoorbereidingsStart(opened: boolean): VoorbereidingsStart | undefined {
  const vandaag = vandaagIso();
  const lijst = useApiQuery('bijeenkomsten.lijst', {}, opened);
  const gepland = lijst.data && geplandeBijeenkomst(lijst.data, vandaag);
  const vorige = lijst.data && vorigeBijeenkomst(lijst.data, gepland?.datum ?? '9999-12-31', vandaag);
  const geplandDetail = useApiQuery('bijeenkomsten.detail', { id: gepland?.id ?? '' }, opened && !!gepland);
  const vorigeDetail = useApiQuery('bijeenkomsten.detail', { id: vorige?.id ?? '' }, opened && !!vorige);
  if (!lijst.data || (gepland && !geplandDetail.data) || (vorige && !vorigeDetail.data)) return undefined;
  return voorbereidingsStart(
    gepland ? (geplandDetail.data ?? null) : null,
    vorige ? (vorigeDetail.data ?? null) : null,
    overDagen(vandaag, 14),
  );
}

/**
 * "Volgende bijeenkomst voorbereiden": the meeting's details and an agenda proposed from what
 * happened since the last meeting. Every point can be left out or reworded before it is saved.
 */
export function VoorbereidenDialoog({ opened, onClose }: Props) {
  const start = useVoorbereidingsStart(opened);
  // The details as the dialog opened with them (once loaded): what the user changed is measured
  // against these. Keyed on their content, so a refetch of the same data does not reset the form.
  const startSleutel = JSON.stringify(start ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: new starting values each time it opens or loads.
  const begin = useMemo(
    () =>
      start
        ? { soort: start.soort, datum: start.datum, tijd: start.tijd ?? '', plaats: start.plaats ?? '' }
        : { ...bijeenkomstVelden(null), datum: overDagen(vandaagIso(), 14) },
    [opened, startSleutel],
  );
  const f = useVelden(begin, (b) => b);
  const [metAanwezigen, setMetAanwezigen] = useState(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh choice each time it opens.
  useEffect(() => setMetAanwezigen(true), [opened]);
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
    const aanwezigen = metAanwezigen ? (start?.aanwezigen ?? []) : [];
    const input = {
      ...(start?.geplandId ? { id: start.geplandId } : {}),
      ...alsInvoer(f.v),
      agenda: punten.filter((p) => p.opnemen).map((p) => ({ titel: p.titel, notitie: p.notitie })),
      ...(aanwezigen.length ? { aanwezigen: aanwezigen.map((a) => ({ ...a, aanwezig: true })) } : {}),
    };
    const fouten = zodErrors(bijeenkomstInvoer, input);
    f.setFouten(fouten);
    if (Object.keys(fouten).length) return;
    opslaan.mutate(
      input,
      naOpslaan((b) => {
        // The agenda and attendees may have been kept as forms from an earlier visit: show these.
        for (const vorm of ['agenda', 'aanwezigen']) vergeetFormulier(`${vorm}:${b.id}`);
        gaNaar(`bijeenkomsten/${b.id}`);
        const wat = start?.geplandId ? 'is voorbereid' : 'is aangemaakt';
        return `${bijeenkomstNaam(b)} ${wat} met ${b.agenda.length} agendapunten.`;
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
          {!start && <Loader size="sm" aria-label="Bijeenkomsten laden" />}
          {start?.geplandId && (
            <Alert color="blue" data-testid="geplande-bijeenkomst">
              De volgende bijeenkomst is al gepland op {formatDatum(start.datum)}: u bereidt die voor.
              {start.bestaandeAgenda > 0 &&
                ` De agenda hieronder vervangt de ${meervoud(start.bestaandeAgenda, 'agendapunt', 'agendapunten')} die er al staan.`}
            </Alert>
          )}
          <BijeenkomstVeldenInvoer f={f} />
          {start?.overgenomenVan && (
            <Text size="sm" c="dimmed" data-testid="overgenomen">
              Tijd, plaats en genodigden zijn overgenomen van de bijeenkomst van{' '}
              {formatDatum(start.overgenomenVan)}.
            </Text>
          )}
          {start && start.aanwezigen.length > 0 && (
            <Checkbox
              checked={metAanwezigen}
              onChange={(e) => setMetAanwezigen(e.currentTarget.checked)}
              label={`Genodigden overnemen: ${start.aanwezigen.map((a) => a.naam).join(', ')}`}
            />
          )}
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
            <Button type="submit" loading={opslaan.isPending} disabled={!start || voorstel.isPending}>
              {start?.geplandId
                ? 'Agenda opslaan bij deze bijeenkomst'
                : 'Bijeenkomst aanmaken met deze agenda'}
            </Button>
          </Group>
        </Stack>
      </form>
      {vraag}
    </Dialoog>
  );
}
