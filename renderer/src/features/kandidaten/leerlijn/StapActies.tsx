import { ActionIcon, Button, Group, Stack, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { Stap } from '../../../../../shared/domain/kandidaten';
import { useApiMutation } from '../../../api/client';
import { toonFout, toonSucces } from '../../../app/notify';

interface Props {
  stap: Stap;
  /** 1-based position, for labels that say which step a button is about. */
  nummer: number;
  /** The ids in the current order; moving swaps two neighbours and sends the whole order. */
  volgorde: string[];
  onBewerken: () => void;
}

/** Move up/down, edit, and delete with a second click in the row itself. */
export function StapActies({ stap, nummer, volgorde, onBewerken }: Props) {
  const verplaatsen = useApiMutation('leerlijn.volgorde');
  const verwijderen = useApiMutation('leerlijn.stapVerwijderen');
  const [bevestig, setBevestig] = useState(false);
  const plek = volgorde.indexOf(stap.id);
  const wat = `stap ${nummer} (${stap.optie})`;

  const verplaats = (richting: -1 | 1) => {
    const nieuw = [...volgorde];
    const ander = plek + richting;
    [nieuw[plek], nieuw[ander]] = [nieuw[ander] as string, nieuw[plek] as string];
    verplaatsen.mutate({ kandidaatId: stap.kandidaatId, stapIds: nieuw }, { onError: toonFout });
  };
  const weg = () =>
    verwijderen.mutate(
      { id: stap.id },
      {
        onError: toonFout,
        onSuccess: () => toonSucces('De stap is verwijderd uit de leerlijn.'),
        onSettled: () => setBevestig(false),
      },
    );

  // Two short rows (move; edit and delete) keep the column narrow enough for the table to fit.
  return (
    <Stack gap={4} align="flex-end">
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          variant="subtle"
          onClick={() => verplaats(-1)}
          disabled={plek <= 0 || verplaatsen.isPending}
          aria-label={`${wat} omhoog`}
        >
          ↑
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          onClick={() => verplaats(1)}
          disabled={plek >= volgorde.length - 1 || verplaatsen.isPending}
          aria-label={`${wat} omlaag`}
        >
          ↓
        </ActionIcon>
      </Group>
      <Group gap={8} wrap="nowrap">
        <UnstyledButton c="tafel.8" fz="sm" onClick={onBewerken} aria-label={`${wat} bewerken`}>
          Bewerken
        </UnstyledButton>
        {bevestig ? (
          <>
            <Button size="compact-xs" color="red.9" onClick={weg} loading={verwijderen.isPending}>
              Ja, verwijderen
            </Button>
            <Button size="compact-xs" variant="default" onClick={() => setBevestig(false)}>
              Nee
            </Button>
          </>
        ) : (
          <UnstyledButton
            c="red.9"
            fz="sm"
            onClick={() => setBevestig(true)}
            aria-label={`${wat} verwijderen`}
          >
            Verwijderen
          </UnstyledButton>
        )}
      </Group>
    </Stack>
  );
}
