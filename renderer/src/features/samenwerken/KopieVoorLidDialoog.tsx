import { Checkbox, List, Text } from '@mantine/core';
import { useState } from 'react';
import { WERK_IN_KOPIE } from '../../../../shared/domain/persoonsgegevens';
import { useApiMutation } from '../../api/client';
import { FormulierDialoog } from '../../app/formulier';
import { toonFout, toonSucces } from '../../app/notify';
import { HerstelcodeDialoog } from '../beveiliging/HerstelcodeDialoog';
import { NieuwWachtwoordVelden, useNieuwWachtwoord } from '../beveiliging/NieuwWachtwoordVelden';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/**
 * Bestand → Kopie voor een werkgroeplid…: says in plain words what the copy leaves out and what the
 * member can do in it, optionally a passphrase of its own; main then asks where to save it.
 */
export function KopieVoorLidDialoog({ opened, onClose }: Props) {
  const velden = useNieuwWachtwoord();
  const [beveiligen, setBeveiligen] = useState(false);
  const [herstelcode, setHerstelcode] = useState<{ code: string; kopie: string } | null>(null);
  const maken = useApiMutation('document.kopieVoorLid');
  const sluit = () => {
    velden.leeg();
    setBeveiligen(false);
    onClose();
  };

  const submit = () => {
    const wachtwoord = beveiligen ? velden.controleer() : undefined;
    if (wachtwoord === null) return;
    maken.mutate(wachtwoord ? { wachtwoord } : {}, {
      onError: toonFout,
      onSuccess: (kopie) => {
        if (!kopie) return;
        sluit();
        toonSucces(`Kopie zonder persoonsgegevens opgeslagen als ${kopie.bestandsnaam}.`);
        if (kopie.herstelcode) setHerstelcode({ code: kopie.herstelcode, kopie: kopie.bestandsnaam });
      },
    });
  };

  return (
    <>
      <FormulierDialoog
        opened={opened}
        onClose={sluit}
        title="Kopie voor een werkgroeplid"
        onSubmit={submit}
        bezig={maken.isPending}
        opslaanLabel="Kopie opslaan als…"
      >
        <Text size="sm">
          Voor een werkgroeplid dat de gegevens van kandidaten niet hoort te zien. De kopie bevat de hele
          werkgroep, maar kandidaten alleen met hun code. Dit blijft weg:
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>namen en initialen van kandidaten, hun klantmanager en begeleider;</List.Item>
          <List.Item>het persoonlijk plan (wensen, doel, eigen woorden) en de belemmeringen;</List.Item>
          <List.Item>
            notities over kandidaten: bij leerlijnstappen, metingen, uitstroom en terugval.
          </List.Item>
        </List>
        <Text size="sm">
          Codes, status, gemeente, groepen, data en stappen blijven, dus alle cijfers kloppen. Het lid kan{' '}
          {WERK_IN_KOPIE} bijwerken; kandidaten toevoegen of wijzigen kan in de kopie niet. Voegt u de kopie
          later samen, dan komt dat werk binnen en blijven de persoonsgegevens in uw bestand zoals ze zijn.
        </Text>
        <Checkbox
          label="De kopie met een eigen wachtwoord beveiligen"
          checked={beveiligen}
          onChange={(e) => setBeveiligen(e.currentTarget.checked)}
        />
        {beveiligen && <NieuwWachtwoordVelden label="Wachtwoord voor de kopie" {...velden} />}
      </FormulierDialoog>
      <HerstelcodeDialoog
        herstelcode={herstelcode?.code ?? null}
        kopie={herstelcode?.kopie}
        onClose={() => setHerstelcode(null)}
      />
    </>
  );
}
