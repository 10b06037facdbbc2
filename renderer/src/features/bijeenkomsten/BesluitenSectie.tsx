import { ActionIcon, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Besluit, BijeenkomstDetail } from '../../../../shared/domain/bijeenkomsten';
import { useApiMutation } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';
import { useBewaarTijdensTypen } from '../../app/useBewaarTijdensTypen';
import { Verwijderen } from '../../app/Verwijderen';
import { meldVerwijderd } from '../../ongedaan/melden';

const leeg = () => ({ tekst: '' });
// A decision gets its number only when the user records it: the draft is never sent by itself.
const nooitVanzelf = () => ({ tekst: 'Nog niet vastgelegd.' });
const nietsVerzonden = () => Promise.resolve();

/**
 * This meeting's decisions, and a field to record a new one; it gets the next number of the
 * besluitenlijst. A decision can be reworded; removing one leaves its number unused.
 */
export function BesluitenSectie({ bijeenkomst }: { bijeenkomst: BijeenkomstDetail }) {
  // The draft lives in the typing store, not in React: it survives another page, and the header
  // says *Niet opgeslagen* while it is there.
  const concept = useBewaarTijdensTypen({
    sleutel: `besluit:${bijeenkomst.id}`,
    bron: null,
    uitBron: leeg,
    opslaan: nietsVerzonden,
    controleer: nooitVanzelf,
  });
  const tekst = concept.v.tekst;
  const setTekst = (t: string) => concept.zet('tekst', t);
  const [bewerk, setBewerk] = useState<{ besluit: Besluit; tekst: string } | null>(null);
  const opslaan = useApiMutation('bijeenkomsten.besluitOpslaan');
  const verwijder = useApiMutation('bijeenkomsten.besluitVerwijderen');
  const [weg, setWeg] = useState<Besluit | null>(null);

  const vastleggen = () => {
    if (tekst.trim() === '') return toonFout(new Error('Vul de tekst van het besluit in.'));
    opslaan.mutate(
      { bijeenkomstId: bijeenkomst.id, tekst },
      {
        onError: toonFout,
        onSuccess: (b) => {
          setTekst('');
          toonSucces(`Besluit ${b.besluiten.at(-1)?.nummer ?? ''} is vastgelegd.`);
        },
      },
    );
  };
  const wijzigen = () =>
    bewerk &&
    opslaan.mutate(
      { id: bewerk.besluit.id, bijeenkomstId: bijeenkomst.id, tekst: bewerk.tekst },
      { onError: toonFout, onSuccess: () => setBewerk(null) },
    );

  return (
    <Stack>
      {bijeenkomst.besluiten.length === 0 ? (
        <Text c="dimmed">In deze bijeenkomst is nog niets besloten.</Text>
      ) : (
        <Table aria-label="Besluiten van deze bijeenkomst">
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="right" w={60}>
                Nr.
              </Table.Th>
              <Table.Th>Besluit</Table.Th>
              <Table.Th w={110} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bijeenkomst.besluiten.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td ta="right" fw={600}>
                  {b.nummer}
                </Table.Td>
                <Table.Td>
                  {bewerk?.besluit.id === b.id ? (
                    <Group align="flex-end">
                      <Textarea
                        style={{ flex: 1 }}
                        aria-label={`Tekst van besluit ${b.nummer}`}
                        value={bewerk.tekst}
                        onChange={(e) => setBewerk({ besluit: b, tekst: e.currentTarget.value })}
                        autosize
                      />
                      <Button size="compact-sm" onClick={wijzigen} loading={opslaan.isPending}>
                        Opslaan
                      </Button>
                      <Button size="compact-sm" variant="default" onClick={() => setBewerk(null)}>
                        Annuleren
                      </Button>
                    </Group>
                  ) : (
                    <Text style={{ whiteSpace: 'pre-wrap' }}>{b.tekst}</Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <ActionIcon
                      variant="default"
                      aria-label={`Besluit ${b.nummer} wijzigen`}
                      onClick={() => setBewerk({ besluit: b, tekst: b.tekst })}
                    >
                      ✎
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      aria-label={`Besluit ${b.nummer} verwijderen`}
                      onClick={() => setWeg(b)}
                    >
                      ✕
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end">
        <Textarea
          style={{ flex: 1 }}
          label="Nieuw besluit"
          placeholder="Wat heeft de bijeenkomst besloten?"
          value={tekst}
          onChange={(e) => setTekst(e.currentTarget.value)}
          autosize
          minRows={1}
        />
        <Button onClick={vastleggen} loading={opslaan.isPending}>
          Besluit vastleggen
        </Button>
      </Group>
      <Verwijderen
        opened={weg !== null}
        vraag={`Besluit ${weg?.nummer} verwijderen? Het nummer wordt daarna niet opnieuw gebruikt.`}
        bezig={verwijder.isPending}
        onClose={() => setWeg(null)}
        onBevestig={() =>
          weg &&
          verwijder.mutate(
            { id: weg.id },
            {
              onError: toonFout,
              onSuccess: () => meldVerwijderd(`Besluit ${weg.nummer} verwijderd.`, 'besluit', weg.id),
              onSettled: () => setWeg(null),
            },
          )
        }
      />
    </Stack>
  );
}
