import { Alert, Checkbox, Group, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { realisatieInvoer } from '../../../../shared/api/schemas-sroi';
import type { Realisatie } from '../../../../shared/domain/realisaties';
import {
  BONUS_LABEL,
  BONUSSEN,
  type Bonus,
  DOELGROEP_LABEL,
  DOELGROEPEN,
  type Doelgroep,
} from '../../../../shared/domain/waardering';
import { vandaagIso } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { DatumVeld } from '../../app/DatumVeld';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { datumVeld, tekstVeld } from '../../app/tekstVeld';
import { zodErrors } from '../../app/zodForm';

interface Velden {
  opdrachtnemerId: string | null;
  contractId: string | null;
  menukaartOptieId: string | null;
  datum: string;
  omschrijving: string;
  doelgroep: Doelgroep | null;
  urenPerWeek: string;
  maanden: string;
  bonussen: Bonus[];
  uren: string;
}

const leeg = (): Velden => ({
  opdrachtnemerId: null,
  contractId: null,
  menukaartOptieId: null,
  datum: vandaagIso(),
  omschrijving: '',
  doelgroep: null,
  urenPerWeek: '',
  maanden: '',
  bonussen: [],
  uren: '',
});

const getal = (tekst: string) => (tekst.trim() === '' ? null : Number(tekst.replace(',', '.')));
const tekst = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

const uit = (r: Realisatie | null | undefined): Velden =>
  !r
    ? leeg()
    : {
        opdrachtnemerId: r.opdrachtnemerId,
        contractId: r.contractId,
        menukaartOptieId: r.menukaartOptieId,
        datum: r.datum,
        omschrijving: r.omschrijving,
        doelgroep: r.doelgroep,
        urenPerWeek: tekst(r.urenPerWeek),
        maanden: tekst(r.maanden),
        bonussen: r.bonussen,
        uren: tekst(r.uren),
      };

interface Props {
  realisatie: Realisatie | null | undefined;
  onClose: () => void;
}

/**
 * A direct realisation: hours of activity or a placement. The value is computed in main with the
 * werkgroep's current table; the form only asks for what the chosen menukaart option needs.
 */
export function RealisatieFormulier({ realisatie, onClose }: Props) {
  const opened = realisatie !== undefined;
  const f = useVelden(realisatie, uit);
  const { v, zet: set, fouten: errors, setFouten } = f;
  const organisaties = useApiQuery('organisaties.lijst', {}, opened);
  const contracten = useApiQuery('sroi.contracten', {}, opened);
  const menukaart = useApiQuery('sroi.menukaart', {}, opened);
  const opslaan = useApiMutation('sroi.realisatieOpslaan');

  const optie = menukaart.data?.find((o) => o.id === v.menukaartOptieId);
  const opties = (menukaart.data ?? []).filter(
    (o) => o.gearchiveerdOp === null || o.id === v.menukaartOptieId,
  );
  const eigenContracten = (contracten.data ?? []).filter((c) => c.opdrachtnemerId === v.opdrachtnemerId);

  const submit = () => {
    const plaatsing = optie?.waardering === 'plaatsing';
    const input = {
      opdrachtnemerId: v.opdrachtnemerId ?? '',
      contractId: v.contractId,
      menukaartOptieId: v.menukaartOptieId ?? '',
      datum: v.datum,
      omschrijving: v.omschrijving,
      doelgroep: plaatsing ? v.doelgroep : null,
      urenPerWeek: plaatsing ? getal(v.urenPerWeek) : null,
      maanden: plaatsing ? getal(v.maanden) : null,
      bonussen: plaatsing ? v.bonussen : [],
      uren: optie?.waardering === 'uren' ? getal(v.uren) : null,
    };
    const found = zodErrors(realisatieInvoer, input);
    if (plaatsing && input.doelgroep === null) found.doelgroep ??= 'Kies een doelgroep.';
    if (plaatsing && input.urenPerWeek === null) found.urenPerWeek ??= 'Vul het aantal uur per week in.';
    if (plaatsing && input.maanden === null) found.maanden ??= 'Vul het aantal maanden in.';
    if (optie?.waardering === 'uren' && input.uren === null) found.uren ??= 'Vul het aantal uren in.';
    setFouten(found);
    if (Object.keys(found).length) return;
    opslaan.mutate(
      { ...(realisatie ? { id: realisatie.id } : {}), ...input },
      naOpslaan(() => 'De realisatie is opgeslagen.', onClose),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title={realisatie ? 'Realisatie bewerken' : 'Realisatie vastleggen'}
      size="lg"
      onSubmit={submit}
      bezig={opslaan.isPending}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Aanbieder"
          data={(organisaties.data ?? [])
            .filter((o) => o.soort !== 'gemeente')
            .map((o) => ({ value: o.id, label: o.naam }))}
          value={v.opdrachtnemerId}
          onChange={(id) => {
            // Another provider's contracts do not apply: the choice starts over.
            set('opdrachtnemerId', id);
            set('contractId', null);
          }}
          error={errors.opdrachtnemerId}
          searchable
          required
          data-autofocus
        />
        <Select
          label="Contract (optioneel)"
          description="Zonder contract telt het mee naar rato van de verplichtingen van de aanbieder."
          data={eigenContracten.map((c) => ({ value: c.id, label: c.naam }))}
          value={v.contractId}
          onChange={(id) => set('contractId', id)}
          disabled={eigenContracten.length === 0}
          clearable
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Wat is er geleverd (menukaart)"
          data={opties.map((o) => ({ value: o.id, label: o.naam }))}
          value={v.menukaartOptieId}
          onChange={(id) => set('menukaartOptieId', id)}
          error={errors.menukaartOptieId}
          required
        />
        <DatumVeld label="Datum" {...datumVeld(f, 'datum')} required />
      </SimpleGrid>
      <TextInput
        label="Omschrijving"
        description="Zonder namen van kandidaten; gebruik zo nodig hun code."
        {...tekstVeld(f, 'omschrijving')}
        required
      />
      {optie?.waardering === 'geen' && (
        <Alert color="gray">"{optie.naam}" telt niet als SROI-prestatie; de waarde wordt € 0.</Alert>
      )}
      {optie?.waardering === 'uren' && (
        <TextInput label="Aantal uren" {...tekstVeld(f, 'uren')} inputMode="decimal" required />
      )}
      {optie?.waardering === 'plaatsing' && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label="Doelgroep"
              data={DOELGROEPEN.map((d) => ({ value: d, label: DOELGROEP_LABEL[d] }))}
              value={v.doelgroep}
              onChange={(d) => set('doelgroep', d as Doelgroep | null)}
              error={errors.doelgroep}
              required
            />
            <TextInput label="Uren per week" {...tekstVeld(f, 'urenPerWeek')} inputMode="decimal" required />
            <TextInput label="Aantal maanden" {...tekstVeld(f, 'maanden')} inputMode="decimal" required />
          </SimpleGrid>
          <Checkbox.Group label="Bonussen" value={v.bonussen} onChange={(b) => set('bonussen', b as Bonus[])}>
            <Group mt={4}>
              {BONUSSEN.map((b) => (
                <Checkbox key={b} value={b} label={BONUS_LABEL[b]} />
              ))}
            </Group>
          </Checkbox.Group>
        </>
      )}
      {realisatie && (
        <Text size="sm" c="dimmed">
          Nu gewaardeerd met {realisatie.tabel ?? 'geen tabel'}. Opslaan waardeert opnieuw met de huidige
          tabel.
        </Text>
      )}
    </FormulierDialoog>
  );
}
