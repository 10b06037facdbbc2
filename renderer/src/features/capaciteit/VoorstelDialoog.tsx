import { Alert, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import type { BordStap } from '../../../../shared/domain/capaciteit';
import { useApiMutation, useApiQuery } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { toonFout } from '../../app/notify';
import { RijActiesKop } from '../../app/RijActiesKop';
import { meldMetOngedaan, terugschrijven } from '../../ongedaan/melden';
import type { Periode } from './periode';
import { stapPeriode } from './weergave';

interface Props {
  /** The unassigned step to propose for; null when closed. */
  stap: BordStap | null;
  /** The menukaart option the step needs, by name. */
  optie: string;
  periode: Periode;
  onClose: () => void;
}

/** Organisations with a free place for a step, best first, each with why; the werkgroep picks. */
export function VoorstelDialoog({ stap, optie, periode, onClose }: Props) {
  const voorstellen = useApiQuery(
    'capaciteit.voorstellen',
    { stapId: stap?.stapId ?? '', ...periode },
    stap !== null,
  );
  const toewijzen = useApiMutation('capaciteit.toewijzen');

  const wijsToe = (organisatieId: string, organisatie: string) =>
    stap &&
    toewijzen.mutate(
      { stapId: stap.stapId, organisatieId },
      {
        onError: toonFout,
        onSuccess: ({ vorigeOrganisatieId }) => {
          meldMetOngedaan(
            `De stap van ${stap.kandidaatCode} is toegewezen aan ${organisatie}.`,
            `De stap van ${stap.kandidaatCode} is niet meer toegewezen aan ${organisatie}.`,
            () =>
              terugschrijven('capaciteit.toewijzingTerugzetten', {
                stapId: stap.stapId,
                organisatieId,
                vorigeOrganisatieId,
              }),
          );
          onClose();
        },
      },
    );

  return (
    <Dialoog
      opened={stap !== null}
      onClose={onClose}
      title={`Voorstel voor ${stap?.kandidaatCode ?? ''}`}
      size="lg"
    >
      <Stack>
        {stap && (
          <Text size="sm">
            {optie}, {stapPeriode(stap.van, stap.tot)}. De werkgroep beslist; Tafelwerk stelt alleen voor en
            legt uit waarom.
          </Text>
        )}
        {voorstellen.isError && <Alert color="red">{voorstellen.error.message}</Alert>}
        {voorstellen.isPending && <Loader aria-label="Voorstellen laden" />}
        {voorstellen.data?.length === 0 && (
          <Alert color="gray" title="Geen organisatie met een vrije plaats">
            Geen enkele organisatie heeft in deze periode een vrije plaats voor deze mogelijkheid. Voeg aanbod
            toe onder Aanbod, of wijs de stap toe in de leerlijn van de kandidaat.
          </Alert>
        )}
        {voorstellen.data && voorstellen.data.length > 0 && (
          <Table aria-label="Voorgestelde organisaties">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Organisatie</Table.Th>
                <Table.Th>Waarom</Table.Th>
                <Table.Th ta="right">Vrij</Table.Th>
                <RijActiesKop />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {voorstellen.data.map((v) => (
                <Table.Tr key={v.organisatieId}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {v.organisatie}
                    </Text>
                    {v.inGemeente && (
                      <Text size="xs" fw={600} c="tafel.9">
                        ✓ in de gemeente van de kandidaat
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{v.uitleg}</Text>
                  </Table.Td>
                  <Table.Td ta="right">{v.vrij}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      onClick={() => wijsToe(v.organisatieId, v.organisatie)}
                      loading={toewijzen.isPending && toewijzen.variables?.organisatieId === v.organisatieId}
                      aria-label={`Toewijzen aan ${v.organisatie}`}
                    >
                      Toewijzen
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Sluiten
          </Button>
        </Group>
      </Stack>
    </Dialoog>
  );
}
