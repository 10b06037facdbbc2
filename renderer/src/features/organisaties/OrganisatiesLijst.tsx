import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  Select,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { ImportVoorbeeld } from '../../../../shared/domain/import';
import {
  ORGANISATIE_SOORTEN,
  type Organisatie,
  type OrganisatieSoort,
  SOORT_LABEL,
} from '../../../../shared/domain/organisaties';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonExportGelukt } from '../../app/exportGelukt';
import { toonFout } from '../../app/notify';
import { SorteerKop } from '../../app/sorteren';
import { ImportDialoog } from './ImportDialoog';
import { OrganisatieFormulier } from './OrganisatieFormulier';
import { type SorteerKolom, type Sortering, sorteer } from './sorteren';
import { capaciteit, werkgebiedTekst } from './weergave';

const KOLOMMEN: { kolom: SorteerKolom; label: string }[] = [
  { kolom: 'naam', label: 'Naam' },
  { kolom: 'soort', label: 'Soort' },
  { kolom: 'contactpersoon', label: 'Contactpersoon' },
  { kolom: 'werkgebied', label: 'Werkgebied' },
  { kolom: 'capaciteit', label: 'Capaciteit' },
];

/** All organisations of the werkgroep: search, filter by type, sort, add, edit, archive, export. */
export function OrganisatiesLijst() {
  const [zoek, setZoek] = useState('');
  const [soort, setSoort] = useState<OrganisatieSoort | null>(null);
  const [metGearchiveerd, setMetGearchiveerd] = useState(false);
  const [sortering, setSortering] = useState<Sortering>({ kolom: 'naam', oplopend: true });
  const [bewerken, setBewerken] = useState<Organisatie | null | undefined>(undefined);
  const [voorbeeld, setVoorbeeld] = useState<(ImportVoorbeeld & { token: string }) | null>(null);
  const lezen = useApiMutation('organisaties.inlezen');
  const leegBestand = useApiMutation('organisaties.invulbestand');
  const inlezen = () => lezen.mutate({}, { onError: toonFout, onSuccess: (v) => v && setVoorbeeld(v) });
  const sjabloon = () =>
    leegBestand.mutate(
      {},
      {
        onError: toonFout,
        onSuccess: (r) => r && toonExportGelukt('Het invulbestand is opgeslagen als', r.pad),
      },
    );
  const exporteren = useApiMutation('organisaties.exporteren');
  const exporteer = () =>
    exporteren.mutate(
      {},
      {
        onError: toonFout,
        onSuccess: (r) => r && toonExportGelukt('De organisatielijst is opgeslagen als', r.pad),
      },
    );
  const [zoekterm] = useDebouncedValue(zoek.trim(), 200);

  const filter = { ...(zoekterm ? { zoek: zoekterm } : {}), ...(soort ? { soort } : {}), metGearchiveerd };
  const lijst = useApiQuery('organisaties.lijst', filter);
  const alles = useApiQuery('organisaties.lijst', { metGearchiveerd: true });
  const rijen = useMemo(() => sorteer(lijst.data ?? [], sortering), [lijst.data, sortering]);

  const kop = (kolom: SorteerKolom, label: string) => (
    <SorteerKop key={kolom} kolom={kolom} label={label} sortering={sortering} onSorteer={setSortering} />
  );

  return (
    <>
      <Group mb="md" align="flex-end">
        <TextInput
          label="Zoeken"
          placeholder="Naam of contactpersoon"
          value={zoek}
          onChange={(e) => setZoek(e.currentTarget.value)}
          w={260}
        />
        <Select
          label="Soort"
          placeholder="Alle soorten"
          data={ORGANISATIE_SOORTEN.map((s) => ({ value: s, label: SOORT_LABEL[s] }))}
          value={soort}
          onChange={(s) => setSoort(s as OrganisatieSoort | null)}
          clearable
          w={220}
        />
        <Switch
          label="Toon gearchiveerde"
          checked={metGearchiveerd}
          onChange={(e) => setMetGearchiveerd(e.currentTarget.checked)}
          mb={8}
        />
        {/* Each Excel control says which way it goes: a list in (with its empty form), or the list out. */}
        <Group ml="auto" gap="xs">
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" loading={lezen.isPending || leegBestand.isPending}>
                Inlezen uit Excel
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={inlezen}>Organisaties inlezen uit Excel…</Menu.Item>
              <Menu.Item onClick={sjabloon}>Leeg invulbestand voor het inlezen…</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button variant="light" onClick={exporteer} loading={exporteren.isPending}>
            Lijst exporteren naar Excel
          </Button>
          <Button onClick={() => setBewerken(null)}>Organisatie toevoegen</Button>
        </Group>
      </Group>

      {lijst.isError && <Alert color="red">{lijst.error.message}</Alert>}
      {lijst.isPending && <Loader aria-label="Organisaties laden" />}
      {lijst.isSuccess && alles.data?.length === 0 && (
        <Alert color="gray" title="Nog geen organisaties">
          Voeg de gemeenten, zorgaanbieders en andere partners van de werkgroep toe met "Organisatie
          toevoegen".
        </Alert>
      )}
      {lijst.isSuccess && rijen.length === 0 && (alles.data?.length ?? 0) > 0 && (
        <Text c="dimmed">Geen organisaties gevonden met deze zoekterm of dit filter.</Text>
      )}
      {rijen.length > 0 && (
        <Table striped highlightOnHover stickyHeader aria-label="Organisaties">
          <Table.Thead>
            <Table.Tr>{KOLOMMEN.map(({ kolom, label }) => kop(kolom, label))}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rijen.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <Anchor href={`#/organisaties/${o.id}`} c="tafel.8" fw={600}>
                    {o.naam}
                  </Anchor>
                  {o.gearchiveerdOp && (
                    <Badge ml="xs" color="gray" variant="light">
                      Gearchiveerd
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{SOORT_LABEL[o.soort]}</Table.Td>
                <Table.Td>{o.contactpersoon}</Table.Td>
                <Table.Td>{werkgebiedTekst(o)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{capaciteit(o)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" c="dimmed" mt="sm" role="status">
        {lijst.isSuccess ? `${rijen.length} organisatie${rijen.length === 1 ? '' : 's'}` : ''}
      </Text>
      <OrganisatieFormulier organisatie={bewerken} onClose={() => setBewerken(undefined)} />
      <ImportDialoog voorbeeld={voorbeeld} onClose={() => setVoorbeeld(null)} />
    </>
  );
}
