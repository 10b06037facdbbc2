import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../api/client';
import { BeveiligingUitzettenDialoog } from './BeveiligingUitzettenDialoog';
import { HerstelcodeDialoog } from './HerstelcodeDialoog';
import { NieuweHerstelcodeDialoog } from './NieuweHerstelcodeDialoog';
import { VergrendelInstelling } from './VergrendelInstelling';
import { WachtwoordInstellenDialoog } from './WachtwoordInstellenDialoog';
import { WachtwoordWijzigenDialoog } from './WachtwoordWijzigenDialoog';

type Open = 'instellen' | 'wijzigen' | 'herstelcode' | 'uitzetten' | null;

/** Instellingen → Beveiliging: the open file's passphrase, and locking after a while unused. */
export function BeveiligingKaart() {
  const document = useApiQuery('document.status', {});
  const [open, setOpen] = useState<Open>(null);
  const [herstelcode, setHerstelcode] = useState<{ code: string; vervangt: boolean } | null>(null);
  const toon = (vervangt: boolean) => (code: string) => setHerstelcode({ code, vervangt });
  const beveiligd = document.data?.beveiligd ?? false;
  const sluit = () => setOpen(null);

  return (
    <section aria-labelledby="beveiliging-kop">
      <Stack>
        <Title order={2} size="h3" id="beveiliging-kop">
          Beveiliging
        </Title>
        <Group gap="sm">
          <Badge color={beveiligd ? 'tafel' : 'gray'} variant="light">
            {beveiligd ? 'Beveiligd' : 'Niet beveiligd'}
          </Badge>
          <Text fw={600} data-testid="beveiligingsstatus">
            {beveiligd ? 'Dit bestand is beveiligd met een wachtwoord.' : 'Dit bestand is niet beveiligd.'}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          Met een wachtwoord worden het bestand, de reservekopieën en de tijdelijke kopieën op deze computer
          sterk versleuteld. Exports, zoals Excel-bestanden, worden niet versleuteld.
        </Text>
        {beveiligd && (
          <Text size="sm" c="dimmed">
            Wijzigt u het wachtwoord of maakt u een nieuwe herstelcode, dan krijgt het bestand een nieuwe
            sleutel: het oude wachtwoord en de oude herstelcode openen dit bestand en de reservekopieën niet
            meer. Een kopie die eerder buiten Tafelwerk is gemaakt (bijvoorbeeld op een USB-stick), opent nog
            wel met het oude wachtwoord of de oude herstelcode, maar bevat niets van wat daarna is opgeslagen.
          </Text>
        )}
        <Group>
          {beveiligd ? (
            <>
              <Button variant="default" onClick={() => setOpen('wijzigen')}>
                Wachtwoord wijzigen…
              </Button>
              <Button variant="default" onClick={() => setOpen('herstelcode')}>
                Nieuwe herstelcode…
              </Button>
              <Button variant="outline" color="red.8" onClick={() => setOpen('uitzetten')}>
                Beveiliging uitzetten…
              </Button>
            </>
          ) : (
            <Button onClick={() => setOpen('instellen')} disabled={!document.data}>
              Wachtwoord instellen…
            </Button>
          )}
        </Group>
        <VergrendelInstelling />
      </Stack>
      <WachtwoordInstellenDialoog opened={open === 'instellen'} onClose={sluit} onIngesteld={toon(false)} />
      <WachtwoordWijzigenDialoog opened={open === 'wijzigen'} onClose={sluit} onGewijzigd={toon(true)} />
      <NieuweHerstelcodeDialoog opened={open === 'herstelcode'} onClose={sluit} onGemaakt={toon(true)} />
      <BeveiligingUitzettenDialoog opened={open === 'uitzetten'} onClose={sluit} />
      <HerstelcodeDialoog
        herstelcode={herstelcode?.code ?? null}
        vervangt={herstelcode?.vervangt}
        onClose={() => setHerstelcode(null)}
      />
    </section>
  );
}
