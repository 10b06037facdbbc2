import { Box, SimpleGrid, Text } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import type { Organisatie } from '../../../../shared/domain/organisaties';
import { SOORT_LABEL } from '../../../../shared/domain/organisaties';
import { Sectie } from './Sectie';
import { capaciteit, werkgebiedTekst } from './weergave';

const LIJST: CSSProperties = { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px' };

/** Label beside value, as a description list, so a screen reader reads the pair together. */
function Gegevens({ regels }: { regels: [string, ReactNode][] }) {
  return (
    <Box component="dl" m={0} style={LIJST}>
      {regels.map(([label, waarde]) => [
        <Text key={`${label}-dt`} component="dt" size="sm" c="dimmed">
          {label}
        </Text>,
        <Text key={`${label}-dd`} component="dd" size="sm" m={0}>
          {waarde}
        </Text>,
      ])}
    </Box>
  );
}

/** What the organisation is, and whom to call: side by side on a wide screen. */
export function GegevensSecties({ organisatie: o }: { organisatie: Organisatie }) {
  const contact: [string, ReactNode][] = (
    [
      ['Naam', o.contactpersoon],
      ['E-mail', o.email],
      ['Telefoon', o.telefoon],
    ] as [string, string | null][]
  ).filter((r): r is [string, string] => Boolean(r[1]));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
      <Sectie id="gegevens" titel="Gegevens">
        <Gegevens
          regels={[
            ['Soort', SOORT_LABEL[o.soort]],
            ['Werkgebied', werkgebiedTekst(o) || 'Nog geen gemeenten gekozen'],
            ['Capaciteit', capaciteit(o) || 'Geen jaaromzet of fte bekend'],
            ['Status', o.gearchiveerdOp ? 'Gearchiveerd' : 'Actief'],
          ]}
        />
      </Sectie>
      {/* "Contactpersoon" only when a person is named: a phone number alone is the organisation's own. */}
      <Sectie id="contact" titel={o.contactpersoon ? 'Contactpersoon' : 'Contact'}>
        {contact.length > 0 ? (
          <Gegevens regels={contact} />
        ) : (
          <Text size="sm" c="dimmed">
            Nog geen contactgegevens vastgelegd. Vul een contactpersoon, e-mail of telefoon in met
            "Organisatie bewerken".
          </Text>
        )}
      </Sectie>
    </SimpleGrid>
  );
}
