import { Button, Group, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { menukaartOptieInvoer } from '../../../../../shared/api/schemas-sroi';
import {
  type MenukaartOptie,
  WAARDERINGSWIJZE_LABEL,
  WAARDERINGSWIJZEN,
  type Waarderingswijze,
} from '../../../../../shared/domain/menukaart';
import { useApiMutation } from '../../../api/client';
import { Dialoog } from '../../../app/Dialoog';
import { toonFout, toonSucces } from '../../../app/notify';
import { zodErrors } from '../../../app/zodForm';

interface Velden {
  naam: string;
  omschrijving: string;
  waardering: Waarderingswijze | null;
  gearchiveerd: boolean;
}

const leeg: Velden = { naam: '', omschrijving: '', waardering: null, gearchiveerd: false };

const uit = (o: MenukaartOptie): Velden => ({
  naam: o.naam,
  omschrijving: o.omschrijving ?? '',
  waardering: o.waardering,
  gearchiveerd: o.gearchiveerdOp !== null,
});

interface Props {
  /** The option to edit, `null` for a new one, `undefined` when closed. */
  optie: MenukaartOptie | null | undefined;
  onClose: () => void;
}

/** Add or edit a menukaart option; validated with the same schema main uses. */
export function MenukaartFormulier({ optie, onClose }: Props) {
  const opened = optie !== undefined;
  const [v, setV] = useState<Velden>(leeg);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const opslaan = useApiMutation('menukaart.opslaan');

  useEffect(() => {
    setV(optie ? uit(optie) : leeg);
    setErrors({});
  }, [optie]);

  const set = <K extends keyof Velden>(key: K, value: Velden[K]) => {
    setV((old) => ({ ...old, [key]: value }));
    setErrors((old) =>
      key in old ? Object.fromEntries(Object.entries(old).filter(([k]) => k !== key)) : old,
    );
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input = {
      ...(optie ? { id: optie.id } : {}),
      naam: v.naam,
      omschrijving: v.omschrijving,
      waardering: v.waardering ?? '',
      gearchiveerd: v.gearchiveerd,
    };
    const found = zodErrors(menukaartOptieInvoer, input);
    setErrors(found);
    if (Object.keys(found).length) return;
    opslaan.mutate(input as Parameters<typeof opslaan.mutate>[0], {
      onError: toonFout,
      onSuccess: (saved) => {
        toonSucces(
          saved.gearchiveerdOp
            ? `${saved.naam} is opgeslagen en gearchiveerd.`
            : `${saved.naam} is opgeslagen.`,
        );
        onClose();
      },
    });
  };

  return (
    <Dialoog opened={opened} onClose={onClose} title={optie ? 'Optie bewerken' : 'Optie toevoegen'} size="lg">
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
          <Textarea
            label="Omschrijving"
            description="Wat de aanbieder levert, in een of twee zinnen."
            value={v.omschrijving}
            onChange={(e) => set('omschrijving', e.currentTarget.value)}
            error={errors.omschrijving}
            autosize
            minRows={2}
            maxRows={6}
          />
          <Select
            label="Waardering"
            description="Hoe een realisatie met deze optie een waarde krijgt."
            data={WAARDERINGSWIJZEN.map((w) => ({ value: w, label: WAARDERINGSWIJZE_LABEL[w] }))}
            value={v.waardering}
            onChange={(w) => set('waardering', w as Waarderingswijze | null)}
            error={errors.waardering}
            required
            allowDeselect={false}
          />
          {optie && (
            <Switch
              label="Niet meer aanbieden (archiveren)"
              description="Bestaande realisaties met deze optie blijven staan."
              checked={v.gearchiveerd}
              onChange={(e) => set('gearchiveerd', e.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuleren
            </Button>
            <Button type="submit" loading={opslaan.isPending}>
              Opslaan
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialoog>
  );
}
