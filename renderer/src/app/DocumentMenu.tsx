import { Button, Menu } from '@mantine/core';
import type { DocumentInfo } from '../../../shared/domain/types';
import {
  bestandOpdrachten,
  isVanToepassing,
  type Opdracht,
  type OpdrachtId,
  opdrachtStaat,
} from '../../../shared/opdrachten';
import { useApiMutation, useApiQuery } from '../api/client';
import { useVoerUit } from '../opdrachten/opdrachtContext';
import { sneltoetsTekst } from '../opdrachten/sneltoets';
import { naOpenen } from './notify';

/**
 * The document commands from the one command list (shared/opdrachten.ts): Nieuw, Openen, Opslaan
 * als, recent files, Vergrendelen, Sluiten; `Opdrachten` does the work. A protected file chosen
 * here is not an error: App shows the unlock dialog for it.
 */
export function DocumentMenu({ document }: { document: DocumentInfo }) {
  const recent = useApiQuery('document.recent', {});
  const openRecent = useApiMutation('document.openRecent');
  const voerUit = useVoerUit();
  const staat = opdrachtStaat(document);
  const item = (o: Opdracht) =>
    isVanToepassing(o, staat) && (
      <Menu.Item key={o.id} onClick={() => voerUit(o.id as OpdrachtId)} rightSection={sneltoetsTekst(o)}>
        {o.label}
      </Menu.Item>
    );
  const bestaand = recent.data?.filter((r) => r.bestaat) ?? [];

  return (
    <Menu position="bottom-end" width={280} shadow="md">
      <Menu.Target>
        <Button variant="default" size="sm">
          Bestand
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {bestandOpdrachten('boven').map(item)}
        <Menu.Divider />
        <Menu.Label>Recente bestanden</Menu.Label>
        {bestaand.length ? (
          bestaand.map((r) => (
            <Menu.Item key={r.id} onClick={() => openRecent.mutate({ id: r.id }, naOpenen)}>
              {r.bestandsnaam}
            </Menu.Item>
          ))
        ) : (
          <Menu.Item disabled>Geen recente bestanden</Menu.Item>
        )}
        <Menu.Divider />
        {bestandOpdrachten('onder').map(item)}
      </Menu.Dropdown>
    </Menu>
  );
}
