import { ActionIcon, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BijeenkomstDetail } from '../../../../shared/domain/bijeenkomsten';
import { useApiMutation } from '../../api/client';
import { toonFout, toonSucces } from '../../app/notify';

interface Rij {
  sleutel: string;
  naam: string;
  rol: string;
  aanwezig: boolean;
}

const uit = (b: Pick<BijeenkomstDetail, 'aanwezigen'>): Rij[] =>
  b.aanwezigen.map((a) => ({ sleutel: a.id, naam: a.naam, rol: a.rol ?? '', aanwezig: a.aanwezig }));

/** Who was there and who sent apologies. Members in their working role, never candidates. */
export function AanwezigenEditor({ bijeenkomst }: { bijeenkomst: BijeenkomstDetail }) {
  const [rijen, setRijen] = useState<Rij[]>(() => uit(bijeenkomst));
  const [gewijzigd, setGewijzigd] = useState(false);
  useEffect(() => {
    setRijen(uit({ aanwezigen: bijeenkomst.aanwezigen }));
    setGewijzigd(false);
    // Structural sharing keeps this reference while the saved aanwezigen is unchanged, so a refetch
    // after another change on the page (a decision, an action) does not wipe unsaved typing.
  }, [bijeenkomst.aanwezigen]);
  const opslaan = useApiMutation('bijeenkomsten.aanwezigenOpslaan');
  const zet = (nieuw: Rij[]) => {
    setRijen(nieuw);
    setGewijzigd(true);
  };
  const wijzig = (i: number, deel: Partial<Rij>) =>
    zet(rijen.map((r, j) => (j === i ? { ...r, ...deel } : r)));
  const bewaar = () =>
    opslaan.mutate(
      {
        bijeenkomstId: bijeenkomst.id,
        aanwezigen: rijen.map((r) => ({ naam: r.naam, rol: r.rol, aanwezig: r.aanwezig })),
      },
      { onError: toonFout, onSuccess: () => toonSucces('De aanwezigen zijn opgeslagen.') },
    );
  return (
    <Stack>
      {rijen.length === 0 && <Text c="dimmed">Nog niemand ingevuld.</Text>}
      {rijen.map((r, i) => (
        <Group key={r.sleutel} wrap="nowrap" align="flex-end" data-testid="aanwezige">
          <TextInput
            label={i === 0 ? 'Naam' : undefined}
            aria-label={`Naam ${i + 1}`}
            value={r.naam}
            onChange={(e) => wijzig(i, { naam: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <TextInput
            label={i === 0 ? 'Organisatie of rol' : undefined}
            aria-label={`Organisatie of rol ${i + 1}`}
            value={r.rol}
            onChange={(e) => wijzig(i, { rol: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <SegmentedControl
            aria-label={`Aanwezigheid ${i + 1}`}
            value={r.aanwezig ? 'aanwezig' : 'afgemeld'}
            onChange={(v) => wijzig(i, { aanwezig: v === 'aanwezig' })}
            data={[
              { value: 'aanwezig', label: 'Aanwezig' },
              { value: 'afgemeld', label: 'Afgemeld' },
            ]}
          />
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={`${r.naam || `Rij ${i + 1}`} verwijderen`}
            onClick={() => zet(rijen.filter((_, j) => j !== i))}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group justify="space-between">
        <Button
          variant="default"
          onClick={() => zet([...rijen, { sleutel: crypto.randomUUID(), naam: '', rol: '', aanwezig: true }])}
        >
          Persoon toevoegen
        </Button>
        <Button onClick={bewaar} loading={opslaan.isPending} disabled={!gewijzigd}>
          Aanwezigen opslaan
        </Button>
      </Group>
    </Stack>
  );
}
