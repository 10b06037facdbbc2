import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import {
  ACTIE_STATUS_LABEL,
  type Actiepunt,
  BIJEENKOMST_SOORT_LABEL,
  isVerlopen,
} from '../../../../shared/domain/bijeenkomsten';
import { formatDatum, vandaagIso } from '../../../../shared/format/nl';
import { useApiMutation } from '../../api/client';
import { toonFout } from '../../app/notify';
import { RijActiesKop } from '../../app/RijActiesKop';
import { meldMetOngedaan } from '../../ongedaan/melden';
import { GEMARKEERD, rijId, useInBeeld } from './inBeeld';
import { ActieKeten } from './Keten';
import { bijeenkomstHref } from './route';
import { actieInvoerVan, zetActieTerug } from './terugzetten';

interface Props {
  acties: Actiepunt[];
  onBewerken: (a: Actiepunt) => void;
  /** Show the meeting each action came from (the actielijst does; a meeting's own list need not). */
  metHerkomst?: boolean;
  /** The action a link led to: scrolled into view and highlighted. */
  gemarkeerd?: string | null;
}

/**
 * Actions with their deadline; an overdue one has a red row and says "Verlopen" in words, and one
 * whose deadline was moved later says how often, so an action that keeps slipping stands out.
 */
export function ActiesTabel({ acties, onBewerken, metHerkomst = false, gemarkeerd = null }: Props) {
  useInBeeld(gemarkeerd);
  const vandaag = vandaagIso();
  const opslaan = useApiMutation('bijeenkomsten.actieOpslaan');
  const afronden = (a: Actiepunt) =>
    opslaan.mutate(actieInvoerVan(a, { status: 'klaar' }), {
      onError: toonFout,
      onSuccess: () =>
        meldMetOngedaan(
          `Actie "${a.omschrijving}" gemarkeerd als klaar.`,
          `Actie "${a.omschrijving}" staat weer open.`,
          () => zetActieTerug(a),
        ),
    });
  return (
    <Table highlightOnHover aria-label="Acties">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Actie</Table.Th>
          <Table.Th>Eigenaar</Table.Th>
          <Table.Th>Uiterlijk</Table.Th>
          <Table.Th w={120}>Status</Table.Th>
          {metHerkomst && <Table.Th>Uit bijeenkomst</Table.Th>}
          <RijActiesKop />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {acties.map((a) => {
          const verlopen = isVerlopen(a, vandaag);
          return (
            <Table.Tr
              key={a.id}
              id={rijId(a.id)}
              bg={a.id === gemarkeerd ? GEMARKEERD : verlopen ? 'red.0' : undefined}
              data-gemarkeerd={a.id === gemarkeerd || undefined}
              data-testid="actie-rij"
              data-verlopen={verlopen}
            >
              <Table.Td>
                <Anchor component="button" type="button" onClick={() => onBewerken(a)} c="tafel.8" ta="left">
                  {a.omschrijving}
                </Anchor>
                <ActieKeten actie={a} />
              </Table.Td>
              <Table.Td>{a.eigenaar ?? '–'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c={verlopen ? 'red.9' : undefined} fw={verlopen ? 700 : undefined}>
                  {formatDatum(a.deadline) || '–'}
                </Text>
                {a.keerUitgesteld > 0 && (
                  // Slipping more than once is a warning; red.9 and gray.8 keep AA contrast on a red row.
                  <Text
                    size="xs"
                    c={a.keerUitgesteld > 1 ? 'red.9' : 'gray.8'}
                    fw={a.keerUitgesteld > 1 ? 600 : undefined}
                    data-testid="uitgesteld"
                  >
                    {a.keerUitgesteld}× uitgesteld
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {verlopen ? (
                  <Badge color="red.9" variant="filled" tt="none">
                    Verlopen
                  </Badge>
                ) : (
                  <Badge color={a.status === 'open' ? 'blue' : 'gray'} variant="light" tt="none">
                    {ACTIE_STATUS_LABEL[a.status]}
                  </Badge>
                )}
              </Table.Td>
              {metHerkomst && (
                // The kind may wrap onto its own line at 1024 pixels; the date itself never breaks.
                <Table.Td>
                  {a.bijeenkomstId ? (
                    <Anchor href={bijeenkomstHref(a.bijeenkomstId, 'acties', a.id)} size="sm" c="tafel.8">
                      {a.bijeenkomstSoort && `${BIJEENKOMST_SOORT_LABEL[a.bijeenkomstSoort]} `}
                      <span style={{ whiteSpace: 'nowrap' }}>{formatDatum(a.bijeenkomstDatum)}</span>
                    </Anchor>
                  ) : (
                    '–'
                  )}
                </Table.Td>
              )}
              <Table.Td ta="right">
                {a.status === 'open' && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => afronden(a)}
                    aria-label={`${a.omschrijving}: klaar`}
                  >
                    Klaar
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
