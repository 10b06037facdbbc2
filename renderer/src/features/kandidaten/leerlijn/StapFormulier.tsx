import { Alert, Checkbox, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { type StapInvoer, stapInvoer } from '../../../../../shared/api/schemas-kandidaten';
import {
  KANDIDAAT_STATUS_LABEL,
  type KandidaatStatus,
  STANDAARD_DUUR_MAANDEN,
  STAP_STATUS_LABEL,
  STAP_STATUSSEN,
  type Stap,
  type StapStatus,
} from '../../../../../shared/domain/kandidaten';
import { standaardGeplandEind } from '../../../../../shared/domain/leerlijn';
import { formatDatum } from '../../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../../api/client';
import { DatumVeld } from '../../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../../app/formulier';
import { zodErrors } from '../../../app/zodForm';
import { tekstVan } from '../weergave';

interface Velden {
  menukaartOptieId: string | null;
  organisatieId: string | null;
  geplandStart: string;
  geplandEind: string;
  start: string;
  eind: string;
  urenPerWeek: string;
  status: StapStatus;
  vastContract: boolean;
  resultaat: string;
}

const maakVelden = (s: Stap | null | undefined): Velden => ({
  menukaartOptieId: s?.menukaartOptieId ?? null,
  organisatieId: s?.organisatieId ?? null,
  geplandStart: tekstVan(s?.geplandStart),
  geplandEind: tekstVan(s?.geplandEind),
  start: tekstVan(s?.start),
  eind: tekstVan(s?.eind),
  urenPerWeek: s?.urenPerWeek == null ? '' : String(s.urenPerWeek).replace('.', ','),
  status: s?.status ?? 'gepland',
  vastContract: s?.vastContract ?? false,
  resultaat: tekstVan(s?.resultaat),
});

/** Typed hours ("16,5") → a number; NaN when it is not one, so the schema says so in Dutch. */
const leesUren = (tekst: string) => (tekst.trim() === '' ? null : Number(tekst.trim().replace(',', '.')));

/** The hint for a step with a default duration (a werkervaringsplaats) and no planned end. */
function standaardDuurHint(code: string, naam: string, geplandStart: string): string {
  const maanden = STANDAARD_DUUR_MAANDEN[code];
  const eind = standaardGeplandEind(code, geplandStart || null);
  const tot = eind ? `, dus tot en met ${formatDatum(eind)}` : ' vanaf de geplande start';
  return `Zonder gepland einde duurt een ${naam.toLowerCase()} ${maanden} maanden${tot}.`;
}

interface Props {
  kandidaatId: string;
  /** Before saving: a candidate still Aangemeld becomes Actief once a step runs; the user is told. */
  kandidaatStatus: KandidaatStatus;
  /** The step to edit, `null` for a new one, `undefined` when closed. */
  stap: Stap | null | undefined;
  onClose: () => void;
}

/** Add or edit a leerlijn step: what (menukaart), who delivers it, when, how many hours, how it went. */
export function StapFormulier({ kandidaatId, kandidaatStatus, stap, onClose }: Props) {
  const opened = stap !== undefined;
  const { v, zet, fouten, setFouten } = useVelden(stap, maakVelden);
  const menukaart = useApiQuery('sroi.menukaart', {}, opened);
  const organisaties = useApiQuery('organisaties.lijst', {}, opened);
  const opslaan = useApiMutation('kandidaten.stapOpslaan');
  const optie = menukaart.data?.find((o) => o.id === v.menukaartOptieId);
  // Archived options are not offered for new steps, but a step that already uses one keeps it.
  const opties = (menukaart.data ?? []).filter(
    (o) => o.gearchiveerdOp === null || o.id === v.menukaartOptieId,
  );

  const submit = () => {
    const invoer: StapInvoer = {
      ...(stap ? { id: stap.id } : {}),
      kandidaatId,
      menukaartOptieId: v.menukaartOptieId ?? '',
      organisatieId: v.organisatieId,
      geplandStart: v.geplandStart || null,
      geplandEind: v.geplandEind || null,
      start: v.start || null,
      eind: v.eind || null,
      urenPerWeek: leesUren(v.urenPerWeek),
      status: v.status,
      vastContract: optie?.code === 'betaalde_baan' && v.vastContract,
      resultaat: v.resultaat,
    };
    const gevonden = zodErrors(stapInvoer, invoer);
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    opslaan.mutate(
      invoer,
      naOpslaan(
        (dossier) =>
          `${stap ? 'De stap is opgeslagen.' : 'De stap is toegevoegd aan de leerlijn.'}${
            kandidaatStatus === 'aangemeld' && dossier.kandidaat.status === 'actief'
              ? ` De status van de kandidaat is nu "${KANDIDAAT_STATUS_LABEL.actief}": de leerlijn is begonnen.`
              : ''
          }`,
        onClose,
      ),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title={stap ? 'Stap bewerken' : 'Stap toevoegen'}
      size="lg"
      onSubmit={submit}
      bezig={opslaan.isPending}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Soort stap (menukaart)"
          description="Bepaalt de SROI-waardering."
          data={opties.map((o) => ({ value: o.id, label: o.naam }))}
          value={v.menukaartOptieId}
          onChange={(id) => zet('menukaartOptieId', id)}
          error={fouten.menukaartOptieId}
          required
          searchable
          data-autofocus
        />
        <Select
          label="Organisatie"
          description="Wie levert; de SROI-waarde telt voor haar."
          data={(organisaties.data ?? []).map((o) => ({ value: o.id, label: o.naam }))}
          value={v.organisatieId}
          onChange={(id) => zet('organisatieId', id)}
          error={fouten.organisatieId}
          searchable
          clearable
          nothingFoundMessage="Geen organisatie gevonden"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DatumVeld
          label="Geplande start"
          value={v.geplandStart}
          onChange={(d) => zet('geplandStart', d)}
          error={fouten.geplandStart}
        />
        <DatumVeld
          label="Gepland einde"
          value={v.geplandEind}
          onChange={(d) => zet('geplandEind', d)}
          error={fouten.geplandEind}
        />
      </SimpleGrid>
      {optie && STANDAARD_DUUR_MAANDEN[optie.code] && !v.geplandEind && (
        <Alert color="blue" variant="light" py="xs">
          {standaardDuurHint(optie.code, optie.naam, v.geplandStart)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DatumVeld
          label="Werkelijke start"
          value={v.start}
          onChange={(d) => zet('start', d)}
          error={fouten.start}
        />
        <DatumVeld
          label="Werkelijk einde"
          value={v.eind}
          onChange={(d) => zet('eind', d)}
          error={fouten.eind}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Uren per week"
          value={v.urenPerWeek}
          onChange={(e) => zet('urenPerWeek', e.currentTarget.value)}
          error={fouten.urenPerWeek}
          inputMode="decimal"
        />
        <Select
          label="Status"
          data={STAP_STATUSSEN.map((s) => ({ value: s, label: STAP_STATUS_LABEL[s] }))}
          value={v.status}
          onChange={(s) => s && zet('status', s as StapStatus)}
          error={fouten.status}
          allowDeselect={false}
          required
        />
      </SimpleGrid>
      {optie?.code === 'betaalde_baan' && (
        <Checkbox
          label="Vast contract (telt als bonus in de SROI-waardering)"
          checked={v.vastContract}
          onChange={(e) => zet('vastContract', e.currentTarget.checked)}
        />
      )}
      <Textarea
        label="Resultaat"
        description="Hoe het ging; zonder gevoelige details."
        value={v.resultaat}
        onChange={(e) => zet('resultaat', e.currentTarget.value)}
        error={fouten.resultaat}
        autosize
        minRows={2}
      />
    </FormulierDialoog>
  );
}
