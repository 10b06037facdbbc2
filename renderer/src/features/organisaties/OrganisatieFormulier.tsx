import { Button, MultiSelect, NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { organisatieInvoer } from '../../../../shared/api/schemas';
import {
  ORGANISATIE_SOORTEN,
  type Organisatie,
  type OrganisatieSoort,
  SOORT_LABEL,
} from '../../../../shared/domain/organisaties';
import { formatBedrag, korteGemeente, parseBedrag } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { Bevestigen } from '../../app/Bevestigen';
import { FormulierDialoog, naOpslaan, useVelden } from '../../app/formulier';
import { toonFout } from '../../app/notify';
import { tekstVeld } from '../../app/tekstVeld';
import { zodErrors } from '../../app/zodForm';
import { meldMetOngedaan, terugschrijven } from '../../ongedaan/melden';

interface Velden {
  naam: string;
  soort: OrganisatieSoort | null;
  contactpersoon: string;
  email: string;
  telefoon: string;
  gemeenteIds: string[];
  jaaromzet: string;
  fte: number | string;
}

const leeg: Velden = {
  naam: '',
  soort: null,
  contactpersoon: '',
  email: '',
  telefoon: '',
  gemeenteIds: [],
  jaaromzet: '',
  fte: '',
};

const uit = (o: Organisatie | null | undefined): Velden =>
  !o
    ? leeg
    : {
        naam: o.naam,
        soort: o.soort,
        contactpersoon: o.contactpersoon ?? '',
        email: o.email ?? '',
        telefoon: o.telefoon ?? '',
        gemeenteIds: o.gemeenteIds,
        jaaromzet: o.jaaromzetCent === null ? '' : formatBedrag(o.jaaromzetCent).replace(/^€\s*/, ''),
        fte: o.fte ?? '',
      };

interface Props {
  /** The organisation to edit, `null` for a new one, `undefined` when closed. */
  organisatie: Organisatie | null | undefined;
  onClose: () => void;
}

/** Add or edit an organisation; validated with the same schema main uses. */
export function OrganisatieFormulier({ organisatie, onClose }: Props) {
  const opened = organisatie !== undefined;
  const f = useVelden(organisatie, uit);
  const { v, zet, fouten: errors, setFouten } = f;
  const gemeenten = useApiQuery('organisaties.lijst', { soort: 'gemeente' }, opened);
  const opslaan = useApiMutation('organisaties.opslaan');
  const archiveren = useApiMutation('organisaties.archiveren');
  const set = <K extends keyof Velden>(key: K, value: Velden[K]) =>
    zet(key, value, key === 'jaaromzet' ? 'jaaromzetCent' : key);

  const submit = () => {
    const jaaromzetCent = v.jaaromzet.trim() === '' ? null : parseBedrag(v.jaaromzet);
    const input = {
      ...(organisatie ? { id: organisatie.id } : {}),
      naam: v.naam,
      soort: v.soort ?? '',
      contactpersoon: v.contactpersoon,
      email: v.email,
      telefoon: v.telefoon,
      gemeenteIds: v.gemeenteIds,
      jaaromzetCent,
      fte: v.fte === '' ? null : Number(v.fte),
    };
    const found = zodErrors(organisatieInvoer, input);
    if (v.jaaromzet.trim() !== '' && jaaromzetCent === null) {
      found.jaaromzetCent = 'Vul een bedrag in, bijvoorbeeld 1.250.000 of 1.250.000,50.';
    }
    setFouten(found);
    if (Object.keys(found).length) return;
    opslaan.mutate(
      input as Parameters<typeof opslaan.mutate>[0],
      naOpslaan((saved) => `${saved.naam} is opgeslagen.`, onClose),
    );
  };

  const [vraagArchief, setVraagArchief] = useState(false);
  const wisselArchief = () => {
    if (!organisatie) return;
    const { id } = organisatie;
    const gearchiveerd = organisatie.gearchiveerdOp === null;
    archiveren.mutate(
      { id, gearchiveerd },
      {
        onError: toonFout,
        onSuccess: (o) => {
          meldMetOngedaan(
            gearchiveerd
              ? `Organisatie ${o.naam} gearchiveerd.`
              : `Organisatie ${o.naam} teruggezet uit het archief.`,
            gearchiveerd
              ? `Organisatie ${o.naam} is weer actief.`
              : `Organisatie ${o.naam} staat weer in het archief.`,
            () => terugschrijven('organisaties.archiveren', { id, gearchiveerd: !gearchiveerd }),
          );
          onClose();
        },
        onSettled: () => setVraagArchief(false),
      },
    );
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title={organisatie ? 'Organisatie bewerken' : 'Organisatie toevoegen'}
      size="lg"
      onSubmit={submit}
      bezig={opslaan.isPending}
      links={
        organisatie && (
          <Button
            variant="default"
            color="gray"
            // Archiving asks first; bringing one back from the archive takes nothing away.
            onClick={organisatie.gearchiveerdOp ? wisselArchief : () => setVraagArchief(true)}
            loading={archiveren.isPending && !vraagArchief}
          >
            {organisatie.gearchiveerdOp ? 'Terugzetten uit archief' : 'Archiveren'}
          </Button>
        )
      }
    >
      <TextInput label="Naam" {...tekstVeld(f, 'naam')} required data-autofocus />
      <Select
        label="Soort"
        data={ORGANISATIE_SOORTEN.map((s) => ({ value: s, label: SOORT_LABEL[s] }))}
        value={v.soort}
        onChange={(s) => set('soort', s as OrganisatieSoort | null)}
        error={errors.soort}
        required
        allowDeselect={false}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Contactpersoon" {...tekstVeld(f, 'contactpersoon')} />
        <TextInput label="E-mail" type="email" {...tekstVeld(f, 'email')} />
        <TextInput label="Telefoon" type="tel" {...tekstVeld(f, 'telefoon')} />
      </SimpleGrid>
      <MultiSelect
        label="Werkgebied"
        description="De gemeenten waar de organisatie werkt."
        data={(gemeenten.data ?? []).map((g) => ({
          value: g.id,
          label: korteGemeente(g.naam),
        }))}
        value={v.gemeenteIds}
        onChange={(ids) => set('gemeenteIds', ids)}
        error={errors.gemeenteIds}
        searchable
        nothingFoundMessage="Geen gemeente gevonden"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Jaaromzet contracten (€)"
          description="Voor de verdeling naar rato van capaciteit."
          placeholder="Bijvoorbeeld 1.250.000"
          {...tekstVeld(f, 'jaaromzet', 'jaaromzetCent')}
          inputMode="decimal"
        />
        <NumberInput
          label="Aantal fte"
          description="Alternatieve maat voor capaciteit."
          value={v.fte}
          onChange={(n) => set('fte', n)}
          error={errors.fte}
          decimalSeparator=","
          thousandSeparator="."
          min={0}
          decimalScale={1}
        />
      </SimpleGrid>
      {organisatie && (
        <Bevestigen
          opened={vraagArchief}
          titel="Archiveren"
          knop="Archiveren"
          kleur="tafel.8"
          vraag={
            <Text>
              {organisatie.naam} archiveren? Ze verdwijnt uit de lijst en uit de keuzelijsten. Wat al over
              haar is vastgelegd (contracten, realisaties, antwoorden) blijft bewaard en telt mee. Met ‘Toon
              gearchiveerde’ vindt u haar terug en kunt u haar terugzetten.
            </Text>
          }
          bezig={archiveren.isPending}
          onClose={() => setVraagArchief(false)}
          onBevestig={wisselArchief}
        />
      )}
    </FormulierDialoog>
  );
}
