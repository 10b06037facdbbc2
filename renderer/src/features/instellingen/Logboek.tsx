import { Alert, Badge, Loader, Select, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { AUDIT_ACTIE_LABEL, AUDIT_ACTIES, type AuditActie } from '../../../../shared/domain/logboek';
import { formatDatumTijd } from '../../../../shared/format/nl';
import { useApiQuery } from '../../api/client';

const ALLE = 'alle';

/**
 * The audit log of the open file: who did what, to which kind of record, and whether it worked.
 * It holds no names or text of candidates, and no export includes it.
 */
export function Logboek() {
  const log = useApiQuery('werkgroep.logboek', {});
  const [actie, setActie] = useState<AuditActie | typeof ALLE>(ALLE);
  const regels = (log.data ?? []).filter((r) => actie === ALLE || r.actie === actie);
  return (
    <section aria-labelledby="kop-logboek">
      <Title order={2} size="h4" id="kop-logboek" mb={4}>
        Logboek
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Wie wat deed in dit bestand: aanmaken, wijzigen, verwijderen, inlezen, exporteren, wissen, herstellen
        en ontgrendelen. Kandidaten staan er alleen met hun code in, nooit met hun naam, en het logboek gaat
        met geen enkele export mee. Onder Wie staat de naam die hierboven bij Uw naam is ingevuld.
      </Text>
      <Select
        label="Actie"
        maw={260}
        mb="sm"
        data={[
          { value: ALLE, label: 'Alle acties' },
          ...AUDIT_ACTIES.map((a) => ({ value: a, label: AUDIT_ACTIE_LABEL[a] })),
        ]}
        value={actie}
        onChange={(v) => setActie((v as AuditActie | null) ?? ALLE)}
        allowDeselect={false}
      />
      {log.isPending && <Loader aria-label="Logboek laden" />}
      {log.isError && <Alert color="red">{log.error.message}</Alert>}
      {log.isSuccess && regels.length === 0 && <Text c="dimmed">Geen regels.</Text>}
      {regels.length > 0 && (
        <Table.ScrollContainer minWidth={0} mah={420}>
          <Table striped stickyHeader aria-label="Logboek">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tijd</Table.Th>
                <Table.Th>Wie</Table.Th>
                <Table.Th>Actie</Table.Th>
                <Table.Th>Wat</Table.Th>
                <Table.Th>Resultaat</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {regels.map((r) => (
                <Table.Tr key={r.id} data-testid="logregel">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDatumTijd(r.tijd)}</Table.Td>
                  <Table.Td>
                    {r.actor === 'onbekend' ? 'Onbekend (nog geen naam ingesteld)' : r.actor}
                  </Table.Td>
                  <Table.Td>{AUDIT_ACTIE_LABEL[r.actie]}</Table.Td>
                  <Table.Td>{r.wat}</Table.Td>
                  <Table.Td>
                    <Badge
                      color={r.resultaat === 'gelukt' ? 'gray' : 'red.9'}
                      variant={r.resultaat === 'gelukt' ? 'light' : 'filled'}
                      tt="none"
                    >
                      {r.resultaat === 'gelukt' ? 'Gelukt' : 'Mislukt'}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
