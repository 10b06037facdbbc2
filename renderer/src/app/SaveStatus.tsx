import { Text, Tooltip } from '@mantine/core';
import { useIsMutating } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { DocumentInfo } from '../../../shared/domain/types';
import { opgeslagenTekst } from './opgeslagenTekst';
import { abonneer, typStand } from './typenBewaren';

/**
 * Always-visible save state: saving, saved at a time, or a save error in plain Dutch. Text typed in
 * a form counts too: *Niet opgeslagen* while it waits to be sent, *Opslaan…* while it is saved.
 */
export function SaveStatus({ document }: { document: DocumentInfo }) {
  const busy = useIsMutating() > 0;
  const typen = useSyncExternalStore(abonneer, typStand);
  let text: string;
  let color: string;
  let uitleg = document.opslagfout ?? 'Wijzigingen worden automatisch opgeslagen.';
  if (document.alleenLezen) {
    text = 'Alleen lezen';
    color = 'red.9';
    uitleg =
      'Iemand anders heeft dit bestand open. U ziet het zoals het op schijf staat; er wordt niets opgeslagen.';
  } else if (typen === 'wacht') {
    text = 'Niet opgeslagen';
    color = document.opslagstatus === 'fout' ? 'red.8' : 'dimmed';
    uitleg = document.opslagfout ?? 'Wat u typt, wordt opgeslagen zodra u even stopt of verder gaat.';
  } else if (busy || typen === 'bezig' || document.opslagstatus === 'opslaan') {
    text = 'Opslaan…';
    color = 'dimmed';
  } else if (document.opslagstatus === 'fout') {
    text = 'Niet opgeslagen';
    color = 'red.8';
  } else {
    text = opgeslagenTekst(document.laatstOpgeslagenOp);
    color = 'dimmed';
  }
  return (
    <Tooltip label={uitleg} multiline w={320}>
      <Text size="sm" c={color} role="status" aria-live="polite" data-testid="opslagstatus" tabIndex={0}>
        {text}
      </Text>
    </Tooltip>
  );
}
