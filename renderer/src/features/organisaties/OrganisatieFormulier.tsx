import { Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { organisatieInvoer } from '../../../../shared/api/schemas';
import {
  ORGANISATIE_SOORTEN,
  type Organisatie,
  type OrganisatieSoort,
  SOORT_LABEL,
} from '../../../../shared/domain/organisaties';
import { formatBedrag, parseBedrag } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { toonFout, toonSucces } from '../../app/notify';
import { zodErrors, zonderFout } from '../../app/zodForm';

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

const uit = (o: Organisatie): Velden => ({
  naam: o.naam,
  soort: o.soort,
  contactpersoon: o.contactpersoon ?? '',
  email: o.email ?? '',
  telefoon: o.telefoon ?? '',
  gemeenteIds: o.gemeenteIds,
  jaaromzet: o.jaaromzetCent === null ? '' : formatBedrag(o.jaaromzetCent).replace(/^€\s*/, ''),
  fte: o.fte ?? '',
});

interface Props {
  /** The organisation to edit, `null` for a new one, `undefined` when closed. */
  organisatie: Organisatie | null | undefined;
  onClose: () => void;
}

/** Add or edit an organisation; validated with the same schema main uses. */
export function OrganisatieFormulier({ organisatie, onClose }: Props) {
  const opened = organisatie !== undefined;
  const [v, setV] = useState<Velden>(leeg);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const gemeenten = useApiQuery('organisaties.lijst', { soort: 'gemeente' }, opened);
  const opslaan = useApiMutation('organisaties.opslaan');
  const archiveren = useApiMutation('organisaties.archiveren');

  useEffect(() => {
    setV(organisatie ? uit(organisatie) : leeg);
    setErrors({});
  }, [organisatie]);

  // Editing a field clears its message from the last attempt, so only current problems show.
  const set = <K extends keyof Velden>(key: K, value: Velden[K]) => {
    setV((old) => ({ ...old, [key]: value }));
    const veld = key === 'jaaromzet' ? 'jaaromzetCent' : key;
    setErrors((old) => zonderFout(old, veld));
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
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
    setErrors(found);
    if (Object.keys(found).length) return;
    opslaan.mutate(input as Parameters<typeof opslaan.mutate>[0], {
      onError: toonFout,
      onSuccess: (saved) => {
        toonSucces(`${saved.naam} is opgeslagen.`);
        onClose();
      },
    });
  };

  const wisselArchief = () => {
    if (!organisatie) return;
    const gearchiveerd = organisatie.gearchiveerdOp === null;
    archiveren.mutate(
      { id: organisatie.id, gearchiveerd },
      {
        onError: toonFout,
        onSuccess: (o) => {
          toonSucces(gearchiveerd ? `${o.naam} is gearchiveerd.` : `${o.naam} is teruggezet.`);
          onClose();
        },
      },
    );
  };

  return (
    <Dialoog
      opened={opened}
      onClose={onClose}
      title={organisatie ? 'Organisatie bewerken' : 'Organisatie toevoegen'}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Naam"
            value={v.naam}
            onChange={(e) => set('naam', e.currentTarget.value)}
            error={errors.naam}
            required
            data-autofocus
          />
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
            <TextInput
              label="Contactpersoon"
              value={v.contactpersoon}
              onChange={(e) => set('contactpersoon', e.currentTarget.value)}
              error={errors.contactpersoon}
            />
            <TextInput
              label="E-mail"
              type="email"
              value={v.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              error={errors.email}
            />
            <TextInput
              label="Telefoon"
              type="tel"
              value={v.telefoon}
              onChange={(e) => set('telefoon', e.currentTarget.value)}
              error={errors.telefoon}
            />
          </SimpleGrid>
          <MultiSelect
            label="Werkgebied"
            description="De gemeenten waar de organisatie werkt."
            data={(gemeenten.data ?? []).map((g) => ({
              value: g.id,
              label: g.naam.replace(/^Gemeente /, ''),
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
              value={v.jaaromzet}
              onChange={(e) => set('jaaromzet', e.currentTarget.value)}
              error={errors.jaaromzetCent}
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
          <Group justify="space-between">
            <div>
              {organisatie && (
                <Button variant="default" color="gray" onClick={wisselArchief} loading={archiveren.isPending}>
                  {organisatie.gearchiveerdOp ? 'Terugzetten uit archief' : 'Archiveren'}
                </Button>
              )}
            </div>
            <Group>
              <Button variant="default" onClick={onClose}>
                Annuleren
              </Button>
              <Button type="submit" loading={opslaan.isPending}>
                Opslaan
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Dialoog>
  );
}
