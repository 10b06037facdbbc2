import { Button, Group, List, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  binnenkomendZin,
  optieTekst,
  type SamenvoegVerslag,
  type SamenvoegVoorbeeld,
  verslagZin,
  vervallenZin,
} from '../../../../shared/domain/samenvoegen';
import { meervoud } from '../../../../shared/format/nl';
import { ApiError, useApiMutation } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { toonFout } from '../../app/notify';
import { Waarschuwing } from '../../app/Waarschuwing';
import { BeveiligdeKopieOntgrendelen } from './BeveiligdeKopieOntgrendelen';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/**
 * Bestand → Samenvoegen met…: main asks which copy (a protected one first asks its passphrase), then this shows what comes in per area and
 * every conflict with both values, who and when, the proposal chosen. Nothing is written until
 * *Samenvoegen*; afterwards the report says what was chosen and what was not.
 */
export function SamenvoegenDialoog({ opened, onClose }: Props) {
  const kiezen = useApiMutation('samenvoegen.kiezen');
  const toepassen = useApiMutation('samenvoegen.toepassen');
  const annuleren = useApiMutation('samenvoegen.annuleren');
  const [voorbeeld, setVoorbeeld] = useState<SamenvoegVoorbeeld | null>(null);
  const [keuzes, setKeuzes] = useState<Record<string, number>>({});
  const [verslag, setVerslag] = useState<SamenvoegVerslag | null>(null);
  /** Main's sentence about a protected copy waiting for its passphrase. */
  const [beveiligd, setBeveiligd] = useState<string | null>(null);

  // Opening the dialog asks main for the copy; cancelling the file chooser closes it again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per opening, not per render.
  useEffect(() => {
    if (!opened) return;
    setVoorbeeld(null);
    setVerslag(null);
    setKeuzes({});
    setBeveiligd(null);
    kiezen.mutate(
      {},
      {
        onSuccess: (v) => (v ? setVoorbeeld(v) : onClose()),
        onError: (e) => {
          if (e instanceof ApiError && e.error.code === 'WACHTWOORD_NODIG') return setBeveiligd(e.message);
          toonFout(e);
          onClose();
        },
      },
    );
  }, [opened]);

  if (!opened) return null;
  if (beveiligd && !voorbeeld && !verslag)
    return <BeveiligdeKopieOntgrendelen melding={beveiligd} onVoorbeeld={setVoorbeeld} onClose={onClose} />;
  if (!voorbeeld && !verslag) return null;

  const sluiten = () => {
    if (voorbeeld && !verslag) annuleren.mutate({ token: voorbeeld.token });
    onClose();
  };

  if (verslag)
    return (
      <Dialoog opened onClose={onClose} title={`Samengevoegd met ${verslag.naam}`} size="lg">
        <Stack>
          <Text>{verslagZin(verslag)}</Text>
          {verslag.besluiten.length > 0 && (
            <>
              <Title order={3} size="h5">
                Beslist
              </Title>
              <List size="sm" spacing="xs">
                {verslag.besluiten.map((b) => (
                  <List.Item key={b.omschrijving}>
                    {b.omschrijving}
                    {/* One line each, so a value is read whole, not split over the choice's wrap. */}
                    <Text size="sm">Gekozen: {b.gekozen}.</Text>
                    {b.nietGekozen.length > 0 && (
                      <Text size="sm">Niet gekozen: {b.nietGekozen.join('; ')}.</Text>
                    )}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <Group justify="flex-end">
            <Button onClick={onClose}>Sluiten</Button>
          </Group>
        </Stack>
      </Dialoog>
    );

  const v = voorbeeld as SamenvoegVoorbeeld;
  const totaal = v.binnenkomend.reduce((n, g) => n + g.aantal, 0);
  const samenvoegen = () =>
    toepassen.mutate({ token: v.token, keuzes }, { onSuccess: setVerslag, onError: toonFout });
  return (
    <Dialoog opened onClose={sluiten} title={`Samenvoegen met ${v.naam}`} size="xl">
      <Stack>
        <Text>{binnenkomendZin(totaal, v.conflicten.length)}</Text>
        {v.binnenkomend.length > 0 && (
          <Table aria-label="Wat binnenkomt" striped maw={420}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Onderdeel</Table.Th>
                <Table.Th ta="right">Wijzigingen</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {v.binnenkomend.map((g) => (
                <Table.Tr key={g.gebied}>
                  <Table.Td>{g.gebied}</Table.Td>
                  <Table.Td ta="right">{g.aantal}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {v.vervallen.length > 0 && <Text size="sm">{vervallenZin(v.vervallen)}</Text>}
        {v.conflicten.length > 0 && (
          <Waarschuwing title={`${meervoud(v.conflicten.length, 'conflict', 'conflicten')}: kies per punt`}>
            <Text size="sm">
              Beide bestanden veranderden hetzelfde. Het voorstel is al gekozen: bij een gewijzigd veld de
              laatste wijziging. Wat u niet kiest, staat daarna in het verslag.
            </Text>
          </Waarschuwing>
        )}
        {v.conflicten.map((c, nr) => (
          <Radio.Group
            key={c.sleutel}
            label={`${nr + 1}. ${c.omschrijving}`}
            value={String(keuzes[c.sleutel] ?? c.voorstel)}
            onChange={(w) => setKeuzes((k) => ({ ...k, [c.sleutel]: Number(w) }))}
            data-testid="samenvoeg-conflict"
          >
            <Stack gap={4} mt={4}>
              {c.opties.map((o, i) => (
                <Radio
                  key={`${o.label}-${o.door ?? ''}-${o.tijd ?? ''}`}
                  value={String(i)}
                  label={optieTekst(o, v.naam)}
                  description={i === c.voorstel ? 'Voorstel' : undefined}
                />
              ))}
            </Stack>
          </Radio.Group>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={sluiten}>
            Annuleren
          </Button>
          <Button
            onClick={samenvoegen}
            loading={toepassen.isPending}
            disabled={totaal === 0 && v.conflicten.length === 0}
          >
            Samenvoegen
          </Button>
        </Group>
      </Stack>
    </Dialoog>
  );
}
