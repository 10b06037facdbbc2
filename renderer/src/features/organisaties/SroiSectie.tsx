import { Anchor, Badge, Group, Select, Stack, Text } from '@mantine/core';
import type { OrganisatieContract, OrganisatieSroi } from '../../../../shared/domain/organisatie-pagina';
import { ditJaar } from '../../../../shared/klok';
import { ContractenTabel } from '../sroi/ContractenTabel';
import { euro, procentVan } from '../sroi/weergave';
import { Sectie } from './Sectie';

function Cijfer({ label, waarde, testId }: { label: string; waarde: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {waarde}
      </Text>
    </Stack>
  );
}

interface Props {
  sroi: OrganisatieSroi;
  contracten: OrganisatieContract[];
  onJaar: (jaar: number) => void;
}

/** The organisation's row of the SROI overview of a year, and the contracts behind it. */
export function SroiSectie({ sroi, contracten, onJaar }: Props) {
  const huidig = ditJaar();
  const { regel, jaar } = sroi;
  const gemeente = sroi.kant === 'gemeente';
  return (
    <Sectie id="sroi" titel="Contracten en SROI">
      <Group gap="xl" align="flex-end">
        <Select
          label="Jaar"
          data={[-2, -1, 0, 1, 2].map((d) => String(huidig + d))}
          value={String(jaar)}
          onChange={(j) => j && onJaar(Number(j))}
          allowDeselect={false}
          w={110}
        />
        {regel ? (
          <>
            <Cijfer
              label={`Verplichting ${jaar}`}
              waarde={euro(regel.verplichtingCent)}
              testId="sroi-verplichting"
            />
            <Cijfer
              label={`Gerealiseerd ${jaar}`}
              waarde={euro(regel.gerealiseerdCent)}
              testId="sroi-gerealiseerd"
            />
            <Cijfer
              label="Behaald"
              waarde={procentVan(regel.gerealiseerdCent, regel.verplichtingCent)}
              testId="sroi-behaald"
            />
            {regel.gebundeld && (
              <Badge variant="light" color="tafel" mb={6}>
                Gebundeld
              </Badge>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed" mb={8}>
            Geen SROI-verplichting en niets gerealiseerd in {jaar}.
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {gemeente
          ? 'Het deel van deze gemeente als opdrachtgever, '
          : 'Wat deze aanbieder moet en heeft gerealiseerd, '}
        zoals het{' '}
        <Anchor href="#/sroi" c="tafel.8" underline="always" inherit>
          SROI-overzicht
        </Anchor>{' '}
        het telt.
      </Text>
      {contracten.length > 0 ? (
        <ContractenTabel
          contracten={contracten.map((c) => c.contract)}
          labelledBy="kop-sroi"
          naam={{ kop: 'Contract', cel: (c) => c.naam }}
          met={
            gemeente
              ? {
                  kop: 'Opdrachtnemer',
                  cel: (c) => (
                    <Anchor href={`#/organisaties/${c.opdrachtnemerId}`} c="tafel.8" inherit>
                      {c.opdrachtnemer}
                    </Anchor>
                  ),
                }
              : { kop: 'Opdrachtgevers', cel: (c) => c.opdrachtgevers.map((o) => o.gemeente).join(', ') }
          }
        />
      ) : (
        <Text size="sm" c="dimmed">
          {gemeente ? 'Nog geen contract met deze gemeente als opdrachtgever.' : 'Nog geen contract.'} Voeg er
          een toe onder{' '}
          <Anchor href="#/sroi/contracten" c="tafel.8" underline="always" inherit>
            SROI → Contracten
          </Anchor>
          .
        </Text>
      )}
    </Sectie>
  );
}
