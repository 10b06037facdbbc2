import { Alert, Text } from '@mantine/core';
import type { Area } from '../../app/navigation';

/** An honest placeholder: says the area is not built yet and what it will hold. */
export function NogNietGebouwd({ area }: { area: Area }) {
  return (
    <Alert color="gray" title="Dit onderdeel is nog niet gebouwd" maw={720}>
      <Text size="sm">
        Hier komt {area.komt}. Tot die tijd staan de gegevens van dit onderdeel nog niet in Tafelwerk; wat u
        elders bijhoudt, blijft daar.
      </Text>
    </Alert>
  );
}
