import { Button, Popover, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatBedrag, parseBedrag } from '../../../../shared/format/nl';
import { useApiMutation, useApiQuery } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';

/**
 * The monthly benefit amount behind the savings estimate. It is a setting of the werkgroep file,
 * so changing it here changes the estimate everywhere the live figures are shown.
 */
export function BedragPerMaand() {
  const [open, setOpen] = useState(false);
  const [tekst, setTekst] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const huidig = useApiQuery('monitoring.bedragPerMaand', {});
  const instellen = useApiMutation('monitoring.bedragPerMaandInstellen');

  const openen = () => {
    setTekst(huidig.data ? formatBedrag(huidig.data.uitkeringPerMaandCent).replace('€ ', '') : '');
    setFout(null);
    setOpen(true);
  };
  const opslaan = () => {
    const cent = parseBedrag(tekst);
    if (cent === null || cent <= 0) return setFout('Vul een bedrag in, bijvoorbeeld 1.250,00.');
    instellen.mutate(
      { uitkeringPerMaandCent: cent },
      {
        onError: toonFout,
        onSuccess: (r) => {
          toonSucces(`De schatting rekent nu met ${formatBedrag(r.uitkeringPerMaandCent)} per maand.`);
          setOpen(false);
        },
      },
    );
  };

  return (
    <Popover opened={open} onChange={setOpen} trapFocus position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          mt="xs"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => (open ? setOpen(false) : openen())}
        >
          Bedrag per maand aanpassen
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            opslaan();
          }}
          noValidate
        >
          <Stack gap="xs" w={260}>
            <TextInput
              label="Uitkering per maand (€)"
              value={tekst}
              onChange={(e) => {
                setTekst(e.currentTarget.value);
                setFout(null);
              }}
              error={fout}
              data-autofocus
            />
            <Text size="xs" c="dimmed">
              Gemiddeld bedrag dat een kandidaat per maand aan uitkering ontvangt. Alleen voor de schatting.
            </Text>
            <Button type="submit" loading={instellen.isPending}>
              Opslaan
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
