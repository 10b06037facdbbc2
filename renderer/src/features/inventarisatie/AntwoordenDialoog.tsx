import { Alert, Divider, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AntwoordWaarde, Deelname, Sjabloon } from '../../../../shared/domain/inventarisatie';
import { alleVragen } from '../../../../shared/domain/inventarisatie-antwoorden';
import { useApiMutation, useApiQuery } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { toonSucces } from '../../app/notify';
import { AntwoordVeld } from './AntwoordVeld';
import { type Invoer, naarInvoer, uitInvoer } from './antwoordInvoer';

interface Props {
  rondeId: string;
  /** The organisation whose answers are typed in; null when closed. */
  deelname: Deelname | null;
  onClose: () => void;
}

const startInvoer = (sjabloon: Sjabloon, antwoorden: Record<string, AntwoordWaarde>) =>
  Object.fromEntries(
    alleVragen(sjabloon.secties).map((v) => [v.sleutel, naarInvoer(v, antwoorden[v.sleutel])]),
  );

/**
 * The round's form rendered from its own template version, for answers that come by phone or
 * e-mail. Saving replaces the organisation's answers as a whole; main checks them again.
 */
export function AntwoordenDialoog({ rondeId, deelname, onClose }: Props) {
  const opened = deelname !== null;
  const bron = useApiQuery(
    'inventarisatie.antwoorden',
    { rondeId, organisatieId: deelname?.organisatieId ?? '' },
    opened,
  );
  const opslaan = useApiMutation('inventarisatie.antwoordenOpslaan');
  const [invoer, setInvoer] = useState<Record<string, Invoer>>({});
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [mainFout, setMainFout] = useState<string | null>(null);

  // Start from the stored answers when the dialog opens, and follow a refresh of them (a cached
  // copy may be replaced by fresh data) until the user types: then their input wins.
  const [aangeraakt, setAangeraakt] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another organisation opens.
  useEffect(() => {
    setAangeraakt(false);
    setFouten({});
    setMainFout(null);
  }, [deelname?.organisatieId]);
  useEffect(() => {
    if (bron.data && !aangeraakt) setInvoer(startInvoer(bron.data.sjabloon, bron.data.antwoorden));
  }, [bron.data, aangeraakt]);

  const sjabloon = bron.data?.sjabloon;
  const submit = () => {
    if (!sjabloon || !deelname) return;
    const antwoorden: Record<string, AntwoordWaarde | null> = {};
    const gevonden: Record<string, string> = {};
    for (const vraag of alleVragen(sjabloon.secties)) {
      const i = invoer[vraag.sleutel];
      if (!i) continue;
      const r = uitInvoer(vraag, i);
      if ('fout' in r) gevonden[vraag.sleutel] = r.fout;
      else antwoorden[vraag.sleutel] = r.waarde;
    }
    setFouten(gevonden);
    setMainFout(null);
    if (Object.keys(gevonden).length) return;
    opslaan.mutate(
      { rondeId, organisatieId: deelname.organisatieId, antwoorden },
      {
        onError: (e) => setMainFout(e.message),
        onSuccess: () => {
          toonSucces(`De antwoorden van ${deelname.organisatie} zijn opgeslagen.`);
          onClose();
        },
      },
    );
  };

  const zet = (sleutel: string, i: Invoer) => {
    setAangeraakt(true);
    setInvoer((oud) => ({ ...oud, [sleutel]: i }));
    setFouten(({ [sleutel]: _, ...rest }) => rest);
  };

  return (
    <FormulierDialoog
      opened={opened}
      onClose={onClose}
      title={`Antwoorden van ${deelname?.organisatie ?? ''}`}
      size="xl"
      onSubmit={submit}
      bezig={opslaan.isPending}
      opslaanLabel="Antwoorden opslaan"
    >
      {bron.isError && <Alert color="red">{bron.error.message}</Alert>}
      {bron.isPending && <Loader aria-label="Formulier laden" />}
      {sjabloon && (
        <>
          <Text size="sm" c="dimmed">
            {sjabloon.naam} (versie {sjabloon.versie}). Vragen met * zijn verplicht. Opslaan vervangt de
            antwoorden die er al waren.
          </Text>
          {sjabloon.secties.map((sectie, s) => (
            <Stack key={sectie.titel} gap="sm">
              {s > 0 && <Divider />}
              <Title order={3} size="h5">
                {sectie.titel}
              </Title>
              {sectie.toelichting && (
                <Text size="sm" c="dimmed">
                  {sectie.toelichting}
                </Text>
              )}
              {sectie.vragen.map((vraag) => {
                const i = invoer[vraag.sleutel];
                return i ? (
                  <AntwoordVeld
                    key={vraag.sleutel}
                    vraag={vraag}
                    invoer={i}
                    onChange={(n) => zet(vraag.sleutel, n)}
                    fout={fouten[vraag.sleutel]}
                  />
                ) : null;
              })}
            </Stack>
          ))}
          {Object.keys(fouten).length > 0 && (
            <Alert color="red" title="Nog niet opgeslagen">
              Een of meer antwoorden zijn niet volledig; zie de meldingen bij de vragen.
            </Alert>
          )}
          {mainFout && (
            <Alert color="red" title="Deze antwoorden zijn niet opgeslagen">
              {mainFout}
            </Alert>
          )}
        </>
      )}
    </FormulierDialoog>
  );
}
