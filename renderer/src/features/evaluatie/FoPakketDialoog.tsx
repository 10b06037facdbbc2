import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { FoVoortgang } from './FoVoortgang';
import { useFoPakket } from './useFoPakket';
import { periodeTekst } from './weergave';

/**
 * "FO-pakket maken" from the palette: pick the evaluation (the newest is chosen) and make its
 * package, as the evaluation's own page does. The export keeps running when the dialog is closed:
 * its progress lives here, outside the modal, which unmounts its content when closed.
 */
export function FoPakketDialoog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const lijst = useApiQuery('evaluatie.lijst', {}, opened);
  const evaluaties = lijst.data ?? [];
  const [gekozen, setGekozen] = useState<string | null>(null);
  const id = gekozen ?? evaluaties[0]?.id ?? '';
  const fo = useFoPakket(id);

  return (
    <Dialoog opened={opened} onClose={onClose} title="FO-pakket maken">
      <Stack>
        {lijst.isSuccess && evaluaties.length === 0 ? (
          <Alert color="gray" title="Nog geen evaluaties">
            Een FO-pakket hoort bij een evaluatie. Maak eerst een evaluatie onder Evaluatie.
          </Alert>
        ) : (
          <>
            <Text size="sm">
              Het pakket bevat de vastgelegde cijfers, lessen en conclusies van de evaluatie, in één
              Excel-bestand.
            </Text>
            <Select
              label="Evaluatie"
              data={evaluaties.map((e) => ({
                value: e.id,
                label: `${e.titel} (${periodeTekst(e.periode)})`,
              }))}
              value={id || null}
              onChange={setGekozen}
              allowDeselect={false}
            />
          </>
        )}
        {fo.bezig && <FoVoortgang voortgang={fo.voortgang} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Sluiten
          </Button>
          <Button onClick={fo.maak} loading={fo.bezig} disabled={!id}>
            FO-pakket maken
          </Button>
        </Group>
      </Stack>
    </Dialoog>
  );
}
