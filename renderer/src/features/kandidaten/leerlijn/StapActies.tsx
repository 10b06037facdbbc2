import { ActionIcon, Group, Stack } from '@mantine/core';
import type { Stap } from '../../../../../shared/domain/kandidaten';
import { useApiMutation } from '../../../api/client';
import { toonFout, toonSucces } from '../../../app/notify';
import { RijActies } from '../../../app/RijActies';

interface Props {
  stap: Stap;
  /** 1-based position, for labels that say which step a button is about. */
  nummer: number;
  /** The ids in the current order; moving swaps two neighbours and sends the whole order. */
  volgorde: string[];
  onBewerken: () => void;
}

/** Move up/down, edit, and delete after a question in a dialog. */
export function StapActies({ stap, nummer, volgorde, onBewerken }: Props) {
  const verplaatsen = useApiMutation('kandidaten.stapVolgorde');
  const verwijderen = useApiMutation('kandidaten.stapVerwijderen');
  const plek = volgorde.indexOf(stap.id);
  const wat = `Stap ${nummer} (${stap.optie})`;

  const verplaats = (richting: -1 | 1) => {
    const nieuw = [...volgorde];
    const ander = plek + richting;
    [nieuw[plek], nieuw[ander]] = [nieuw[ander] as string, nieuw[plek] as string];
    verplaatsen.mutate({ kandidaatId: stap.kandidaatId, stapIds: nieuw }, { onError: toonFout });
  };
  const weg = (klaar: () => void) =>
    verwijderen.mutate(
      { id: stap.id },
      {
        onError: toonFout,
        onSuccess: () => toonSucces('De stap is verwijderd uit de leerlijn.'),
        onSettled: klaar,
      },
    );

  // Short rows (move; edit; delete) keep the column narrow enough for the table to fit.
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
      <RijActies wat={wat} onBewerken={onBewerken} onVerwijderen={weg} bezig={verwijderen.isPending} />
    </Stack>
  );
}
