import { ActionIcon, Anchor, Button, Group, List, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import {
  ACTIE_STATUS_LABEL,
  type Actiepunt,
  type Besluit,
  type BijeenkomstDetail,
} from '../../../../shared/domain/bijeenkomsten';
import { formatDatum, meervoud } from '../../../../shared/format/nl';
import { useApiMutation } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';
import { RijActiesKop } from '../../app/RijActiesKop';
import { useBewaarTijdensTypen } from '../../app/useBewaarTijdensTypen';
import { Verwijderen } from '../../app/Verwijderen';
import { meldVerwijderd } from '../../ongedaan/melden';
import { GEMARKEERD, rijId, useInBeeld } from './inBeeld';
import { ActiviteitLink, KetenKeuze, useActiviteitKeuzes } from './Keten';
import { koppelBesluitActiesTerug } from './terugzetten';

const leeg = (): Concept => ({ tekst: '', activiteitId: null });
// A decision gets its number only when the user records it: the draft is never sent by itself.
const nooitVanzelf = () => ({ tekst: 'Nog niet vastgelegd.' });

/** A besluit typed but not yet recorded, with the activity chosen for it. */
interface Concept {
  tekst: string;
  activiteitId: string | null;
}
const nietsVerzonden = () => Promise.resolve();

interface Props {
  bijeenkomst: BijeenkomstDetail;
  /** The besluit a link led to: scrolled into view and highlighted. */
  gemarkeerd?: string | null;
  /** Opens the action form for a new action under this besluit. */
  onActieToevoegen: (besluitId: string) => void;
  onActieBewerken: (a: Actiepunt) => void;
}

/** "Werkbedrijf · uiterlijk 01-12-2026 · open · uit bijeenkomst 10-11-2026": an action's details in one line. */
function actieDetails(a: Actiepunt, bijeenkomstId: string): string {
  return [
    a.eigenaar,
    a.deadline && `uiterlijk ${formatDatum(a.deadline)}`,
    ACTIE_STATUS_LABEL[a.status].toLowerCase(),
    a.bijeenkomstId !== bijeenkomstId &&
      a.bijeenkomstDatum &&
      `uit bijeenkomst ${formatDatum(a.bijeenkomstDatum)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The actions that follow from one besluit, each opening its form; from another meeting, it says which. */
function BesluitActies({
  acties,
  bijeenkomstId,
  onBewerken,
}: {
  acties: Actiepunt[];
  bijeenkomstId: string;
  onBewerken: (a: Actiepunt) => void;
}) {
  if (acties.length === 0) return null;
  return (
    <List size="sm" mt={4} spacing={2} data-testid="besluit-acties">
      {acties.map((a) => (
        <List.Item key={a.id}>
          {/* Two lines, each whole: the action, then who, by when, its status (and from where).
              On one line a long action wrapped into the middle of the details at 1024 pixels. */}
          <Anchor
            component="button"
            type="button"
            size="sm"
            c="tafel.8"
            underline="always"
            ta="left"
            onClick={() => onBewerken(a)}
          >
            {a.omschrijving}
          </Anchor>
          <Text size="xs" c="gray.8" data-testid="besluit-actie-details">
            {actieDetails(a, bijeenkomstId)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/**
 * This meeting's decisions, and a field to record a new one; it gets the next number of the
 * besluitenlijst. A decision can be reworded and linked to the planning activity it concerns;
 * removing one leaves its number unused. Under each, the actions that follow from it.
 */
export function BesluitenSectie({
  bijeenkomst,
  gemarkeerd = null,
  onActieToevoegen,
  onActieBewerken,
}: Props) {
  useInBeeld(gemarkeerd);
  // The draft (text and activity) lives in the typing store, not in React: it survives another tab
  // and another page, and the header says *Niet opgeslagen* while it is there; so does the field.
  const concept = useBewaarTijdensTypen<null, Concept>({
    sleutel: `besluit:${bijeenkomst.id}`,
    bron: null,
    uitBron: leeg,
    opslaan: nietsVerzonden,
    controleer: nooitVanzelf,
  });
  const tekst = concept.v.tekst;
  const setTekst = (t: string) => concept.zet('tekst', t);
  const activiteitId = concept.v.activiteitId;
  const setActiviteitId = (id: string | null) => concept.zet('activiteitId', id);
  const [bewerk, setBewerk] = useState<{
    besluit: Besluit;
    tekst: string;
    activiteitId: string | null;
  } | null>(null);
  const activiteiten = useActiviteitKeuzes();
  const opslaan = useApiMutation('bijeenkomsten.besluitOpslaan');
  const verwijder = useApiMutation('bijeenkomsten.besluitVerwijderen');
  const [weg, setWeg] = useState<Besluit | null>(null);

  const [zonderTekst, setZonderTekst] = useState(false);
  const vastleggen = () => {
    // A missing text is said at the field, like in every form, not as a failure notice.
    if (tekst.trim() === '') return setZonderTekst(true);
    opslaan.mutate(
      { bijeenkomstId: bijeenkomst.id, tekst, activiteitId },
      {
        onError: toonFout,
        onSuccess: (b) => {
          concept.zetAlles(leeg());
          toonSucces(`Besluit ${b.besluiten.at(-1)?.nummer ?? ''} is vastgelegd.`);
        },
      },
    );
  };
  const wijzigen = () =>
    bewerk &&
    opslaan.mutate(
      {
        id: bewerk.besluit.id,
        bijeenkomstId: bijeenkomst.id,
        tekst: bewerk.tekst,
        activiteitId: bewerk.activiteitId,
      },
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
              <RijActiesKop w={200} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bijeenkomst.besluiten.map((b) => (
              <Table.Tr
                key={b.id}
                id={rijId(b.id)}
                bg={b.id === gemarkeerd ? GEMARKEERD : undefined}
                data-gemarkeerd={b.id === gemarkeerd || undefined}
              >
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
                        onChange={(e) => setBewerk({ ...bewerk, tekst: e.currentTarget.value })}
                        autosize
                      />
                      <KetenKeuze
                        w={240}
                        aria-label={`Activiteit van besluit ${b.nummer}`}
                        placeholder="Geen activiteit"
                        data={activiteiten}
                        value={bewerk.activiteitId}
                        onChange={(id) => setBewerk({ ...bewerk, activiteitId: id })}
                      />
                      <Button size="compact-sm" onClick={wijzigen} loading={opslaan.isPending}>
                        Opslaan
                      </Button>
                      <Button size="compact-sm" variant="default" onClick={() => setBewerk(null)}>
                        Annuleren
                      </Button>
                    </Group>
                  ) : (
                    <>
                      <Text style={{ whiteSpace: 'pre-wrap' }}>{b.tekst}</Text>
                      {b.activiteitId && b.activiteitTitel && (
                        <Text size="xs" c="gray.8" data-testid="besluit-activiteit">
                          Activiteit: <ActiviteitLink id={b.activiteitId} titel={b.activiteitTitel} />
                        </Text>
                      )}
                    </>
                  )}
                  <BesluitActies
                    acties={bijeenkomst.actiesBijBesluiten.filter((a) => a.besluitId === b.id)}
                    bijeenkomstId={bijeenkomst.id}
                    onBewerken={onActieBewerken}
                  />
                </Table.Td>
                <Table.Td ta="right">
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={`Actie toevoegen bij besluit ${b.nummer}`}
                      onClick={() => onActieToevoegen(b.id)}
                    >
                      Actie toevoegen
                    </Button>
                    <ActionIcon
                      variant="default"
                      aria-label={`Besluit ${b.nummer} wijzigen`}
                      onClick={() => setBewerk({ besluit: b, tekst: b.tekst, activiteitId: b.activiteitId })}
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
          error={zonderTekst && tekst.trim() === '' ? 'Vul eerst de tekst van het besluit in.' : undefined}
          onChange={(e) => {
            setZonderTekst(false);
            setTekst(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              vastleggen();
            }
          }}
          aria-describedby={tekst.trim() ? 'besluit-concept' : undefined}
          autosize
          minRows={1}
        />
        <KetenKeuze
          w={240}
          label="Activiteit in de planning"
          data={activiteiten}
          value={activiteitId}
          onChange={setActiviteitId}
        />
        <Button onClick={vastleggen} loading={opslaan.isPending}>
          Besluit vastleggen
        </Button>
      </Group>
      {/* A typed besluit is kept (another tab or page does not lose it) but is no besluit yet: say
          so here, where the user looks, rather than only as *Niet opgeslagen* in the header. */}
      {tekst.trim() !== '' && (
        // gray.8 keeps AA contrast (orange.9 does not); the words carry the warning.
        <Text id="besluit-concept" size="sm" c="gray.8" mt={-8} data-testid="besluit-concept">
          <b>Nog niet toegevoegd:</b> klik op <b>Besluit vastleggen</b> (of Ctrl+Enter) om het een nummer te
          geven.
        </Text>
      )}
      <Verwijderen
        opened={weg !== null}
        vraag={`Besluit ${weg?.nummer} verwijderen? Het nummer wordt daarna niet opnieuw gebruikt.${volgendeActies(
          bijeenkomst.actiesBijBesluiten.filter((a) => a.besluitId === weg?.id).length,
        )}`}
        bezig={verwijder.isPending}
        onClose={() => setWeg(null)}
        onBevestig={() =>
          weg &&
          verwijder.mutate(
            { id: weg.id },
            {
              onError: toonFout,
              onSuccess: () =>
                meldVerwijderd(
                  `Besluit ${weg.nummer}`,
                  'besluit',
                  weg.id,
                  koppelBesluitActiesTerug(bijeenkomst, weg.id),
                ),
              onSettled: () => setWeg(null),
            },
          )
        }
      />
    </Stack>
  );
}

/** What a besluit's removal does to its actions: they stay, no longer linked (undo links them again). */
const volgendeActies = (n: number) =>
  n === 0
    ? ''
    : ` ${n === 1 ? 'De actie' : `De ${meervoud(n, 'actie', 'acties')}`} die eruit ${n === 1 ? 'volgt, blijft' : 'volgen, blijven'} staan, zonder besluit.`;
