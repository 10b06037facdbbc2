import { Button, Menu } from '@mantine/core';
import { useApiMutation } from '../../api/client';
import { toonExportGelukt } from '../../app/exportGelukt';
import { toonFout } from '../../app/notify';

/** The meeting's vergaderstukken as a Word document (to edit and send) or an Excel workbook. */
export function VergaderstukkenMenu({ id }: { id: string }) {
  const exporteren = useApiMutation('bijeenkomsten.vergaderstukken');
  const exporteer = (formaat: 'docx' | 'xlsx') =>
    exporteren.mutate(
      { id, formaat },
      {
        onError: toonFout,
        onSuccess: (r) => r && toonExportGelukt('De vergaderstukken zijn opgeslagen als', r.pad),
      },
    );
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={exporteren.isPending}>
          Vergaderstukken exporteren
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => exporteer('docx')}>Als Word-document (.docx)…</Menu.Item>
        <Menu.Item onClick={() => exporteer('xlsx')}>Als Excel-werkmap (.xlsx)…</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
