import { Text, Tooltip } from '@mantine/core';
import { useIsMutating } from '@tanstack/react-query';
import type { DocumentInfo } from '../../../shared/domain/types';
import { formatTijd } from '../../../shared/format/nl';

/** Always-visible save state: saving, saved at a time, or a save error in plain Dutch. */
export function SaveStatus({ document }: { document: DocumentInfo }) {
  const busy = useIsMutating() > 0;
  let text: string;
  let color: string;
  if (busy || document.opslagstatus === 'opslaan') {
    text = 'Opslaan…';
    color = 'dimmed';
  } else if (document.opslagstatus === 'fout') {
    text = 'Niet opgeslagen';
    color = 'red.8';
  } else {
    text = document.laatstOpgeslagenOp
      ? `Opgeslagen om ${formatTijd(document.laatstOpgeslagenOp)}`
      : 'Opgeslagen';
    color = 'dimmed';
  }
  return (
    <Tooltip label={document.opslagfout ?? 'Wijzigingen worden automatisch opgeslagen.'} multiline w={320}>
      <Text size="sm" c={color} role="status" aria-live="polite" data-testid="opslagstatus" tabIndex={0}>
        {text}
      </Text>
    </Tooltip>
  );
}
