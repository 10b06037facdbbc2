import { Alert, Card, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  gebruikersinstellingenInvoer,
  type WerkgroepInvoer,
  werkgroepInvoer,
} from '../../../../shared/api/schemas';
import { useApiMutation, useApiQuery } from '../../api/client';
import { tekstVeld } from '../../app/tekstVeld';
import { useBewaarTijdensTypen } from '../../app/useBewaarTijdensTypen';
import { WerkgroepVelden } from '../../app/WerkgroepVelden';
import { zodErrors } from '../../app/zodForm';
import { BeveiligingKaart } from '../beveiliging/BeveiligingKaart';
import { Logboek } from './Logboek';

/** Says how these forms are saved, where a save button would otherwise be. */
function OpgeslagenTerwijlUTypt() {
  return (
    <Text size="sm" c="dimmed">
      Wijzigingen worden opgeslagen terwijl u typt.
    </Text>
  );
}

function WerkgroepForm() {
  const werkgroep = useApiQuery('werkgroep.ophalen', {});
  if (werkgroep.isPending) return <Loader aria-label="Werkgroep laden" />;
  if (werkgroep.isError) return <Alert color="red">{werkgroep.error.message}</Alert>;
  return <WerkgroepVeldenBewaard werkgroep={werkgroep.data} />;
}

/** Name and region, saved as they are typed; a refetch never overwrites what is being typed. */
function WerkgroepVeldenBewaard({ werkgroep }: { werkgroep: WerkgroepInvoer }) {
  const bijwerken = useApiMutation('werkgroep.bijwerken');
  const f = useBewaarTijdensTypen({
    sleutel: 'werkgroep',
    bron: werkgroep,
    uitBron: (w): WerkgroepInvoer => ({ naam: w.naam, regio: w.regio }),
    opslaan: (v) => bijwerken.mutateAsync(v),
    controleer: (v) => zodErrors(werkgroepInvoer, v),
  });

  return (
    <Stack component="section" aria-labelledby="werkgroep-kop">
      <Title order={2} size="h3" id="werkgroep-kop">
        Werkgroep
      </Title>
      <Text size="sm" c="dimmed">
        Deze gegevens staan in het werkgroepbestand en gelden voor iedereen die het bestand gebruikt.
      </Text>
      <WerkgroepVelden values={f.v} errors={f.fouten} onChange={f.zetAlles} />
      <OpgeslagenTerwijlUTypt />
    </Stack>
  );
}

function GebruikerForm() {
  const instellingen = useApiQuery('instellingen.ophalen', {});
  if (instellingen.isPending) return <Loader aria-label="Uw gegevens laden" />;
  if (instellingen.isError) return <Alert color="red">{instellingen.error.message}</Alert>;
  return <GebruikerVeldenBewaard gebruikersnaam={instellingen.data.gebruikersnaam} />;
}

/** The user's own name (kept on this computer, not in the file), saved as it is typed. */
function GebruikerVeldenBewaard({ gebruikersnaam }: { gebruikersnaam: string }) {
  const bijwerken = useApiMutation('instellingen.bijwerken');
  const f = useBewaarTijdensTypen({
    sleutel: 'gebruiker',
    bron: gebruikersnaam,
    uitBron: (naam) => ({ gebruikersnaam: naam }),
    opslaan: (v) => bijwerken.mutateAsync(v),
    controleer: (v) => zodErrors(gebruikersinstellingenInvoer, v),
  });

  return (
    <Stack component="section" aria-labelledby="gebruiker-kop">
      <Title order={2} size="h3" id="gebruiker-kop">
        Uw gegevens
      </Title>
      <Text size="sm" c="dimmed">
        Alleen op deze computer bewaard. Uw naam staat bij wijzigingen die u maakt en op exports.
      </Text>
      <TextInput label="Uw naam" {...tekstVeld(f, 'gebruikersnaam')} />
      <OpgeslagenTerwijlUTypt />
    </Stack>
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
