import { Badge, Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { FormulierenVoorbeeld, FormulierVoorbeeld } from '../../../../shared/domain/inventarisatie';
import { useApiMutation } from '../../api/client';
import { Dialoog } from '../../app/Dialoog';
import { toonFout, toonSucces } from '../../app/notify';
import { Waarschuwing } from '../../app/Waarschuwing';
import { FormulierProblemen } from './FormulierProblemen';
import { meervoud } from './weergave';

interface Props {
  voorbeeld: (FormulierenVoorbeeld & { token: string }) | null;
  onClose: () => void;
}

// Filled yellow with dark text for the warning: light orange text on white is too faint for WCAG AA.
const STATUS: Record<FormulierVoorbeeld['status'], { label: string; color: string; variant: string }> = {
  nieuw: { label: 'nieuw', color: 'tafel', variant: 'light' },
  vervangt: { label: 'vervangt bestaande antwoorden', color: 'yellow.4', variant: 'filled' },
  fout: { label: 'geweigerd', color: 'red', variant: 'light' },
};

/**
 * What reading the chosen forms would store, per file, before anything is saved. Each form is
 * stored completely or not at all; refused forms are left out and can be read again once fixed.
 */
export function InleesDialoog({ voorbeeld, onClose }: Props) {
  const bevestigen = useApiMutation('inventarisatie.formulierenBevestigen');
  const annuleren = useApiMutation('import.annuleren');
  if (!voorbeeld) return null;
  // Closing without reading in makes main forget the preview.
  const sluiten = () => {
    annuleren.mutate({ token: voorbeeld.token });
    onClose();
  };
  const vervangt = voorbeeld.formulieren.filter((f) => f.status === 'vervangt').length;
  const inlezen = () =>
    bevestigen.mutate(
      { token: voorbeeld.token },
      {
        onError: toonFout,
        onSuccess: ({ opgeslagen }) => {
          toonSucces(`${meervoud(opgeslagen, 'formulier', 'formulieren')} ingelezen.`);
          onClose();
        },
      },
    );
  return (
    <Dialoog opened onClose={sluiten} title="Ingevulde formulieren inlezen" size="xl">
      <Stack>
        <Text>
          {meervoud(voorbeeld.goed, 'formulier kan', 'formulieren kunnen')} worden ingelezen
          {vervangt > 0 ? ` (waarvan ${vervangt} bestaande antwoorden vervangt)` : ''},{' '}
          {meervoud(voorbeeld.fout, 'formulier is', 'formulieren zijn')} geweigerd.
        </Text>
        <Text size="sm" c="dimmed">
          Elk formulier wordt helemaal of helemaal niet ingelezen. Geweigerde formulieren worden niet
          opgeslagen; pas ze aan en lees ze daarna opnieuw in. Er wordt niets opgeslagen voordat u op
          "Inlezen" klikt.
        </Text>
        {vervangt > 0 && (
          <Waarschuwing title="Let op">
            Van {meervoud(vervangt, 'organisatie', 'organisaties')} zijn al antwoorden binnen; die worden
            vervangen door wat in het formulier staat.
          </Waarschuwing>
        )}
        {/* Focusable, so a long list of problems can be scrolled with the keyboard too; never so
            tall that the buttons drop below a laptop screen. */}
        <ScrollArea.Autosize mah="min(420px, calc(100dvh - 300px))" viewportProps={{ tabIndex: 0 }}>
          <Table striped aria-label="Gekozen formulieren">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Bestand</Table.Th>
                <Table.Th>Organisatie</Table.Th>
                <Table.Th>Beantwoord</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {voorbeeld.formulieren.map((f) => (
                <Fragment key={f.bestand}>
                  <Table.Tr>
                    <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 160 }}>{f.bestand}</Table.Td>
                    <Table.Td>{f.organisatie ?? '–'}</Table.Td>
                    <Table.Td>
                      {f.status === 'fout' ? '–' : meervoud(f.beantwoord, 'vraag', 'vragen')}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant={STATUS[f.status].variant} color={STATUS[f.status].color} autoContrast>
                        {STATUS[f.status].label}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                  {f.fouten.length > 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={4} pt={0}>
                        <FormulierProblemen bestand={f.bestand} problemen={f.fouten} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={sluiten}>
            Annuleren
          </Button>
          <Button onClick={inlezen} disabled={voorbeeld.goed === 0} loading={bevestigen.isPending}>
            Inlezen
          </Button>
        </Group>
      </Stack>
    </Dialoog>
  );
}
