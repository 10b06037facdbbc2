import { Select, Text, TextInput } from '@mantine/core';
import { aanbodInvoer } from '../../../../shared/api/schemas-capaciteit';
import type { CapaciteitsOverzicht } from '../../../../shared/domain/capaciteit';
import { useApiMutation, useApiQuery } from '../../api/client';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { tekstVeld } from '../../app/tekstVeld';
import { zodErrors } from '../../app/zodForm';
import type { AanbodRegel } from './AanbodTab';

interface Velden {
  organisatieId: string | null;
  menukaartOptieId: string | null;
  plaatsen: string;
}

const uit = (r: AanbodRegel | null | undefined): Velden =>
  r
    ? { organisatieId: r.organisatieId, menukaartOptieId: r.menukaartOptieId, plaatsen: String(r.plaatsen) }
    : { organisatieId: null, menukaartOptieId: null, plaatsen: '' };

/** Typed text → places; empty is null (remove), anything not a whole number is NaN so zod says so. */
const leesPlaatsen = (tekst: string) =>
  tekst.trim() === '' ? null : /^-?\d+$/.test(tekst.trim()) ? Number(tekst.trim()) : Number.NaN;

interface Props {
  /** The offer to change, `null` for a new one, `undefined` when closed. */
  regel: AanbodRegel | null | undefined;
  opties: CapaciteitsOverzicht['opties'];
  onClose: () => void;
}

/** Add an offer, or change its number of places; emptying the number removes the offer. */
export function AanbodFormulier({ regel, opties, onClose }: Props) {
  const opened = regel !== undefined;
  const f = useVelden(regel, uit);
  const { v, zet, fouten, setFouten } = f;
  const organisaties = useApiQuery('organisaties.lijst', {}, opened && !regel);
  const zetten = useApiMutation('capaciteit.aanbodZetten');
  const aanbieders = (organisaties.data ?? []).filter((o) => o.soort !== 'gemeente');

  const submit = () => {
    const input = {
      organisatieId: v.organisatieId ?? '',
      menukaartOptieId: v.menukaartOptieId ?? '',
      plaatsen: leesPlaatsen(v.plaatsen),
    };
    const gevonden = zodErrors(aanbodInvoer, input);
    // A new offer without a number would remove nothing; ask for the number instead.
    if (!regel && input.plaatsen === null) gevonden.plaatsen = 'Vul het aantal plaatsen in.';
    setFouten(gevonden);
    if (Object.keys(gevonden).length) return;
    zetten.mutate(
      input,
      naOpslaan(
        () => (input.plaatsen === null ? 'Het aanbod is verwijderd.' : 'Het aanbod is opgeslagen.'),
        onClose,
      ),
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title={regel ? 'Aanbod wijzigen' : 'Aanbod toevoegen'}
      onSubmit={submit}
      bezig={zetten.isPending}
    >
      {regel ? (
        <Text size="sm">
          <strong>{regel.organisatie}</strong> ·{' '}
          {opties.find((o) => o.id === regel.menukaartOptieId)?.naam ?? regel.optieCode}
        </Text>
      ) : (
        <>
          <Select
            label="Organisatie"
            data={aanbieders.map((o) => ({ value: o.id, label: o.naam }))}
            value={v.organisatieId}
            onChange={(id) => zet('organisatieId', id)}
            error={fouten.organisatieId}
            searchable
            required
            nothingFoundMessage="Geen organisatie gevonden"
            data-autofocus
          />
          <Select
            label="Mogelijkheid (menukaart)"
            data={opties.map((o) => ({ value: o.id, label: o.naam }))}
            value={v.menukaartOptieId}
            onChange={(id) => zet('menukaartOptieId', id)}
            error={fouten.menukaartOptieId}
            searchable
            required
            nothingFoundMessage="Geen mogelijkheid gevonden"
          />
        </>
      )}
      <TextInput
        label="Aantal plaatsen"
        description={regel ? 'Leeg maken verwijdert het aanbod.' : undefined}
        inputMode="numeric"
        {...tekstVeld(f, 'plaatsen')}
        required={!regel}
        data-autofocus={regel ? true : undefined}
      />
    </FormulierDialoog>
  );
}
