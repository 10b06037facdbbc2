import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import type { ImportVoorbeeld, KandidaatImportRij } from '../../../../../shared/domain/import';
import { useApiMutation } from '../../../api/client';
import { toonExportGelukt } from '../../../app/exportGelukt';
import { toonFout } from '../../../app/notify';
import { KandidatenExportDialoog } from './KandidatenExportDialoog';
import { KandidatenImportDialoog } from './KandidatenImportDialoog';

/**
 * Excel for candidates: read a gemeente's list, save an empty one to fill in, export the trajectories.
 * `inlezen` false (a member's copy without personal data, which refuses new candidates): export only.
 */
export function KandidatenExcelMenu({ inlezen: metInlezen = true }: { inlezen?: boolean }) {
  const [voorbeeld, setVoorbeeld] = useState<
    (ImportVoorbeeld<KandidaatImportRij> & { token: string }) | null
  >(null);
  const [exportOpen, setExportOpen] = useState(false);
  const lezen = useApiMutation('kandidaten.inlezen');
  const leegBestand = useApiMutation('kandidaten.invulbestand');

  const inlezen = () => lezen.mutate({}, { onError: toonFout, onSuccess: (v) => v && setVoorbeeld(v) });
  const sjabloon = () =>
    leegBestand.mutate(
      {},
      {
        onError: toonFout,
        onSuccess: (r) => r && toonExportGelukt('Het invulbestand is opgeslagen als', r.pad),
      },
    );

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={lezen.isPending || leegBestand.isPending}>
            Excel
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {metInlezen && (
            <>
              <Menu.Item onClick={inlezen}>Kandidatenlijst inlezen…</Menu.Item>
              <Menu.Item onClick={sjabloon}>Leeg invulbestand opslaan…</Menu.Item>
              <Menu.Divider />
            </>
          )}
          <Menu.Item onClick={() => setExportOpen(true)}>Kandidaten en trajecten exporteren…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <KandidatenImportDialoog voorbeeld={voorbeeld} onClose={() => setVoorbeeld(null)} />
      <KandidatenExportDialoog opened={exportOpen} onClose={() => setExportOpen(false)} />
    </>
  );
}
