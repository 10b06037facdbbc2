import { Alert, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { SECTOR_LABEL, SECTOREN } from '../../../../shared/domain/aanbestedingen';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonExportGelukt } from '../../app/exportGelukt';
import { toonFout } from '../../app/notify';
import { AanbestedingFormulier } from './AanbestedingFormulier';
import { GunnenDialoog } from './GunnenDialoog';
import { type KalenderRegel, KwartaalTabel } from './KwartaalTabel';
import { kwartaalLabel } from './weergave';

const SECTOR_KEUZES = [
  { value: 'alle', label: 'Alle sectoren' },
  ...SECTOREN.map((s) => ({ value: s, label: SECTOR_LABEL[s] })),
];

/** Tenders coming up, per quarter, with the SROI and person-years they could bring. */
export function KalenderTab() {
  const kalender = useApiQuery('capaciteit.kalender', {});
  const exporteren = useApiMutation('capaciteit.kalenderExporteren');
  const [sector, setSector] = useState('alle');
  const [jaar, setJaar] = useState('alle');
  const [bewerken, setBewerken] = useState<KalenderRegel | null | undefined>(undefined);
  const [gunnen, setGunnen] = useState<KalenderRegel | null>(null);

  const exporteer = () =>
    exporteren.mutate(
      {},
      {
        onError: toonFout,
        onSuccess: (r) => r && toonExportGelukt('De aanbestedingskalender is opgeslagen als', r.pad),
      },
    );

  if (kalender.isError) return <Alert color="red">{kalender.error.message}</Alert>;
  if (kalender.isPending) return <Loader aria-label="Aanbestedingskalender laden" />;
  const { aanbestedingen, tabel } = kalender.data;
  const jaren = [...new Set(aanbestedingen.map((a) => a.kwartaal.slice(0, 4)))].sort();
  const zichtbaar = aanbestedingen.filter(
    (a) => (sector === 'alle' || a.sector === sector) && (jaar === 'alle' || a.kwartaal.startsWith(jaar)),
  );
  const kwartalen = [...new Set(zichtbaar.map((a) => a.kwartaal))].sort();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Select
            label="Jaar"
            data={[{ value: 'alle', label: 'Alle jaren' }, ...jaren.map((j) => ({ value: j, label: j }))]}
            value={jaar}
            onChange={(j) => j && setJaar(j)}
            allowDeselect={false}
            w={140}
          />
          <Select
            label="Sector"
            data={SECTOR_KEUZES}
            value={sector}
            onChange={(s) => s && setSector(s)}
            allowDeselect={false}
            w={180}
          />
        </Group>
        <Group>
          <Button variant="light" onClick={exporteer} loading={exporteren.isPending}>
            Exporteren naar Excel
          </Button>
          <Button onClick={() => setBewerken(null)}>Aanbesteding toevoegen</Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {tabel
          ? `Persoonsjaren (voltijd) per doelgroep volgens ${tabel}: de verwachte SROI gedeeld door het jaarbedrag van de doelgroep.`
          : 'Er is geen waarderingstabel gekozen, dus de persoonsjaren per doelgroep zijn niet te berekenen. Kies een tabel onder SROI, Waardering en menukaart.'}
      </Text>
      {aanbestedingen.length === 0 && (
        <Text c="dimmed">
          Er staan nog geen aanbestedingen op de kalender. Voeg toe wat eraan komt, zodat de werkgroep tijdig
          kandidaten kan opleiden.
        </Text>
      )}
      {aanbestedingen.length > 0 && kwartalen.length === 0 && (
        <Text c="dimmed">Geen aanbestedingen met dit filter.</Text>
      )}
      {kwartalen.map((k) => (
        <section key={k} aria-labelledby={`kop-${k}`}>
          <Title order={2} size="h4" id={`kop-${k}`} mb="xs">
            {kwartaalLabel(k)}
          </Title>
          <KwartaalTabel
            label={kwartaalLabel(k)}
            regels={zichtbaar.filter((a) => a.kwartaal === k)}
            onBewerk={setBewerken}
            onGun={setGunnen}
          />
        </section>
      ))}
      <AanbestedingFormulier aanbesteding={bewerken} onClose={() => setBewerken(undefined)} />
      <GunnenDialoog aanbesteding={gunnen} onClose={() => setGunnen(null)} />
    </Stack>
  );
}
