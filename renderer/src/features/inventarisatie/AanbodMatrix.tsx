import { Table, VisuallyHidden } from '@mantine/core';
import type { RondeResultaten } from '../../../../shared/domain/inventarisatie';

interface Props {
  opties: RondeResultaten['opties'];
  matrix: RondeResultaten['matrix'];
}

// A light tint with the normal dark text keeps the contrast while offered cells stand out.
const AANGEBODEN = { backgroundColor: 'var(--mantine-color-tafel-0)', fontWeight: 600 };

/** Per organisation what it can offer from the menukaart: places, or ✓ when offered without a number. */
export function AanbodMatrix({ opties, matrix }: Props) {
  const totalen = opties.map((o) => {
    const aangeboden = matrix.filter((r) => r.aanbod[o.code] != null);
    return {
      code: o.code,
      organisaties: aangeboden.length,
      plaatsen: aangeboden.reduce((som, r) => som + (r.aanbod[o.code] ?? 0), 0),
    };
  });
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder withColumnBorders horizontalSpacing={6} aria-label="Aanbod per organisatie">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Organisatie</Table.Th>
            {opties.map((o) => (
              <Table.Th key={o.code} ta="center" fz="xs" style={{ verticalAlign: 'bottom' }}>
                {o.naam}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.map((r) => (
            <Table.Tr key={r.organisatieId}>
              <Table.Th scope="row" fw={600} miw={120}>
                {r.organisatie}
              </Table.Th>
              {opties.map((o) => {
                const plaatsen = r.aanbod[o.code];
                return (
                  <Table.Td key={o.code} ta="center" style={plaatsen == null ? undefined : AANGEBODEN}>
                    {plaatsen == null ? (
                      <VisuallyHidden>niet aangeboden</VisuallyHidden>
                    ) : plaatsen === 0 ? (
                      <>
                        <span aria-hidden>✓</span>
                        <VisuallyHidden>aangeboden, aantal onbekend</VisuallyHidden>
                      </>
                    ) : (
                      plaatsen
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot style={{ borderTop: '2px solid var(--mantine-color-gray-5)' }}>
          <Table.Tr>
            <Table.Th scope="row">Totaal plaatsen</Table.Th>
            {totalen.map((t) => (
              <Table.Td key={t.code} ta="center" fw={700} data-testid={`plaatsen-${t.code}`}>
                {t.plaatsen}
              </Table.Td>
            ))}
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Organisaties</Table.Th>
            {totalen.map((t) => (
              <Table.Td key={t.code} ta="center" data-testid={`organisaties-${t.code}`}>
                {t.organisaties}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
