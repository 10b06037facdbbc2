import { Alert, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
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
import { useApiMutation, useApiQuery } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { toonFout, toonSucces } from '../../app/notify';
import { zodErrors, zonderFout } from '../../app/zodForm';

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

const vandaag = () => new Date().toISOString().slice(0, 10);
const leeg = (): Velden => ({
  opdrachtnemerId: null,
  contractId: null,
  menukaartOptieId: null,
  datum: vandaag(),
  omschrijving: '',
  doelgroep: null,
  urenPerWeek: '',
  maanden: '',
  bonussen: [],
  uren: '',
});

const getal = (tekst: string) => (tekst.trim() === '' ? null : Number(tekst.replace(',', '.')));
const tekst = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

const uit = (r: Realisatie): Velden => ({
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
});

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
  const [v, setV] = useState<Velden>(leeg);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const organisaties = useApiQuery('organisaties.lijst', {}, opened);
  const contracten = useApiQuery('contracten.lijst', {}, opened);
  const menukaart = useApiQuery('menukaart.lijst', {}, opened);
  const opslaan = useApiMutation('realisaties.opslaan');

  useEffect(() => {
    setV(realisatie ? uit(realisatie) : leeg());
    setErrors({});
  }, [realisatie]);

  const set = <K extends keyof Velden>(key: K, value: Velden[K]) => {
    setV((old) => ({ ...old, [key]: value }));
    setErrors((old) => zonderFout(old, key));
  };
  const optie = menukaart.data?.find((o) => o.id === v.menukaartOptieId);
  const opties = (menukaart.data ?? []).filter(
    (o) => o.gearchiveerdOp === null || o.id === v.menukaartOptieId,
  );
  const eigenContracten = (contracten.data ?? []).filter((c) => c.opdrachtnemerId === v.opdrachtnemerId);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
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
    setErrors(found);
    if (Object.keys(found).length) return;
    opslaan.mutate(
      { ...(realisatie ? { id: realisatie.id } : {}), ...input },
      {
        onError: toonFout,
        onSuccess: () => {
          toonSucces('De realisatie is opgeslagen.');
          onClose();
        },
      },
    );
  };

  return (
    <Dialoog
      opened={opened}
      onClose={onClose}
      title={realisatie ? 'Realisatie bewerken' : 'Realisatie vastleggen'}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Aanbieder"
              data={(organisaties.data ?? [])
                .filter((o) => o.soort !== 'gemeente')
                .map((o) => ({ value: o.id, label: o.naam }))}
              value={v.opdrachtnemerId}
              onChange={(id) => setV((old) => ({ ...old, opdrachtnemerId: id, contractId: null }))}
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
            <TextInput
              label="Datum"
              type="date"
              value={v.datum}
              onChange={(e) => set('datum', e.currentTarget.value)}
              error={errors.datum}
              required
            />
          </SimpleGrid>
          <TextInput
            label="Omschrijving"
            description="Zonder namen van kandidaten; gebruik zo nodig hun code."
            value={v.omschrijving}
            onChange={(e) => set('omschrijving', e.currentTarget.value)}
            error={errors.omschrijving}
            required
          />
          {optie?.waardering === 'geen' && (
            <Alert color="gray">"{optie.naam}" telt niet als SROI-prestatie; de waarde wordt € 0.</Alert>
          )}
          {optie?.waardering === 'uren' && (
            <TextInput
              label="Aantal uren"
              value={v.uren}
              onChange={(e) => set('uren', e.currentTarget.value)}
              error={errors.uren}
              inputMode="decimal"
              required
            />
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
                <TextInput
                  label="Uren per week"
                  value={v.urenPerWeek}
                  onChange={(e) => set('urenPerWeek', e.currentTarget.value)}
                  error={errors.urenPerWeek}
                  inputMode="decimal"
                  required
                />
                <TextInput
                  label="Aantal maanden"
                  value={v.maanden}
                  onChange={(e) => set('maanden', e.currentTarget.value)}
                  error={errors.maanden}
                  inputMode="decimal"
                  required
                />
              </SimpleGrid>
              <Checkbox.Group
                label="Bonussen"
                value={v.bonussen}
                onChange={(b) => set('bonussen', b as Bonus[])}
              >
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
