import { Checkbox, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { type KandidaatInvoer, kandidaatInvoer } from '../../../../shared/api/schemas-kandidaten';
import {
  KANDIDAAT_STATUS_LABEL,
  KANDIDAAT_STATUSSEN,
  type Kandidaat,
  type KandidaatStatus,
  PERSOONLIJKE_BONUSSEN,
  type PersoonlijkeBonus,
  UITKERINGEN,
  type Uitkering,
} from '../../../../shared/domain/kandidaten';
import { BONUS_LABEL } from '../../../../shared/domain/waardering';
import { korteGemeente } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { DatumVeld } from '../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { zodErrors } from '../../app/zodForm';
import { NaamVeld } from './NaamVeld';
import { tekstVan, uitkeringLabel } from './weergave';

interface Velden {
  naam: string;
  initialen: string;
  gemeenteId: string | null;
  uitkering: Uitkering | null;
  klantmanager: string;
  begeleiderNaam: string;
  begeleiderOrganisatieId: string | null;
  groepId: string | null;
  startdatum: string;
  status: KandidaatStatus;
  bonussen: PersoonlijkeBonus[];
  einddatum: string;
}

const maakVelden = (k: Kandidaat | null | undefined): Velden => ({
  naam: tekstVan(k?.naam),
  initialen: tekstVan(k?.initialen),
  gemeenteId: k?.gemeenteId ?? null,
  uitkering: k?.uitkering ?? null,
  klantmanager: tekstVan(k?.klantmanager),
  begeleiderNaam: tekstVan(k?.begeleiderNaam),
  begeleiderOrganisatieId: k?.begeleiderOrganisatieId ?? null,
  groepId: k?.groepId ?? null,
  startdatum: tekstVan(k?.startdatum),
  status: k?.status ?? 'aangemeld',
  bonussen: k?.bonussen ?? [],
  einddatum: tekstVan(k?.einddatum),
});

const naarInvoer = (v: Velden, id: string | undefined): KandidaatInvoer => ({
  ...(id ? { id } : {}),
  ...v,
  startdatum: v.startdatum || null,
  einddatum: v.einddatum || null,
});

interface Props {
  /** The candidate to edit, `null` for a new one, `undefined` when closed. */
  kandidaat: Kandidaat | null | undefined;
  onClose: () => void;
  namenTonen: boolean;
  /** A name or initials are stored but were not sent (names off): they are left out of the save. */
  naamVerborgen?: boolean;
  /** After saving, e.g. to open the new candidate's page. */
  onOpgeslagen?: (k: Kandidaat) => void;
}

/** Add or edit a candidate's record; the same schema as main checks it, so errors show at the field. */
export function KandidaatFormulier({
  kandidaat,
  onClose,
  namenTonen,
  naamVerborgen = false,
  onOpgeslagen,
}: Props) {
  const verborgen = naamVerborgen && !namenTonen;
  const opened = kandidaat !== undefined;
  const { v, zet, fouten, setFouten } = useVelden(kandidaat, maakVelden);
  const gemeenten = useApiQuery('organisaties.lijst', { soort: 'gemeente' }, opened);
  const organisaties = useApiQuery('organisaties.lijst', {}, opened);
  const groepen = useApiQuery('groepen.lijst', {}, opened);
  const opslaan = useApiMutation('kandidaten.opslaan');

  const submit = () => {
    const { naam, initialen, ...rest } = naarInvoer(v, kandidaat?.id);
    // Hidden name and initials are not in the form: leaving them out keeps them as stored.
    const invoer: KandidaatInvoer = verborgen ? rest : { ...rest, naam, initialen };
    const gevonden = zodErrors(kandidaatInvoer, invoer);
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    const standaard = naOpslaan(
      (k: Kandidaat) =>
        kandidaat ? `Kandidaat ${k.code} is opgeslagen.` : `Kandidaat ${k.code} is toegevoegd.`,
      onClose,
    );
    opslaan.mutate(invoer, {
      ...standaard,
      onSuccess: (k) => {
        standaard.onSuccess(k);
        onOpgeslagen?.(k);
      },
    });
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title={kandidaat ? `Kandidaat ${kandidaat.code} bewerken` : 'Kandidaat toevoegen'}
      size="lg"
      onSubmit={submit}
      bezig={opslaan.isPending}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NaamVeld waarde={v.naam} onChange={(n) => zet('naam', n)} fout={fouten.naam} verbergen={verborgen} />
        {!verborgen && (
          <TextInput
            label="Initialen"
            description="Bijvoorbeeld J.B.; helpt herkennen zonder volledige naam."
            value={v.initialen}
            onChange={(e) => zet('initialen', e.currentTarget.value)}
            error={fouten.initialen}
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Gemeente"
          data={(gemeenten.data ?? []).map((g) => ({ value: g.id, label: korteGemeente(g.naam) }))}
          value={v.gemeenteId}
          onChange={(id) => zet('gemeenteId', id)}
          error={fouten.gemeenteId}
          searchable
          clearable
          nothingFoundMessage="Geen gemeente gevonden"
        />
        <Select
          label="Uitkering"
          data={UITKERINGEN.map((u) => ({ value: u, label: uitkeringLabel(u) }))}
          value={v.uitkering}
          onChange={(u) => zet('uitkering', u as Uitkering | null)}
          error={fouten.uitkering}
          clearable
        />
        <TextInput
          label="Klantmanager"
          value={v.klantmanager}
          onChange={(e) => zet('klantmanager', e.currentTarget.value)}
          error={fouten.klantmanager}
        />
        <Select
          label="Groep"
          data={(groepen.data ?? []).map((g) => ({ value: g.id, label: g.naam }))}
          value={v.groepId}
          onChange={(id) => zet('groepId', id)}
          error={fouten.groepId}
          clearable
          nothingFoundMessage="Nog geen groepen"
        />
        <TextInput
          label="Persoonlijk begeleider"
          description="De vaste coach of buddy."
          value={v.begeleiderNaam}
          onChange={(e) => zet('begeleiderNaam', e.currentTarget.value)}
          error={fouten.begeleiderNaam}
        />
        <Select
          label="Organisatie van de begeleider"
          description="Waar de begeleider werkt."
          data={(organisaties.data ?? []).map((o) => ({ value: o.id, label: o.naam }))}
          value={v.begeleiderOrganisatieId}
          onChange={(id) => zet('begeleiderOrganisatieId', id)}
          error={fouten.begeleiderOrganisatieId}
          searchable
          clearable
          nothingFoundMessage="Geen organisatie gevonden"
        />
      </SimpleGrid>
      {/* Aligned at the bottom: only the end date has a description, the inputs still line up. */}
      <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: 'end' }}>
        <Select
          label="Status"
          data={KANDIDAAT_STATUSSEN.map((s) => ({ value: s, label: KANDIDAAT_STATUS_LABEL[s] }))}
          value={v.status}
          onChange={(s) => s && zet('status', s as KandidaatStatus)}
          error={fouten.status}
          allowDeselect={false}
          required
        />
        <DatumVeld
          label="Startdatum"
          value={v.startdatum}
          onChange={(d) => zet('startdatum', d)}
          error={fouten.startdatum}
        />
        <DatumVeld
          label="Einddatum traject"
          description="De bewaartermijn telt vanaf deze datum."
          value={v.einddatum}
          onChange={(d) => zet('einddatum', d)}
          error={fouten.einddatum}
        />
      </SimpleGrid>
      <Checkbox.Group
        label="Kenmerken"
        description="Tellen als bonus mee in de SROI-waardering van plaatsingen."
        value={v.bonussen}
        onChange={(b) => zet('bonussen', b as PersoonlijkeBonus[])}
        error={fouten.bonussen}
      >
        <Group mt={4}>
          {PERSOONLIJKE_BONUSSEN.map((b) => (
            <Checkbox key={b} value={b} label={BONUS_LABEL[b]} />
          ))}
        </Group>
      </Checkbox.Group>
    </FormulierDialoog>
  );
}
