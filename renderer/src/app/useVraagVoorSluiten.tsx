import { useEffect, useRef, useState } from 'react';
import { NietOpslaanVraag } from './NietOpslaanVraag';

/**
 * Closing a dialog whose form holds changes asks "Wijzigingen niet opslaan?" first. `gewijzigd` is
 * asked at the moment of closing. Give the returned `sluit` to the cross, Escape and Annuleren, and
 * render `vraag` inside the dialog.
 */
export function useVraagVoorSluiten(o: {
  opened: boolean;
  titel: string;
  gewijzigd: () => boolean;
  onClose: () => void;
}) {
  const [vragen, setVragen] = useState(false);
  useEffect(() => {
    if (!o.opened) setVragen(false);
  }, [o.opened]);
  // Mantine listens for Escape with the handler of an earlier render until its effect runs again:
  // an Escape right after typing must still see what was typed.
  const laatste = useRef(o);
  laatste.current = o;
  const sluit = () => {
    // Asked after this event: the Escape that closes the form would otherwise close the question too.
    if (laatste.current.gewijzigd()) setTimeout(() => setVragen(true));
    else laatste.current.onClose();
  };
  return {
    /** While the question is open, the dialog under it stays (its Escape belongs to the question). */
    sluit: vragen ? () => undefined : sluit,
    vraag: (
      <NietOpslaanVraag
        opened={vragen}
        titel={o.titel}
        onTerug={() => setVragen(false)}
        onNietOpslaan={() => {
          setVragen(false);
          o.onClose();
        }}
      />
    ),
  };
}
