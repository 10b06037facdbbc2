import { Alert, Button, Card, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { gebruikersinstellingenInvoer, werkgroepInvoer } from '../../../../shared/api/schemas';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';
import { WerkgroepVelden } from '../../app/WerkgroepVelden';
import { zodErrors } from '../../app/zodForm';
import { BeveiligingKaart } from '../beveiliging/BeveiligingKaart';
import { Logboek } from './Logboek';

function WerkgroepForm() {
  const werkgroep = useApiQuery('werkgroep.ophalen', {});
  const bijwerken = useApiMutation('werkgroep.bijwerken');
  const [values, setValues] = useState({ naam: '', regio: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (werkgroep.data) setValues({ naam: werkgroep.data.naam, regio: werkgroep.data.regio });
  }, [werkgroep.data]);

  if (werkgroep.isPending) return <Loader aria-label="Werkgroep laden" />;
  if (werkgroep.isError) return <Alert color="red">{werkgroep.error.message}</Alert>;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = zodErrors(werkgroepInvoer, values);
    setErrors(found);
    if (Object.keys(found).length) return;
    bijwerken.mutate(values, {
      onError: toonFout,
      onSuccess: () => toonSucces('Werkgroepgegevens opgeslagen.'),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="werkgroep-kop">
      <Stack>
        <Title order={2} size="h3" id="werkgroep-kop">
          Werkgroep
        </Title>
        <Text size="sm" c="dimmed">
          Deze gegevens staan in het werkgroepbestand en gelden voor iedereen die het bestand gebruikt.
        </Text>
        <WerkgroepVelden values={values} errors={errors} onChange={setValues} />
        <Group>
          <Button type="submit" loading={bijwerken.isPending}>
            Werkgroep opslaan
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function GebruikerForm() {
  const instellingen = useApiQuery('instellingen.ophalen', {});
  const bijwerken = useApiMutation('instellingen.bijwerken');
  const [naam, setNaam] = useState('');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (instellingen.data) setNaam(instellingen.data.gebruikersnaam);
  }, [instellingen.data]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = zodErrors(gebruikersinstellingenInvoer, { gebruikersnaam: naam });
    setError(found.gebruikersnaam);
    if (found.gebruikersnaam) return;
    bijwerken.mutate(
      { gebruikersnaam: naam },
      { onError: toonFout, onSuccess: () => toonSucces('Uw naam is opgeslagen.') },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="gebruiker-kop">
      <Stack>
        <Title order={2} size="h3" id="gebruiker-kop">
          Uw gegevens
        </Title>
        <Text size="sm" c="dimmed">
          Alleen op deze computer bewaard. Uw naam staat bij wijzigingen die u maakt en op exports.
        </Text>
        <TextInput
          label="Uw naam"
          value={naam}
          onChange={(e) => setNaam(e.currentTarget.value)}
          error={error}
        />
        <Group>
          <Button type="submit" loading={bijwerken.isPending}>
            Naam opslaan
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function InstellingenPage() {
  return (
    <Stack gap="lg">
      <Stack maw={640} gap="lg">
        <Card withBorder padding="lg">
          <WerkgroepForm />
        </Card>
        <Card withBorder padding="lg">
          <BeveiligingKaart />
        </Card>
        <Card withBorder padding="lg">
          <GebruikerForm />
        </Card>
      </Stack>
      <Card withBorder padding="lg" maw={1000}>
        <Logboek />
      </Card>
    </Stack>
  );
}
