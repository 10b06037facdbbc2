import { Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ChannelName } from '../../../../shared/api/contract';
import { ApiError, useApiMutation } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { naOpenen } from '../../app/notify';
import { Waarschuwing } from '../../app/Waarschuwing';

/** The commands that open a file; a refusal because someone else has it open comes from these. */
const OPEN_KANALEN = new Set<string>([
  'document.openen',
  'document.openRecent',
  'document.openVoorbeeld',
  'document.herladen',
  'document.overnemen',
  'document.alleenLezen',
] satisfies ChannelName[]);

export const isInGebruik = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.error.code === 'BESTAND_IN_GEBRUIK';

/**
 * Asks what to do with a file someone else has open (on this or another computer). Main keeps the
 * refused file waiting; taking it over is never silent: the user reads who has it since when, and
 * what taking over means for them, and chooses it here.
 */
export function InGebruikDialoog() {
  const client = useQueryClient();
  const [melding, setMelding] = useState<string | null>(null);
  const overnemen = useApiMutation('document.overnemen');
  const alleenLezen = useApiMutation('document.alleenLezen');

  useEffect(
    () =>
      client.getMutationCache().subscribe((event) => {
        const kanaal = String(event.mutation?.options.mutationKey?.[0] ?? '');
        if (
          event.type === 'updated' &&
          event.action.type === 'error' &&
          OPEN_KANALEN.has(kanaal) &&
          isInGebruik(event.action.error)
        )
          setMelding(event.action.error.message);
      }),
    [client],
  );

  const sluit = () => setMelding(null);
  return (
    <Dialoog opened={melding !== null} onClose={sluit} title="Dit bestand is al geopend" size="lg">
      <Stack gap="md">
        <Text>{melding}</Text>
        <Text size="sm">
          Met &ldquo;Alleen lezen&rdquo; ziet u de gegevens zoals ze nu op schijf staan, zonder iets te
          wijzigen: de ander kan gewoon doorwerken.
        </Text>
        <Waarschuwing title="Alleen overnemen als u het zeker weet">
          Neemt u het bestand over, dan kan Tafelwerk daar de wijzigingen niet meer in dit bestand opslaan:
          het weigert dat en biedt daar &ldquo;Opslaan als…&rdquo; aan. Doe dit alleen als het bestand daar
          niet meer open is (bijvoorbeeld omdat die computer is vastgelopen), of na overleg.
        </Waarschuwing>
        <Group justify="flex-end">
          <Button variant="default" onClick={sluit}>
            Niet openen
          </Button>
          <Button
            variant="outline"
            color="red.8"
            loading={overnemen.isPending}
            onClick={() => {
              sluit();
              overnemen.mutate({}, naOpenen);
            }}
          >
            Toch openen (overnemen)
          </Button>
          <Button
            loading={alleenLezen.isPending}
            onClick={() => {
              sluit();
              alleenLezen.mutate({}, naOpenen);
            }}
          >
            Alleen lezen
          </Button>
        </Group>
      </Stack>
    </Dialoog>
  );
}
